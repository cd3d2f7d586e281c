/**
 * What `npm run kb:import` does, as a function: parse the FAQ page in
 * `<dir>/source/`, merge it into the curated YAML (importFaq.ts) and write the
 * files that changed. The CLI only prints the outcome, so a test can import a
 * page in a temporary directory exactly as staff do.
 */
import { readdir, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { parseFaqPage } from './faqParser';
import { mergeImport, type ExistingEntry, type ImportChange } from './importFaq';
import { orderKeys, readKnowledgeFiles, writeEntriesFile, SOURCE_DIR } from './knowledgeFiles';
import type { KnowledgeIssue } from './issues';
import type { StoredEntry } from './types';


export type ImportOutcome =
  | {
      ok: true;
      /** Files written (or, in a dry run, that would be), relative to the directory, with their entry counts. */
      written: { file: string; entries: number }[];
      /** Files removed because none of their entries is on the page any more. */
      removed: string[];
      changes: ImportChange[];
      /** How many entries the page gives. */
      total: number;
    }
  | {
      ok: false;
      /** Why nothing was written. */
      message: string;
      issues: KnowledgeIssue[];
    };

export async function importKnowledge(dir: string, { dryRun = false } = {}): Promise<ImportOutcome> {
  const sourceDir = path.join(dir, SOURCE_DIR);
  const sources = (await readdir(sourceDir)).filter((n) => n.endsWith('.txt')).sort();
  if (sources.length !== 1) {
    return {
      ok: false,
      message: `${sourceDir}: expected exactly one .txt file with the FAQ page, found ${sources.length}`,
      issues: [],
    };
  }
  const parsed = parseFaqPage(await readFile(path.join(sourceDir, sources[0]!), 'utf8'));

  const { entryFiles, issues } = await readKnowledgeFiles(dir);
  if (issues.length > 0) {
    return { ok: false, message: 'Fix these first; the importer will not overwrite a file it cannot read:', issues };
  }
  const existing: ExistingEntry[] = entryFiles.flatMap((f) =>
    Array.isArray(f.data) ? (f.data as StoredEntry[]).map((entry) => ({ entry, file: f.file })) : [],
  );
  const { files, changes } = mergeImport(parsed, existing);

  const before = new Map(entryFiles.map((f) => [f.file, JSON.stringify(f.data)]));
  const written: { file: string; entries: number }[] = [];
  for (const [file, entries] of files) {
    const ordered = entries.map(orderKeys);
    if (before.get(file) === JSON.stringify(ordered)) continue;
    if (!dryRun) await writeEntriesFile(path.join(dir, file), ordered);
    written.push({ file, entries: ordered.length });
  }
  // A file whose entries all left the page goes too, so the bot does not keep serving them.
  const removed = entryFiles.map((f) => f.file).filter((file) => !files.has(file));
  if (!dryRun) for (const file of removed) await unlink(path.join(dir, file));
  return { ok: true, written, removed, changes, total: parsed.length };
}
