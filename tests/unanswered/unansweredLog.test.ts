import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JsonlUnansweredLog } from '../../src/unanswered/unansweredLog';
import { parseLog, summarize } from '../../src/unanswered/summarize';

async function tempFile() {
  return path.join(await mkdtemp(path.join(os.tmpdir(), 'unanswered-')), 'nested', 'unanswered.jsonl');
}

describe('JsonlUnansweredLog', () => {
  it('loses no record when many turns write at once', async () => {
    const file = await tempFile();
    const log = new JsonlUnansweredLog(file);
    await Promise.all(
      Array.from({ length: 500 }, (_, i) =>
        log.record({
          text: `vraag ${i}`,
          language: 'nl',
          candidates: [{ id: 'contact', score: 0.1 }],
          conversationId: `c${i % 7}`,
        }),
      ),
    );
    const { records, skipped } = parseLog(await readFile(file, 'utf8'));
    expect(skipped).toBe(0);
    expect(records).toHaveLength(500);
    expect(new Set(records.map((r) => r.text)).size).toBe(500);
  });

  it('loses no record when two processes append to the same file', async () => {
    const file = await tempFile();
    const a = new JsonlUnansweredLog(file);
    const b = new JsonlUnansweredLog(file);
    const write = (log: JsonlUnansweredLog, who: string) =>
      Array.from({ length: 200 }, (_, i) =>
        log.record({
          text: `${who} ${i} ${'x'.repeat(300)}`,
          language: 'nl',
          candidates: [],
          conversationId: who,
        }),
      );
    await Promise.all([...write(a, 'a'), ...write(b, 'b')]);
    const { records, skipped } = parseLog(await readFile(file, 'utf8'));
    expect(skipped).toBe(0);
    expect(records).toHaveLength(400);
  });

  it('stores time, redacted text, language, candidates and conversation id, and no user data', async () => {
    const file = await tempFile();
    const log = new JsonlUnansweredLog(file, () => new Date('2026-01-02T03:04:05Z'));
    await log.record({
      text: 'Mail me op jan@example.nl of bel 06-12345678',
      language: 'nl',
      candidates: [{ id: 'contact', score: 0.31 }],
      conversationId: 'conv-1',
    });
    const [line] = (await readFile(file, 'utf8')).trim().split('\n');
    expect(JSON.parse(line!)).toEqual({
      time: '2026-01-02T03:04:05.000Z',
      text: 'Mail me op [e-mail] of bel [nummer]',
      language: 'nl',
      candidates: [{ id: 'contact', score: 0.31 }],
      conversationId: 'conv-1',
    });
  });

  it('reports a failed write instead of throwing into the turn', async () => {
    const errors: unknown[] = [];
    const log = new JsonlUnansweredLog('/proc/version/cannot/write/here.jsonl', undefined, (e) =>
      errors.push(e),
    );
    await expect(
      log.record({ text: 'x', language: 'nl', candidates: [], conversationId: 'c' }),
    ).resolves.toBeUndefined();
    expect(errors).toHaveLength(1);
  });
});

describe('summarize', () => {
  it('groups the same question however it is written, most frequent first, with the nearest entry', () => {
    const record = (text: string, time: string, id?: string) => ({
      text,
      time,
      language: 'nl' as const,
      candidates: id ? [{ id, score: 0.3 }] : [],
      conversationId: 'c',
    });
    const summary = summarize([
      record('Wat kost een training?', '2026-01-01T10:00:00Z', 'contact'),
      record('wat kost een TRAINING', '2026-01-03T10:00:00Z', 'contact'),
      record('Wat kost een training??', '2026-01-02T10:00:00Z'),
      record('Wie was Lucebert?', '2026-01-04T10:00:00Z', 'negen-petten'),
    ]);
    expect(summary.map((s) => [s.text, s.count])).toEqual([
      ['wat kost een TRAINING', 3],
      ['Wie was Lucebert?', 1],
    ]);
    expect(summary[0]!.nearest).toEqual({ id: 'contact', score: 0.3 });
  });

  it('skips unreadable lines', () => {
    const { records, skipped } = parseLog('{"text":"a","time":"t"}\nnot json\n{"no":"text"}\n');
    expect(records).toHaveLength(1);
    expect(skipped).toBe(2);
  });
});
