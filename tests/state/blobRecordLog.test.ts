/**
 * Record logs in shared Azure Blob Storage (Azurite): many writers in several
 * instances, as several bot processes would be, lose no record; the
 * unanswered questions of a configured bot land there and kb:unanswered reads them.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobRecordLog } from '../../src/state/blobRecordLog';
import { blobContainer } from '../../src/state/azureBlobs';
import {
  createBlobRecordLog,
  FEEDBACK_LOG,
  SIGNAL_LOG,
  TURN_LOG,
  UNANSWERED_LOG,
} from '../../src/sharedStorage';
import { parseLog } from '../../src/unanswered/summarize';
import type { UnansweredRecord } from '../../src/unanswered/unansweredLog';
import { Azurite } from '../helpers/azurite';
import { askExpectingReplies, startBot } from '../helpers/runningBot';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await Azurite.start();
}, 60_000);
afterAll(() => azurite?.dispose());

const connection = () => ({
  connectionString: azurite.connectionString,
  timeoutMs: 2000,
  retryAfterMs: 10_000,
});

describe('BlobRecordLog', () => {
  it('keeps every record of many concurrent writers in several instances', async () => {
    const instances = Array.from(
      { length: 4 },
      () =>
        new BlobRecordLog<{ n: number; text: string }>(blobContainer(connection(), 'logs-race'), 'records'),
    );
    const total = 80;
    await Promise.all(
      Array.from({ length: total }, (_, n) =>
        instances[n % instances.length]!.record({
          n,
          text: `vraag ${n} met "aanhalingstekens" en één accent`,
        }),
      ),
    );
    const lines = (await instances[0]!.readAll()).split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(total);
    const records = lines.map((l) => JSON.parse(l) as { n: number; text: string });
    expect(new Set(records.map((r) => r.n)).size).toBe(total);
    expect(records.find((r) => r.n === 7)?.text).toBe('vraag 7 met "aanhalingstekens" en één accent');
  });

  it('writes one blob per day and reads the days in order', async () => {
    const days = ['2026-03-02T10:00:00Z', '2026-03-01T23:59:00Z', '2026-03-02T00:00:01Z'];
    for (const time of days) {
      await new BlobRecordLog<{ time: string }>(
        blobContainer(connection(), 'logs-days'),
        'daily',
        () => new Date(time),
      ).record({
        time,
      });
    }
    const log = new BlobRecordLog<{ time: string }>(blobContainer(connection(), 'logs-days'), 'daily');
    const names: string[] = [];
    for await (const blob of blobContainer(connection(), 'logs-days').client.listBlobsFlat())
      names.push(blob.name);
    expect(names).toEqual(['daily/2026-03-01.jsonl', 'daily/2026-03-02.jsonl']);
    expect(
      (await log.readAll())
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { time: string }).time),
    ).toEqual(['2026-03-01T23:59:00Z', '2026-03-02T10:00:00Z', '2026-03-02T00:00:01Z']);
  });

  it('deletes the blobs of the days that ended before the cut, and only those', async () => {
    const container = blobContainer(connection(), 'logs-retention');
    for (const day of ['2026-10-30', '2026-10-31', '2026-11-01']) {
      await new BlobRecordLog<{ day: string }>(container, 'old', () => new Date(`${day}T12:00:00Z`)).record({
        day,
      });
    }
    await new BlobRecordLog<{ day: string }>(
      container,
      'other',
      () => new Date('2026-10-01T12:00:00Z'),
    ).record({
      day: 'other',
    });
    const log = new BlobRecordLog<{ day: string }>(container, 'old');
    // The cut falls inside 1 November: that day still holds records younger than the cut.
    expect(await log.deleteDaysBefore(new Date('2026-11-01T06:00:00Z'))).toBe(2);
    expect(await log.readAll()).toBe('{"day":"2026-11-01"}\n');
    expect(await new BlobRecordLog(container, 'other').readAll()).toBe('{"day":"other"}\n');
    expect(
      await new BlobRecordLog(blobContainer(connection(), 'logs-absent'), 'x').deleteDaysBefore(new Date()),
    ).toBe(0);
  });

  it('reads an empty log when nothing was recorded yet', async () => {
    expect(await new BlobRecordLog(blobContainer(connection(), 'logs-none'), 'nothing').readAll()).toBe('');
  });
});

describe('unanswered questions with shared storage', () => {
  it('go to the log container, redacted, and kb:unanswered lists them', async () => {
    const env = {
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
      AZURE_STORAGE_LOG_CONTAINER: 'logs-bot',
    };
    const bot = await startBot(env);
    try {
      const ask = (text: string) => askExpectingReplies(bot.url, 'unanswered-1', text);
      expect((await ask('Wat kost een training? Mail me op piet@example.com')).status).toBe(200);
      expect((await ask('Wat kost een training?')).status).toBe(200);
    } finally {
      await bot.stop();
    }
    const azure = { ...connection(), stateContainer: 'bot-state', logContainer: 'logs-bot' };
    const { records, skipped } = parseLog(
      await createBlobRecordLog<UnansweredRecord>(azure, UNANSWERED_LOG.name).readAll(),
    );
    expect(skipped).toBe(0);
    expect(records.map((r) => r.conversationId)).toEqual(['unanswered-1', 'unanswered-1']);
    expect(JSON.stringify(records)).not.toContain('piet@example.com');

    const { stdout } = await promisify(execFile)(
      path.resolve('node_modules/.bin/tsx'),
      ['src/cli/kbUnanswered.ts'],
      {
        env: { ...process.env, ...env },
      },
    );
    expect(stdout).toContain('2 unanswered question(s), 2 different, from container logs-bot');
  });
});

describe('turns and learning signals with shared storage', () => {
  it('go to the log container, without user ids', async () => {
    const env = {
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
      AZURE_STORAGE_LOG_CONTAINER: 'logs-signals',
    };
    const bot = await startBot(env);
    try {
      const asked = await askExpectingReplies(bot.url, 'signals-1', 'de klant centraal');
      const option = asked.activities[0]!.suggestedActions!.actions[0]!;
      expect((await askExpectingReplies(bot.url, 'signals-1', String(option.value))).status).toBe(200);
    } finally {
      await bot.stop();
    }
    const azure = { ...connection(), stateContainer: 'bot-state', logContainer: 'logs-signals' };
    const read = async (name: string) =>
      (await createBlobRecordLog(azure, name).readAll())
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    const turns = await read(TURN_LOG.name);
    expect(turns.map((t) => t.outcome)).toEqual(['clarify', 'answer']);
    const signals = await read(SIGNAL_LOG.name);
    expect(signals).toMatchObject([{ kind: 'chosen', text: 'de klant centraal', language: 'nl' }]);
    expect(JSON.stringify([turns, signals])).not.toMatch(/signals-1|user/);
  });
});

describe('feedback with shared storage', () => {
  it('goes to the log container and kb:feedback lists it', async () => {
    const env = {
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
      AZURE_STORAGE_LOG_CONTAINER: 'logs-feedback',
    };
    const bot = await startBot(env);
    try {
      const webchat = { channelId: 'webchat' };
      const answer = await askExpectingReplies(
        bot.url,
        'feedback-1',
        'Waarom zijn diensten vergankelijk?',
        webchat,
      );
      const down = answer.activities[0]!.suggestedActions!.actions.at(-1)!;
      const rated = await askExpectingReplies(bot.url, 'feedback-1', undefined, {
        ...webchat,
        value: down.value,
      });
      expect(rated.status).toBe(200);
    } finally {
      await bot.stop();
    }
    const azure = { ...connection(), stateContainer: 'bot-state', logContainer: 'logs-feedback' };
    const lines = (await createBlobRecordLog(azure, FEEDBACK_LOG.name).readAll()).trim().split('\n');
    expect(lines.map((l) => JSON.parse(l) as Record<string, unknown>)).toMatchObject([
      { entryId: 'dienst-vergankelijk', rating: 'down', language: 'nl' },
    ]);

    const { stdout } = await promisify(execFile)(
      path.resolve('node_modules/.bin/tsx'),
      ['src/cli/kbFeedback.ts'],
      { env: { ...process.env, ...env } },
    );
    expect(stdout).toContain('1 rating(s) of 1 entry from container logs-feedback');
    expect(stdout).toMatch(/0\s+1\s+\S+ \S+\s+dienst-vergankelijk/);
  });
});
