/**
 * npm run kb:unanswered [-- --limit 30]
 * Questions the bot had no answer to, most frequent first: candidates for new
 * alternatives in knowledge/*.yaml (or for a new FAQ entry).
 */
import { readFile } from 'node:fs/promises';
import { loadConfig, type Config } from '../config';
import { createBlobRecordLog, UNANSWERED_LOG_NAME } from '../state/sharedStorage';
import { parseLog, summarize } from '../unanswered/summarize';
import { runCli } from './runCli';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : 50;
  const config = loadConfig();
  const { text, file } = await readRecords(config);
  if (text === undefined) {
    console.log(`${file}: no unanswered questions recorded yet.`);
    return 0;
  }
  const { records, skipped } = parseLog(text);
  const summary = summarize(records);
  console.log(
    `${records.length} unanswered question(s), ${summary.length} different, from ${file}${skipped ? ` (${skipped} unreadable line(s) skipped)` : ''}\n`,
  );
  console.log(
    `${'times'.padStart(5)}  ${'last asked'.padEnd(16)}  ${'nearest entry (score)'.padEnd(38)}  question`,
  );
  for (const s of summary.slice(0, limit)) {
    const nearest = s.nearest ? `${s.nearest.id} (${s.nearest.score.toFixed(2)})` : '-';
    console.log(
      `${String(s.count).padStart(5)}  ${s.lastAsked.slice(0, 16).replace('T', ' ')}  ${nearest.padEnd(38)}  ${s.text}`,
    );
  }
  if (summary.length > limit) console.log(`… and ${summary.length - limit} more (--limit ${summary.length})`);
  return 0;
}

/** From Azure Blob Storage when AZURE_STORAGE_CONNECTION_STRING is set (every instance's records), else the local file. */
async function readRecords(config: Config): Promise<{ text?: string; file: string }> {
  const azure = config.azureStorage;
  if (azure) {
    const file = `container ${azure.logContainer}, ${UNANSWERED_LOG_NAME}/*.jsonl`;
    const text = await createBlobRecordLog(azure, UNANSWERED_LOG_NAME).readAll();
    return text ? { text, file } : { file };
  }
  const file = config.unansweredLogPath;
  try {
    return { text: await readFile(file, 'utf8'), file };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return { file };
  }
}

runCli('kb:unanswered', main);
