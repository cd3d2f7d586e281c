/**
 * npm run kb:report as staff run it: from the local log files (the defaults
 * under var/, as the bot writes them) and from the shared blobs (Azurite),
 * one HTML file, and a clear refusal of arguments it does not know.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blobContainer } from '../../src/state/azureBlobs';
import { BlobRecordLog } from '../../src/state/blobRecordLog';
import { Azurite } from '../helpers/azurite';
import { FIXTURES, fixtureLog, HOSTILE_QUESTION } from './fixtureReport';
import { escapeHtml } from '../../src/report/html';

const ROOT = path.join(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const CLI = path.join(ROOT, 'src/cli/kbReport.ts');
const LOGS = ['turns', 'unanswered', 'feedback'] as const;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kb-report-'));
  await mkdir(path.join(dir, 'var'));
  for (const log of LOGS)
    await copyFile(path.join(FIXTURES, `${log}.jsonl`), path.join(dir, 'var', `${log}.jsonl`));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Runs kb:report in `cwd` with only the settings given (none of the developer's own). */
async function kbReport(cwd: string, args: string[] = [], env: Record<string, string> = {}) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(AZURE_STORAGE_|UNANSWERED_LOG|FEEDBACK_LOG|TURN_LOG)/.test(k),
    ),
  );
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, [CLI, ...args], {
      cwd,
      env: { ...clean, KNOWLEDGE_DIR: path.join(ROOT, 'knowledge'), ...env },
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

describe('npm run kb:report', () => {
  it('reads the local logs and writes var/report.html', async () => {
    const { code, out } = await kbReport(dir);
    expect(code).toBe(0);
    expect(out).toContain('63 message(s), 8 unanswered question(s), 18 rating(s)');
    expect(out).toContain('wrote var/report.html; open file://');
    const page = await readFile(path.join(dir, 'var/report.html'), 'utf8');
    expect(page).toContain('Periode: 23 november 2026 – 29 november 2026');
    expect(page).toContain('var/turns.jsonl; var/unanswered.jsonl; var/feedback.jsonl');
    expect(page).toContain('<span class="entry">Schatbewaarder</span>');
    expect(page).toContain(escapeHtml(HOSTILE_QUESTION));
  });

  it('writes where --out says, creating the folder', async () => {
    const { code } = await kbReport(dir, ['--out', 'rapporten/week-48.html']);
    expect(code).toBe(0);
    expect(await readFile(path.join(dir, 'rapporten/week-48.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('writes a page that says nothing was recorded when there are no logs yet', async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), 'kb-report-empty-'));
    try {
      const { code, out } = await kbReport(empty);
      expect(code).toBe(0);
      expect(out).toContain('0 message(s), 0 unanswered question(s), 0 rating(s)');
      expect(await readFile(path.join(empty, 'var/report.html'), 'utf8')).toContain(
        'Er is nog niets vastgelegd',
      );
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('refuses arguments it does not know, with the usage', async () => {
    const { code, out } = await kbReport(dir, ['--days', '7']);
    expect(code).toBe(1);
    expect(out).toContain('kb:report failed: unknown arguments "--days 7"; usage: npm run kb:report');
  });
});

describe('npm run kb:report with shared storage', () => {
  let azurite: Azurite;
  beforeAll(async () => {
    azurite = await Azurite.start();
  }, 60_000);
  afterAll(() => azurite?.dispose());

  it('reads every instance’s records from the log container', async () => {
    const connection = { connectionString: azurite.connectionString, timeoutMs: 5000 };
    for (const log of LOGS) {
      // Each record in the day blob of its own time, as the bot writes them.
      const byDay = new Map<string, unknown[]>();
      for (const line of fixtureLog(log).trim().split('\n')) {
        const record = JSON.parse(line) as { time: string };
        const day = record.time.slice(0, 10);
        byDay.set(day, [...(byDay.get(day) ?? []), record]);
      }
      for (const [day, records] of byDay) {
        const blobs = new BlobRecordLog(blobContainer(connection, 'logs-report'), log, () => new Date(day));
        for (const record of records) await blobs.record(record);
      }
    }
    const { code, out } = await kbReport(dir, ['--out', 'gedeeld.html'], {
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
      AZURE_STORAGE_LOG_CONTAINER: 'logs-report',
    });
    expect(code).toBe(0);
    expect(out).toContain('63 message(s), 8 unanswered question(s), 18 rating(s)');
    const page = await readFile(path.join(dir, 'gedeeld.html'), 'utf8');
    expect(page).toContain('container logs-report, turns/*.jsonl');
    expect(page).toContain('Periode: 23 november 2026 – 29 november 2026');
  }, 60_000);
});
