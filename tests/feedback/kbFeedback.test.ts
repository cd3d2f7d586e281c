/** npm run kb:feedback as staff run it. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';

const cli = (script: string, env: Record<string, string>) => runCli(script, [], env);

describe('npm run kb:feedback', () => {
  it('prints per entry the 👍 and 👎 counts, worst-rated first', async () => {
    const log = path.join(await mkdtemp(path.join(os.tmpdir(), 'feedback-')), 'feedback.jsonl');
    const line = (entryId: string, rating: string) =>
      JSON.stringify({ time: '2026-11-27T10:00:00.000Z', entryId, rating, language: 'nl' });
    await writeFile(
      log,
      [line('pet-partner', 'up'), line('kwetsbaarheid', 'down'), line('kwetsbaarheid', 'down'), ''].join(
        '\n',
      ),
    );
    const { code, out } = await cli('kbFeedback', { FEEDBACK_LOG: log });
    expect(code).toBe(0);
    expect(out).toContain('3 rating(s) of 2 entries');
    const rows = out.split('\n').filter((l) => /kwetsbaarheid|pet-partner/.test(l));
    expect(rows.map((r) => r.trim().split(/\s+/))).toEqual([
      ['0', '2', '2026-11-27', '10:00', 'kwetsbaarheid'],
      ['1', '0', '2026-11-27', '10:00', 'pet-partner'],
    ]);
  });
});
