/**
 * Retention of the local record logs: records older than the cut are deleted
 * by rewriting the file atomically, records appended meanwhile (by this
 * process or another) are kept, and the sweep runs at start-up, once a day,
 * and never stops the bot when a log cannot be cleaned.
 */
import os from 'node:os';
import path from 'node:path';
import { appendFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JsonlRecordLog } from '../../src/state/recordLog';
import { rewriteLines } from '../../src/state/rewriteLines';
import { DAY_MS, recordOlderThan, startLogRetention, type RetainedLog } from '../../src/state/logRetention';
import { JsonlUnansweredLog } from '../../src/unanswered/unansweredLog';
import { JsonlFeedbackLog } from '../../src/feedback/feedbackLog';
import { capturingLogger } from '../helpers/capturingLogger';

const CUT = new Date('2026-11-01T00:00:00Z');

async function tempFile(name = 'log.jsonl'): Promise<string> {
  return path.join(await mkdtemp(path.join(os.tmpdir(), 'retention-')), name);
}

const times = async (file: string) =>
  (await readFile(file, 'utf8'))
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { time?: string }).time ?? '(none)');

describe('recordOlderThan', () => {
  it.each([
    ['{"time":"2026-10-31T23:59:59.999Z"}', true],
    ['{"time":"2026-11-01T00:00:00.000Z"}', false],
    ['{"time":"2026-12-01T00:00:00.000Z"}', false],
    ['{"time":"not a time"}', false],
    ['{"text":"no time"}', false],
    ['not json', false],
    ['null', false],
  ])('%s older than the cut: %s', (line, older) => {
    expect(recordOlderThan(CUT)(line)).toBe(older);
  });
});

describe('the retention of a local JSONL log', () => {
  it('deletes the records before the cut and keeps the rest, in order', async () => {
    const file = await tempFile();
    let now = new Date('2026-10-30T12:00:00Z');
    const log = new JsonlRecordLog<{ n: number }>(file, { now: () => now });
    for (const day of ['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02']) {
      now = new Date(`${day}T12:00:00Z`);
      await log.record({ n: Number(day.slice(-2)) });
    }
    appendFileSync(file, '{"text":"a line without a time"}\n');
    expect(await log.deleteOlderThan(CUT)).toEqual({ deleted: 2, unit: 'records' });
    expect(await times(file)).toEqual(['2026-11-01T12:00:00.000Z', '2026-11-02T12:00:00.000Z', '(none)']);
    // Nothing left behind by the rewrite.
    expect(await readdir(path.dirname(file))).toEqual(['log.jsonl']);
  });

  it('leaves the file alone when nothing is old enough, and a missing file missing', async () => {
    const file = await tempFile();
    await writeFile(file, '{"time":"2026-11-05T00:00:00Z"}\n');
    expect(await rewriteLines(file, recordOlderThan(CUT))).toBe(0);
    expect(await readFile(file, 'utf8')).toBe('{"time":"2026-11-05T00:00:00Z"}\n');
    expect(await rewriteLines(await tempFile(), recordOlderThan(CUT))).toBe(0);
  });

  it('keeps every record this process appends while the file is rewritten', async () => {
    const file = await tempFile();
    await writeFile(file, '{"time":"2020-01-01T00:00:00Z"}\n'.repeat(500));
    const log = new JsonlRecordLog<{ n: number }>(file, { now: () => new Date('2026-11-05T00:00:00Z') });
    const writes = Array.from({ length: 50 }, (_, n) => log.record({ n }));
    const pruned = log.deleteOlderThan(CUT);
    writes.push(...Array.from({ length: 50 }, (_, n) => log.record({ n: 50 + n })));
    await Promise.all(writes);
    expect((await pruned).deleted).toBe(500);
    const kept = (await readFile(file, 'utf8')).trim().split('\n');
    expect(kept.map((l) => (JSON.parse(l) as { n: number }).n).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 100 }, (_, n) => n),
    );
  });

  it('starts again when another process appends during the rewrite, and keeps its record', async () => {
    const file = await tempFile();
    await writeFile(file, '{"time":"2020-01-01T00:00:00Z"}\n{"time":"2026-11-05T00:00:00Z"}\n');
    let appended = false;
    const removed = await rewriteLines(file, (line) => {
      if (!appended) {
        appended = true;
        appendFileSync(file, '{"time":"2026-11-06T00:00:00Z","by":"another instance"}\n');
      }
      return recordOlderThan(CUT)(line);
    });
    expect(removed).toBe(1);
    expect(await times(file)).toEqual(['2026-11-05T00:00:00Z', '2026-11-06T00:00:00Z']);
  });

  it('applies to the unanswered-question and feedback logs too', async () => {
    const now = () => new Date('2026-10-01T00:00:00Z');
    const unanswered = new JsonlUnansweredLog(await tempFile(), now);
    const feedback = new JsonlFeedbackLog(await tempFile(), now);
    await unanswered.record({ text: 'vraag', language: 'nl', candidates: [], conversationId: 'c' });
    await feedback.record({ entryId: 'contact', rating: 'down', language: 'nl' });
    expect(await unanswered.deleteOlderThan(CUT)).toEqual({ deleted: 1, unit: 'records' });
    expect(await feedback.deleteOlderThan(CUT)).toEqual({ deleted: 1, unit: 'records' });
    expect(await readFile(unanswered.location, 'utf8')).toBe('');
  });
});

describe('startLogRetention', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const fakeLog = (location: string, deleteOlderThan: RetainedLog['deleteOlderThan']) => {
    const cuts: Date[] = [];
    const log: RetainedLog = {
      location,
      deleteOlderThan: (cut) => {
        cuts.push(cut);
        return deleteOlderThan(cut);
      },
    };
    return { log, cuts };
  };

  it('sweeps every log at start-up and once a day, with the cut N days back, until stopped', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { logger, lines } = capturingLogger();
    const now = new Date('2026-11-27T10:00:00Z');
    const a = fakeLog('var/turns.jsonl', () => Promise.resolve({ deleted: 3, unit: 'records' }));
    const b = fakeLog('bot-logs/signals/', () => Promise.resolve({ deleted: 0, unit: 'days' }));
    const retention = startLogRetention({ logs: [a.log, b.log], days: 90, logger, now: () => now });
    await retention.sweep();
    expect(a.cuts).toEqual([new Date(now.getTime() - 90 * DAY_MS)]);
    expect(b.cuts).toHaveLength(1);
    expect(lines.filter((l) => l.includes('log retention'))).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      msg: 'log retention: deleted old records',
      log: 'var/turns.jsonl',
      deleted: 3,
      unit: 'records',
      days: 90,
    });

    await vi.advanceTimersByTimeAsync(DAY_MS);
    await retention.sweep();
    expect(a.cuts.length).toBeGreaterThanOrEqual(2);
    await retention.stop();
    const after = a.cuts.length;
    await vi.advanceTimersByTimeAsync(3 * DAY_MS);
    expect(a.cuts).toHaveLength(after);
  });

  it('reports a log it cannot clean and still cleans the others', async () => {
    const { logger, lines } = capturingLogger();
    const broken = fakeLog('/read-only/unanswered.jsonl', () => Promise.reject(new Error('EACCES')));
    const fine = fakeLog('var/feedback.jsonl', () => Promise.resolve({ deleted: 1, unit: 'records' }));
    const retention = startLogRetention({ logs: [broken.log, fine.log], days: 30, logger });
    await retention.sweep();
    await retention.stop();
    expect(fine.cuts.length).toBeGreaterThanOrEqual(1);
    const failure = lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.level === 'error');
    expect(failure).toMatchObject({
      msg: 'log retention failed; tried again tomorrow',
      log: '/read-only/unanswered.jsonl',
      error: { message: 'EACCES' },
    });
  });

  it('keeps everything when the retention is 0 days', async () => {
    const { logger } = capturingLogger();
    const log = fakeLog('var/turns.jsonl', () => Promise.resolve({ deleted: 0, unit: 'records' }));
    const retention = startLogRetention({ logs: [log.log], days: 0, logger });
    await retention.sweep();
    await retention.stop();
    expect(log.cuts).toEqual([]);
  });
});
