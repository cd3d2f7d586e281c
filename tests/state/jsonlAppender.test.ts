/** The batched JSONL appender behind the local unanswered-question and feedback logs. */
import { mkdtemp, readFile, readdir, readlink, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JsonlAppender } from '../../src/state/jsonlAppender';

async function tempDir() {
  return mkdtemp(path.join(os.tmpdir(), 'jsonl-'));
}

describe('JsonlAppender', () => {
  it('writes every line once, in the order appended, also when lines arrive during a write', async () => {
    const file = path.join(await tempDir(), 'nested', 'log.jsonl');
    const appender = new JsonlAppender(file, (error) => {
      throw error;
    });
    const first = appender.append('{"n":0}');
    // These arrive while the first write (and the directory creation) is in progress.
    const rest = Array.from({ length: 299 }, (_, i) => appender.append(JSON.stringify({ n: i + 1 })));
    await Promise.all([first, ...rest]);
    const lines = (await readFile(file, 'utf8')).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => (JSON.parse(l) as { n: number }).n)).toEqual(
      Array.from({ length: 300 }, (_, i) => i),
    );
  });

  it('gives the lines of one write one promise, and the lines of the next write another', async () => {
    const file = path.join(await tempDir(), 'log.jsonl');
    const appender = new JsonlAppender(file, (error) => {
      throw error;
    });
    const first = appender.append('{"n":1}'); // written at once
    const second = appender.append('{"n":2}'); // these two wait for the first write: one batch
    const third = appender.append('{"n":3}');
    expect(second).not.toBe(first);
    expect(third).toBe(second);
    await third;
    expect(await readFile(file, 'utf8')).toBe('{"n":1}\n{"n":2}\n{"n":3}\n');
  });

  it('appends to what is already in the file', async () => {
    const file = path.join(await tempDir(), 'log.jsonl');
    await writeFile(file, '{"old":true}\n');
    await new JsonlAppender(file, () => undefined).append('{"new":true}\n');
    expect(await readFile(file, 'utf8')).toBe('{"old":true}\n{"new":true}\n');
  });

  it('reports a failed write and still resolves every append', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'a-file'), '');
    const errors: unknown[] = [];
    // A directory that cannot exist: its parent is a file.
    const appender = new JsonlAppender(path.join(dir, 'a-file', 'log.jsonl'), (e) => errors.push(e));
    await expect(Promise.all([appender.append('{}'), appender.append('{}')])).resolves.toHaveLength(2);
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(errors[0]).toBeInstanceOf(Error);
  });

  it('writes to the new file once another process has renamed a rewritten one over it', async () => {
    const file = path.join(await tempDir(), 'log.jsonl');
    const appender = new JsonlAppender(
      file,
      (e) => {
        throw e;
      },
      { idleCloseMs: 60_000, checkPathMs: 0 },
    );
    await appender.append('{"n":1}');
    // Another instance's retention: the kept lines to a temp file, renamed over the log.
    await writeFile(`${file}.other`, '{"kept":true}\n');
    await rename(`${file}.other`, file);
    await appender.append('{"n":2}');
    expect(await readFile(file, 'utf8')).toBe('{"kept":true}\n{"n":2}\n');
  });

  it('keeps the file open while writing and closes it when idle', async () => {
    const file = path.join(await tempDir(), 'log.jsonl');
    const appender = new JsonlAppender(file, () => undefined, { idleCloseMs: 20, checkPathMs: 1000 });
    const openOnFile = async () => {
      const links = await Promise.all(
        (await readdir('/proc/self/fd')).map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => '')),
      );
      return links.filter((l) => l === file).length;
    };
    await appender.append('{"n":1}');
    await appender.append('{"n":2}');
    expect(await openOnFile()).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await openOnFile()).toBe(0);
    expect(await readFile(file, 'utf8')).toBe('{"n":1}\n{"n":2}\n');
  });
});
