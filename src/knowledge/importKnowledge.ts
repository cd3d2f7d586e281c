/**
 * What `npm run kb:import` does, as a function: parse the FAQ pages in
 * `<dir>/source/` (importPages.ts), merge them into the curated YAML
 * (importFaq.ts) and write the files that changed. The CLI only prints the
 * outcome, so a test can import pages in a temporary directory exactly as staff do.
 */
import { unlink } from 'node:fs/promises';
import path from 'node:path';
import { mergeImport, type ExistingEntry, type ImportChange } from './importFaq';
import { parsePages, readSourcePages } from './importPages';
import { orderKeys, readKnowledgeFiles, writeEntriesFile } from './knowledgeFiles';
import type { KnowledgeIssue } from './issues';
import type { StoredEntry } from './types';

export type ImportOutcome =
  | {
      ok: true;
      /** Files written (or, in a dry run, that would be), relative to the directory, with their entry counts. */
      written: { file: string; entries: number }[];
      /** Files removed because none of their entries is on the pages any more. */
      removed: string[];
      changes: ImportChange[];
      /** How many entries the pages give. */
      total: number;
      /** The pages read (relative to the directory, e.g. "source/faq.txt"), in the order they were merged. */
      pages: string[];
    }
  | {
      ok: false;
      /** Why nothing was written. */
      message: string;
      issues: KnowledgeIssue[];
    };

export async function importKnowledge(dir: string, { dryRun = false } = {}): Promise<ImportOutcome> {
  const pages = parsePages(await readSourcePages(dir));
  if (!pages.ok) return pages;
  const { parsed } = pages;

  const { entryFiles, issues } = await readKnowledgeFiles(dir);
  if (issues.length > 0) {
    return {
      ok: false,
      message: 'Fix these first; the importer will not overwrite a file it cannot read:',
      issues,
    };
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
  return { ok: true, written, removed, changes, total: parsed.length, pages: pages.pages };
}
