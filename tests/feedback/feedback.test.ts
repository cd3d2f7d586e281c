/** The feedback log (JSONL, only what was rated) and its staff summary. */
import os from 'node:os';
import path from 'node:path';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { JsonlFeedbackLog } from '../../src/feedback/feedbackLog';
import { parseFeedbackLog, summarizeFeedback } from '../../src/feedback/summarizeFeedback';

describe('JsonlFeedbackLog', () => {
  it('appends one line per rating with the time, and creates the directory', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'feedback-')), 'sub', 'feedback.jsonl');
    const log = new JsonlFeedbackLog(file, () => new Date('2026-11-27T10:00:00Z'));
    await Promise.all([
      log.record({ entryId: 'pet-partner', rating: 'up', language: 'nl' }),
      log.record({ entryId: 'kwetsbaarheid', rating: 'down', language: 'en' }),
    ]);
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual([
      { time: '2026-11-27T10:00:00.000Z', entryId: 'pet-partner', rating: 'up', language: 'nl' },
      { time: '2026-11-27T10:00:00.000Z', entryId: 'kwetsbaarheid', rating: 'down', language: 'en' },
    ]);
  });

  it('stores only the rated fields, whatever else the caller passes', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'feedback-')), 'feedback.jsonl');
    const extra = {
      entryId: 'pet-partner',
      rating: 'up',
      language: 'nl',
      userId: '29:anna',
      text: 'hoi',
    } as const;
    await new JsonlFeedbackLog(file).record(extra);
    expect(Object.keys(JSON.parse(await readFile(file, 'utf8')) as object).sort()).toEqual([
      'entryId',
      'language',
      'rating',
      'time',
    ]);
  });

  it('stores the question that led to the answer, redacted like the unanswered log', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'feedback-')), 'feedback.jsonl');
    await new JsonlFeedbackLog(file, () => new Date('2026-11-27T10:00:00Z')).record({
      entryId: 'contact',
      rating: 'down',
      language: 'nl',
      question: 'bel me op 06-12345678 over de negen petten',
    });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      time: '2026-11-27T10:00:00.000Z',
      entryId: 'contact',
      rating: 'down',
      language: 'nl',
      question: 'bel me op [nummer] over de negen petten',
    });
  });

  it('reports a failed write instead of throwing into the turn', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'feedback-'));
    await writeFile(path.join(dir, 'a-file'), '');
    const errors: unknown[] = [];
    // A directory that cannot exist: its parent is a file.
    const log = new JsonlFeedbackLog(path.join(dir, 'a-file', 'feedback.jsonl'), undefined, (e) =>
      errors.push(e),
    );
    await log.record({ entryId: 'pet-partner', rating: 'up', language: 'nl' });
    expect(errors).toHaveLength(1);
  });
});

describe('summarizeFeedback', () => {
  const line = (entryId: string, rating: string, time = '2026-11-27T10:00:00Z') =>
    JSON.stringify({ time, entryId, rating, language: 'nl' });

  it('counts per entry, worst-rated first, and skips unreadable lines', () => {
    const jsonl = [
      line('pet-partner', 'up'),
      line('kwetsbaarheid', 'down'),
      line('kwetsbaarheid', 'down', '2026-11-27T11:00:00Z'),
      line('kwetsbaarheid', 'up'),
      line('pet-partner', 'up'),
      line('contact', 'down'),
      'not json',
      line('contact', 'maybe'),
      '',
    ].join('\n');
    const { records, skipped } = parseFeedbackLog(jsonl);
    expect(skipped).toBe(2);
    // kwetsbaarheid and contact are both one 👎 net; kwetsbaarheid disappointed more visitors.
    expect(summarizeFeedback(records)).toEqual([
      { entryId: 'kwetsbaarheid', up: 1, down: 2, lastRated: '2026-11-27T11:00:00Z' },
      { entryId: 'contact', up: 0, down: 1, lastRated: '2026-11-27T10:00:00Z' },
      { entryId: 'pet-partner', up: 2, down: 0, lastRated: '2026-11-27T10:00:00Z' },
    ]);
  });
});
