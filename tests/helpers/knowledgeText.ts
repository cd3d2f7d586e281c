/**
 * The knowledge as tests expect the bot to show it, read straight from
 * knowledge/ (the YAML and the FAQ page), so a test can check a reply without
 * repeating the FAQ's text, titles or counts: a new question on the page
 * changes no test.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import type { Language } from '../../src/text/language';

interface Entry {
  id: string;
  title: string;
  question: string;
  answer: string;
  examples?: string;
  topic?: boolean;
  parent?: string;
  position?: number;
  origin?: 'excerpt';
  translation_en?: { title: string; question: string };
}

const entries: Entry[] = readdirSync('knowledge')
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .flatMap((f) => load(readFileSync(path.join('knowledge', f), 'utf8')) as Entry[]);

const page = readdirSync('knowledge/source')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join('knowledge/source', f), 'utf8'))
  .join('\n');

function entry(id: string): Entry {
  const found = entries.find((e) => e.id === id);
  if (!found) throw new Error(`no entry ${id} in knowledge/`);
  return found;
}

function title(language: Language) {
  return (e: Entry): string => (language === 'en' ? e.translation_en?.title : undefined) ?? e.title;
}

export const answerOf = (id: string): string => entry(id).answer;

/** The title an entry is shown with (on buttons, in the bot's sentences about it). */
export const titleOf = (id: string, language: Language = 'nl'): string => title(language)(entry(id));

export function examplesOf(id: string): string {
  const examples = entry(id).examples;
  if (!examples) throw new Error(`entry ${id} has no examples`);
  return examples;
}

/** How many entries knowledge/*.yaml holds; how many come from the FAQ page (not staff's excerpts); how many are lists. */
export const ENTRY_COUNT = entries.length;
/** The entry ids, files in name order, entries in file order. */
export const ENTRY_IDS = entries.map((e) => e.id);
export const PAGE_ENTRY_COUNT = entries.filter((e) => e.origin !== 'excerpt').length;
export const LIST_COUNT = new Set(entries.flatMap((e) => (e.parent ? [e.parent] : []))).size;

/** The ids of a list's items, in their positions. */
export function itemsOf(list: string): string[] {
  return entries
    .filter((e) => e.parent === list)
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
    .map((e) => e.id);
}

/** Where the FAQ page answers the entry's question: the question as a heading under "Antwoorden". */
function onPage(e: Entry): number {
  const at = page.indexOf(`\n${e.question}\n`, page.indexOf('\nAntwoorden\n'));
  if (at < 0) throw new Error(`the FAQ page has no heading "${e.question}" (entry ${e.id})`);
  return at;
}

const byPage = (a: Entry, b: Entry) => onPage(a) - onPage(b);
const topics = entries.filter((e) => e.topic).sort(byPage);
const lists = entries.filter((e) => itemsOf(e.id).length > 0).sort(byPage);

/** The titles of the FAQ page's main questions (`topic: true`), in page order: the welcome's topics. */
export const topicTitles = (language: Language): string[] => topics.map(title(language));

/** The main questions themselves, in page order. */
export const topicQuestions = (language: Language): string[] =>
  topics.map((e) => (language === 'en' ? e.translation_en?.question : undefined) ?? e.question);

/** The titles of the lists, in page order. */
export const listTitles = (language: Language): string[] => lists.map(title(language));
