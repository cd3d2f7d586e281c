/**
 * npm run kb:suggest and kb:accept as staff run them: the logs in, the review
 * file out, the decisions in, the alternatives merged; a wrong decision exits
 * 1 with the file, line, group and fix, and writes nothing.
 */
import os from 'node:os';
import path from 'node:path';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';

const cli = (script: string, env: Record<string, string>) => runCli(script, [], env);

const time = '2026-11-27T10:00:00.000Z';
const jsonl = (records: object[]) => records.map((r) => `${JSON.stringify(r)}\n`).join('');

async function staffSetup() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'kb-suggest-cli-'));
  const knowledge = path.join(root, 'knowledge');
  await cp(path.join(__dirname, '../fixtures/knowledge/valid'), knowledge, { recursive: true });
  const chosen = {
    time,
    kind: 'chosen',
    language: 'nl',
    offered: ['pet-rekenaar', 'pet-doener'],
    chosen: 'pet-rekenaar',
  };
  await writeFile(
    path.join(root, 'signals.jsonl'),
    jsonl([
      { ...chosen, text: 'wie telt de centjes' },
      { ...chosen, text: 'wie telt de centjes?' },
    ]) + 'not json\n',
  );
  await writeFile(
    path.join(root, 'unanswered.jsonl'),
    jsonl([{ time, text: 'wat kost een cursus', language: 'nl', candidates: [], conversationId: 'c' }]),
  );
  const env = {
    KNOWLEDGE_DIR: knowledge,
    SIGNAL_LOG: path.join(root, 'signals.jsonl'),
    UNANSWERED_LOG: path.join(root, 'unanswered.jsonl'),
    FEEDBACK_LOG: path.join(root, 'feedback.jsonl'),
  };
  return { knowledge, env, review: path.join(knowledge, 'review', 'suggestions.yaml') };
}

describe('npm run kb:suggest, then kb:accept', () => {
  it('writes the review file, and merges the accepted group into the knowledge', async () => {
    const { knowledge, env, review } = await staffSetup();
    const suggested = await cli('kbSuggest', env);
    expect(suggested.code).toBe(0);
    expect(suggested.out).toContain('Read 2 signal(s) from');
    expect(suggested.out).toContain('(1 unreadable line(s) skipped)');
    expect(suggested.out).toContain('2 group(s): 1 with a proposed entry, 1 gap(s); wrote');
    expect(suggested.out).toMatch(/\s2 {2}pet-rekenaar\s+pending\s+wie telt de centjes/);

    const text = await readFile(review, 'utf8');
    await writeFile(review, text.replace('decision: pending', 'decision: accept'));
    const accepted = await cli('kbAccept', env);
    expect(accepted.code).toBe(0);
    expect(accepted.out).toContain('petten.yaml [pet-rekenaar] alternatives: + "wie telt de centjes"');
    expect(accepted.out).toContain(
      '1 group(s) accepted (1 alternative(s) added), 0 rejected, 1 pending; the knowledge is valid.',
    );
    expect(await readFile(path.join(knowledge, 'petten.yaml'), 'utf8')).toContain('- wie telt de centjes');

    // Asked again, the accepted question is a phrasing now: only the gap is left.
    const again = await cli('kbSuggest', env);
    expect(again.out).toContain('1 group(s): 0 with a proposed entry, 1 gap(s)');
  });

  it('exits 1 on a decision it cannot carry out, and writes nothing', async () => {
    const { knowledge, env, review } = await staffSetup();
    await cli('kbSuggest', env);
    const text = await readFile(review, 'utf8');
    await writeFile(review, text.replaceAll('decision: pending', 'decision: accept'));
    const before = await readFile(path.join(knowledge, 'petten.yaml'), 'utf8');
    const refused = await cli('kbAccept', env);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/review\/suggestions\.yaml:\d+ \[g-[0-9a-f]{6}\] error: accept on a gap/);
    expect(refused.out).toMatch(/fix: write the id of the entry/);
    expect(refused.out).toContain('nothing was written');
    expect(await readFile(path.join(knowledge, 'petten.yaml'), 'utf8')).toBe(before);
  });
});
