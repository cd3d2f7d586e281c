/**
 * npm run kb:unanswered [-- --limit 30]
 * Questions the bot had no answer to, most frequent first: candidates for new
 * alternatives in knowledge/*.yaml (or for a new FAQ entry).
 */
import { loadConfig } from '../config';
import { UNANSWERED_LOG } from '../sharedStorage';
import { readRecordLog } from './readRecordLog';
import { parseLog, summarize } from '../unanswered/summarize';
import { runCli } from './runCli';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : 50;
  const config = loadConfig();
  const { text, source: file } = await readRecordLog(config, UNANSWERED_LOG.name, config.unansweredLogPath);
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

runCli('kb:unanswered', main);
