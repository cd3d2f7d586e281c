/**
 * The FAQ pages kb:import reads: every `<dir>/source/*.txt`, as loadKnowledge
 * reads them too, parsed into one list of entries in file-name order, each
 * page's entries in the order the page gives them. Ids are made from the
 * page's words, and a YAML file holds entries of any page, so two pages must
 * not give the same id: the importer refuses that before anything is written.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFaqPage, type ParsedEntry } from './faqParser';
import { SOURCE_DIR } from './knowledgeFiles';
import { lineOnPage } from './importPageLines';
import type { KnowledgeIssue } from './issues';

export interface SourcePage {
  /** Relative to the knowledge directory, e.g. "source/quantanpm-veelgestelde-vragen.txt". */
  file: string;
  text: string;
}

export type PagesOutcome =
  | { ok: true; pages: string[]; parsed: ParsedEntry[] }
  | { ok: false; message: string; issues: KnowledgeIssue[] };

export async function readSourcePages(dir: string): Promise<SourcePage[]> {
  // No source folder is no page: parsePages says what to do about it.
  const all = await readdir(path.join(dir, SOURCE_DIR)).catch(() => [] as string[]);
  const names = all.filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(
    names.map(async (name) => ({
      file: `${SOURCE_DIR}/${name}`,
      text: await readFile(path.join(dir, SOURCE_DIR, name), 'utf8'),
    })),
  );
}

/** The entries of all pages, or why they cannot be imported together (file and line for each problem). */
export function parsePages(pages: SourcePage[]): PagesOutcome {
  if (pages.length === 0) {
    const issue = {
      file: `${SOURCE_DIR}/`,
      message: 'no FAQ page (.txt) to import',
      fix: 'put the captured page in knowledge/source/*.txt',
    };
    return { ok: false, message: 'Nothing to import:', issues: [issue] };
  }
  const issues: KnowledgeIssue[] = [];
  const parsed: ParsedEntry[] = [];
  const first = new Map<string, { page: SourcePage; entry: ParsedEntry; all: ParsedEntry[] }>();
  for (const page of pages) {
    let entries: ParsedEntry[];
    try {
      entries = parseFaqPage(page.text);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      issues.push({ file: page.file, message, fix: PAGE_LAYOUT });
      continue;
    }
    for (const entry of entries) {
      const earlier = first.get(entry.entry.id);
      if (!earlier) {
        first.set(entry.entry.id, { page, entry, all: entries });
        parsed.push(entry);
      } else if (!sameContact(earlier.entry, entry)) {
        const at = lineOnPage(earlier.page.text, earlier.entry, earlier.all);
        issues.push({
          file: page.file,
          line: lineOnPage(page.text, entry, entries),
          entryId: entry.entry.id,
          message: `id "${entry.entry.id}" is given twice (first at ${earlier.page.file}${at ? `:${at}` : ''})`,
          fix: entry.anchor === CONTACT_ANCHOR ? SAME_CONTACT : ONE_PAGE_PER_QUESTION,
        });
      }
    }
  }
  if (issues.length > 0) return { ok: false, message: 'Fix these first; nothing was written:', issues };
  return { ok: true, pages: pages.map((p) => p.file), parsed };
}

const CONTACT_ANCHOR = 'header:contact';

/** Every captured page repeats the site's header: the same contact details on several pages are one entry. */
function sameContact(a: ParsedEntry, b: ParsedEntry): boolean {
  return a.anchor === CONTACT_ANCHOR && b.anchor === CONTACT_ANCHOR && a.entry.answer === b.entry.answer;
}

const PAGE_LAYOUT =
  'give the page its layout: the contact details on the first line, the questions under "Vragen", then under "Antwoorden" each question again with its answer';
const SAME_CONTACT = 'make the contact details on the first line the same on every page in knowledge/source/';
const ONE_PAGE_PER_QUESTION =
  'keep the question on one page only, or reword one of the two (an id is made from the first words of its question, or of its list and item)';
