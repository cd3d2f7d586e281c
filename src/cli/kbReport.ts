/**
 * npm run kb:report [-- --out var/report.html]
 * Writes one HTML page for staff, to open in any browser (also on a phone):
 * questions per day, the share answered / asked back / without an answer, the
 * most asked and the worst-rated entries, the biggest groups of unanswered
 * questions and the languages. It reads the turns, unanswered and feedback
 * logs from the local files, or from the shared blobs when
 * AZURE_STORAGE_CONNECTION_STRING is set, as kb:unanswered does.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../config';
import { FEEDBACK_LOG, TURN_LOG, UNANSWERED_LOG } from '../sharedStorage';
import { buildReport } from '../report/buildReport';
import { readEntryTitles } from '../report/titles';
import { readRecordLog } from './readRecordLog';
import { runCli } from './runCli';

const DEFAULT_OUT = 'var/report.html';

async function main(): Promise<number> {
  const out = outPath(process.argv.slice(2));
  const config = loadConfig();
  const [turns, unanswered, feedback] = await Promise.all([
    readRecordLog(config, TURN_LOG.name, config.turnLogPath),
    readRecordLog(config, UNANSWERED_LOG.name, config.unansweredLogPath),
    readRecordLog(config, FEEDBACK_LOG.name, config.feedbackLogPath),
  ]);
  const report = buildReport(
    { turns: turns.text, unanswered: unanswered.text, feedback: feedback.text },
    await readEntryTitles(config.knowledgeDir),
    { generatedAt: new Date(), sources: [turns.source, unanswered.source, feedback.source] },
  );
  await mkdir(path.dirname(path.resolve(out)), { recursive: true });
  await writeFile(out, report.html, 'utf8');
  const { counts } = report;
  console.log(
    `${counts.turns} message(s), ${counts.unanswered} unanswered question(s), ${counts.feedback} rating(s)` +
      (counts.skipped ? ` (${counts.skipped} unreadable line(s) skipped)` : ''),
  );
  console.log(`wrote ${out}; open ${pathToFileURL(path.resolve(out)).href} in a browser`);
  return 0;
}

function outPath(args: string[]): string {
  if (args.length === 0) return DEFAULT_OUT;
  if (args.length === 2 && args[0] === '--out' && args[1]) return args[1];
  throw new Error(`unknown arguments "${args.join(' ')}"; usage: npm run kb:report [-- --out <file.html>]`);
}

/** TURN_LOG, or the bot's default while the configuration has no such setting. */

runCli('kb:report', main);
