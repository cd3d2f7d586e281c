/**
 * npm run kb:check — validates knowledge/ exactly as the bot does when it starts,
 * and prints every problem with file, line, entry and fix. Exit code 1 on errors.
 */
import { loadConfig } from '../config';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { KnowledgeError, formatIssue } from '../knowledge/issues';
import { runCli } from './runCli';

async function main(): Promise<number> {
  const dir = loadConfig().knowledgeDir;
  try {
    const { knowledge, warnings } = await loadKnowledge(dir);
    for (const warning of warnings) console.warn(formatIssue(warning));
    const lists = knowledge.entries.filter((e) => e.items.length > 0).length;
    console.log(
      `${dir}: ${knowledge.entries.length} entries (${lists} lists) are valid; ${warnings.length} warning(s).`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    for (const issue of error.issues) console.error(formatIssue(issue));
    console.error(`${dir}: not valid; the bot will not start with this knowledge.`);
    return 1;
  }
}

runCli('kb:check', main);
