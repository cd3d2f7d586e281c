/**
 * npm run kb:feedback [-- --limit 30]
 * The 👍/👎 ratings visitors gave, per entry, worst-rated first: the answers
 * whose wording or matching deserves a look.
 */
import { loadConfig } from '../config';
import { FEEDBACK_LOG } from '../sharedStorage';
import { readRecordLog } from './readRecordLog';
import { parseFeedbackLog, summarizeFeedback } from '../feedback/summarizeFeedback';
import { runCli } from './runCli';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : 50;
  const config = loadConfig();
  const { text, source: file } = await readRecordLog(config, FEEDBACK_LOG.name, config.feedbackLogPath);
  if (text === undefined) {
    console.log(`${file}: no feedback recorded yet.`);
    return 0;
  }
  const { records, skipped } = parseFeedbackLog(text);
  const summary = summarizeFeedback(records);
  console.log(
    `${records.length} rating(s) of ${summary.length} entr${summary.length === 1 ? 'y' : 'ies'} from ${file}${skipped ? ` (${skipped} unreadable line(s) skipped)` : ''}\n`,
  );
  console.log(`${'👍'.padStart(5)}  ${'👎'.padStart(5)}  ${'last rated'.padEnd(16)}  entry`);
  for (const s of summary.slice(0, limit)) {
    console.log(
      `${String(s.up).padStart(5)}  ${String(s.down).padStart(5)}  ${s.lastRated.slice(0, 16).replace('T', ' ')}  ${s.entryId}`,
    );
  }
  if (summary.length > limit) console.log(`… and ${summary.length - limit} more (--limit ${summary.length})`);
  return 0;
}

runCli('kb:feedback', main);
