/**
 * npm run kb:import [-- --dry-run]
 * Parses knowledge/source/*.txt into knowledge/*.yaml, keeping staff curation,
 * and prints what changed.
 */
import { readdir, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config';
import { parseFaqPage } from '../knowledge/faqParser';
import { mergeImport, type ExistingEntry } from '../knowledge/importFaq';
import { orderKeys, readKnowledgeFiles, writeEntriesFile, SOURCE_DIR } from '../knowledge/knowledgeFiles';
import { formatIssue } from '../knowledge/issues';
import type { StoredEntry } from '../knowledge/types';
import { runCli } from './runCli';

async function main(): Promise<number> {
  const dryRun = process.argv.includes('--dry-run');
  const dir = loadConfig().knowledgeDir;
  const sourceDir = path.join(dir, SOURCE_DIR);
  const sources = (await readdir(sourceDir)).filter((n) => n.endsWith('.txt')).sort();
  if (sources.length !== 1) {
    console.error(`${sourceDir}: expected exactly one .txt file with the FAQ page, found ${sources.length}`);
    return 1;
  }
  const parsed = parseFaqPage(await readFile(path.join(sourceDir, sources[0]!), 'utf8'));

  const { entryFiles, issues } = await readKnowledgeFiles(dir);
  if (issues.length > 0) {
    console.error('Fix these first; the importer will not overwrite a file it cannot read:');
    for (const issue of issues) console.error(formatIssue(issue));
    return 1;
  }
  const existing: ExistingEntry[] = entryFiles.flatMap((f) =>
    Array.isArray(f.data) ? (f.data as StoredEntry[]).map((entry) => ({ entry, file: f.file })) : [],
  );
  const { files, changes } = mergeImport(parsed, existing);

  const before = new Map(entryFiles.map((f) => [f.file, JSON.stringify(f.data)]));
  for (const [file, entries] of files) {
    const ordered = entries.map(orderKeys);
    if (before.get(file) === JSON.stringify(ordered)) continue;
    if (!dryRun) await writeEntriesFile(path.join(dir, file), ordered);
    console.log(`${dryRun ? 'would write' : 'wrote'} ${path.join(dir, file)} (${ordered.length} entries)`);
  }
  // A file whose entries all left the page goes too, so the bot does not keep serving them.
  for (const file of entryFiles.map((f) => f.file)) {
    if (files.has(file)) continue;
    if (!dryRun) await unlink(path.join(dir, file));
    console.log(`${dryRun ? 'would remove' : 'removed'} ${path.join(dir, file)} (no entries left)`);
  }
  printChanges(changes, parsed.length);
  return 0;
}

function printChanges(changes: ReturnType<typeof mergeImport>['changes'], total: number) {
  for (const change of changes) {
    const detail = change.fields ? ` (${change.fields.join(', ')} changed on the page)` : '';
    const note = change.kind === 'removed' ? ' (no longer on the page; its curation is dropped)' : '';
    console.log(`${change.kind.padEnd(8)} ${change.id} in ${change.file}${detail}${note}`);
  }
  const count = (kind: string) => changes.filter((c) => c.kind === kind).length;
  console.log(
    `${total} entries on the page: ${count('added')} added, ${count('updated')} updated, ${count('removed')} removed; curation kept.`,
  );
  if (count('updated') > 0)
    console.log('Check the English translations of updated entries (translation_en).');
}

runCli('kb:import', main);
