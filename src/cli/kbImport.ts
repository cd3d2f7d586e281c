/**
 * npm run kb:import [-- --dry-run]
 * Parses the FAQ pages knowledge/source/*.txt (one or several) into
 * knowledge/*.yaml, keeping staff curation, and prints what changed.
 */
import path from 'node:path';
import { loadConfig } from '../config';
import { importKnowledge } from '../knowledge/importKnowledge';
import type { ImportChange } from '../knowledge/importFaq';
import { formatIssue } from '../knowledge/issues';
import { runCli } from './runCli';

async function main(): Promise<number> {
  const dryRun = process.argv.includes('--dry-run');
  const dir = loadConfig().knowledgeDir;
  const outcome = await importKnowledge(dir, { dryRun });
  if (!outcome.ok) {
    console.error(outcome.message);
    for (const issue of outcome.issues) console.error(formatIssue(issue));
    return 1;
  }
  for (const { file, entries } of outcome.written) {
    console.log(`${dryRun ? 'would write' : 'wrote'} ${path.join(dir, file)} (${entries} entries)`);
  }
  for (const file of outcome.removed) {
    console.log(`${dryRun ? 'would remove' : 'removed'} ${path.join(dir, file)} (no entries left)`);
  }
  printChanges(outcome.changes, outcome.total, outcome.pages.length);
  return 0;
}

function printChanges(changes: ImportChange[], total: number, pageCount: number) {
  // One page is "the page", as staff know it; several are counted.
  const pages = pageCount === 1 ? 'the page' : `the ${pageCount} pages`;
  for (const change of changes) {
    const detail = change.fields
      ? ` (${change.fields.join(', ')} changed on ${pageCount === 1 ? 'the' : 'its'} page)`
      : '';
    const note = change.kind === 'removed' ? ` (no longer on ${pages}; its curation is dropped)` : '';
    console.log(`${change.kind.padEnd(8)} ${change.id} in ${change.file}${detail}${note}`);
  }
  const count = (kind: string) => changes.filter((c) => c.kind === kind).length;
  console.log(
    `${total} entries on ${pages}: ${count('added')} added, ${count('updated')} updated, ${count('removed')} removed; curation kept.`,
  );
  if (count('updated') > 0)
    console.log('Check the English translations of updated entries (translation_en).');
}

runCli('kb:import', main);
