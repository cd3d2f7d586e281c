/**
 * npm run kb:accept
 * Merges the groups staff accepted in knowledge/review/suggestions.yaml into
 * knowledge/*.yaml as alternatives, validated exactly as kb:check does; when
 * anything is wrong nothing is written. Rejected groups go to
 * knowledge/review/rejected.yaml. A running bot with KNOWLEDGE_WATCH reloads.
 */
import path from 'node:path';
import { loadConfig } from '../config';
import { formatIssue } from '../knowledge/issues';
import { acceptSuggestions } from '../learning/acceptSuggestions';
import { REJECTED_FILE, SUGGESTIONS_FILE } from '../learning/reviewFile';
import { runCli } from './runCli';

async function main(): Promise<number> {
  const dir = loadConfig().knowledgeDir;
  const result = await acceptSuggestions(dir);
  if (!result.ok) {
    for (const issue of result.issues) console.error(formatIssue(issue));
    console.error(
      `${path.join(dir, SUGGESTIONS_FILE)}: nothing was written; fix the above and run kb:accept again.`,
    );
    return 1;
  }
  for (const a of result.added) {
    console.log(`${a.file} [${a.entryId}] ${a.field}: + ${a.questions.map((q) => `"${q}"`).join(', ')}`);
  }
  for (const q of result.skipped) console.log(`skipped "${q}": already a phrasing`);
  const questions = result.added.reduce((n, a) => n + a.questions.length, 0);
  console.log(
    `${result.accepted.length} group(s) accepted (${questions} alternative(s) added), ${result.rejected.length} rejected${result.rejected.length ? ` (remembered in ${path.join(dir, REJECTED_FILE)})` : ''}, ${result.pending} pending; the knowledge is valid.`,
  );
  return 0;
}

runCli('kb:accept', main);
