/**
 * Parses the captured FAQ page (knowledge/source/*.txt) into entries: one per
 * question, one per item of every numbered list (with the explanation and
 * examples that belong to it), and one for the contact details in the header.
 *
 * The page is plain text: a header line, a "Vragen" list, then "Antwoorden" in
 * which each question is repeated as a heading. Sub-questions ("Wat
 * karakteriseert een sociaal ondernemer?") appear as one-line paragraphs that end
 * with a question mark.
 */
import type { StoredEntry } from './types';
import { foldDiacritics } from '../text/normalize';

/** An entry as the source page gives it, before it is merged with curated YAML. */
export interface ParsedEntry {
  entry: StoredEntry;
  /** The YAML file (without extension) the entry belongs in when it is new. */
  file: string;
  /** Fields the page owns: re-importing overwrites them. Other fields are only defaults. */
  sourceOwned: (keyof StoredEntry)[];
  /** Identifies the entry across re-imports even when staff renamed its id. */
  anchor: string;
}

const NUMBERED = /^(\d+)\.\s+(.*)$/;
const BULLET = /^[•·*-]\s*(.*)$/;

export function parseFaqPage(text: string): ParsedEntry[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const questionsAt = lines.findIndex((l) => l.trim() === 'Vragen');
  const answersAt = lines.findIndex((l) => l.trim() === 'Antwoorden');
  if (questionsAt < 0 || answersAt < questionsAt) {
    throw new Error('the page has no "Vragen" line followed by an "Antwoorden" line');
  }
  const questions = lines
    .slice(questionsAt + 1, answersAt)
    .map((l) => l.trim())
    .filter(Boolean);
  const parsed: ParsedEntry[] = [];
  for (const section of splitSections(lines.slice(answersAt + 1), questions)) {
    parsed.push(...parseSection(section.question, section.body));
  }
  parsed.push(parseContact(lines[0] ?? ''));
  return parsed;
}

function splitSections(lines: string[], questions: string[]) {
  const sections: { question: string; body: string[] }[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (questions.includes(trimmed)) sections.push({ question: trimmed, body: [] });
    else sections.at(-1)?.body.push(line);
  }
  const missing = questions.filter((q) => !sections.some((s) => s.question === q));
  if (missing.length > 0) throw new Error(`no answer found for: ${missing.join('; ')}`);
  return sections;
}

/** Paragraphs: runs of non-empty lines. */
function toBlocks(lines: string[]): string[][] {
  const blocks: string[][] = [[]];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      if (blocks.at(-1)!.length > 0) blocks.push([]);
    } else blocks.at(-1)!.push(line);
  }
  return blocks.filter((b) => b.length > 0);
}

function parseSection(question: string, body: string[]): ParsedEntry[] {
  const file = slugFromQuestion(question);
  // A one-line paragraph ending in "?" starts a sub-question with its own entry.
  const groups: { question: string; blocks: string[][] }[] = [{ question, blocks: [] }];
  for (const block of toBlocks(body)) {
    if (block.length === 1 && block[0]!.endsWith('?')) groups.push({ question: block[0]!, blocks: [] });
    else groups.at(-1)!.blocks.push(block);
  }
  const mainId = slugFromQuestion(question);
  const result: ParsedEntry[] = [];
  groups.forEach((group, index) => {
    const id = index === 0 ? mainId : slugFromQuestion(group.question);
    const entries = parseAnswer(id, group.question, group.blocks, file);
    // The questions listed under "Vragen" are the page's topics; sub-questions are not.
    if (index === 0) entries[0]!.entry.topic = true;
    if (index === 0 && groups.length > 1) {
      entries[0]!.entry.followUps = groups.slice(1).map((g) => slugFromQuestion(g.question));
    }
    result.push(...entries);
  });
  return result;
}

interface ListItem {
  title: string;
  text?: string;
  /** The numbered line as the page writes it, e.g. "Strateeg | U zet de koers uit …". */
  line: string;
  heading?: string;
  explanation: string[];
  examples: string[];
}

function parseAnswer(id: string, question: string, blocks: string[][], file: string): ParsedEntry[] {
  const listBlock = blocks.findIndex((b) => b.some((l) => NUMBERED.test(l)));
  const answerParts: string[] = [];
  const items: ListItem[] = [];
  let sectionItem: ListItem | undefined;
  blocks.forEach((block, index) => {
    if (index === listBlock) {
      answerParts.push(...splitListBlock(block, items));
      return;
    }
    const heading = index > listBlock && listBlock >= 0 ? matchItemHeading(block[0]!, items) : undefined;
    if (heading) {
      sectionItem = heading;
      sectionItem.heading = block[0]!;
      if (block.length > 1) sectionItem.explanation.push(paragraph(block.slice(1)));
    } else if (sectionItem) {
      if (/bijvoorbeeld/i.test(block[0]!)) sectionItem.examples.push(paragraph(block));
      else sectionItem.explanation.push(paragraph(block));
    } else answerParts.push(paragraph(block));
  });

  const anchor = `q:${foldKey(question)}`;
  const main: ParsedEntry = {
    entry: { id, title: question.replace(/\?$/, ''), question, answer: answerParts.join('\n\n') },
    file,
    sourceOwned: ['question', 'answer', 'topic'],
    anchor,
  };
  return [main, ...items.map((item, i) => itemEntry(item, i + 1, id, anchor, file))];
}

/** Splits the block holding a numbered list into intro, list and outro paragraphs. */
function splitListBlock(block: string[], items: ListItem[]): string[] {
  const before: string[] = [];
  const after: string[] = [];
  for (const line of block) {
    const numbered = NUMBERED.exec(line);
    if (numbered) {
      items.push(listItem(numbered[2]!));
    } else if (items.length > 0 && after.length === 0 && /^[a-zà-ÿ]/.test(line)) {
      // A lower-case line continues the previous item (the page wraps long items).
      const last = items.at(-1)!;
      last.line = `${last.line} ${line}`;
      Object.assign(last, listItem(last.line));
    } else (items.length === 0 ? before : after).push(line);
  }
  const list = items.map((item, i) => `${i + 1}. ${item.line}`).join('\n');
  return [before, [list], after].filter((p) => p.length > 0).map((p) => p.join('\n'));
}

function listItem(line: string): ListItem {
  const [title, ...rest] = line.split(' | ');
  const text = rest.join(' | ').trim();
  return {
    title: title!.trim().replace(/[;.]$/, ''),
    ...(text ? { text } : {}),
    line,
    explanation: [],
    examples: [],
  };
}

/** The item whose detailed section starts with this line, if any. */
function matchItemHeading(line: string, items: ListItem[]): ListItem | undefined {
  if (line.length > 80 || !/[.:]$/.test(line)) return undefined;
  const words = new Set(foldKey(line).split(' '));
  return items.find((item) => {
    if (item.heading) return false;
    const titleWords = foldKey(item.title).split(' ');
    const shared = titleWords.filter((w) => words.has(w)).length;
    return shared / new Set([...titleWords, ...words]).size >= 0.5;
  });
}

function paragraph(block: string[]): string {
  const out: string[] = [];
  for (const line of block) {
    const bullet = BULLET.exec(line);
    if (bullet && line.startsWith('•')) {
      if (out.length > 0 && !out.at(-1)!.startsWith('- ')) out.push('');
      out.push(`- ${bullet[1]!.trim()}`);
    } else out.push(line);
  }
  return out.join('\n');
}

function itemEntry(
  item: ListItem,
  position: number,
  parent: string,
  parentAnchor: string,
  file: string,
): ParsedEntry {
  const heading = item.heading ?? item.title;
  const body = item.text ? [item.text] : item.explanation;
  const entry: StoredEntry = {
    id: `${parent}-${slug(item.title)}`,
    title: item.title,
    question: `Wat houdt "${item.title}" in?`,
    parent,
    position,
    answer: [`**${heading}**`, ...body].join('\n\n'),
    ...(item.examples.length > 0 ? { examples: item.examples.join('\n\n') } : {}),
  };
  return {
    entry,
    file,
    sourceOwned: ['title', 'parent', 'position', 'answer', 'examples'],
    anchor: `${parentAnchor}#${position}`,
  };
}

/** The id of the entry the page's header line becomes: how to reach Quanta. */
export const CONTACT_ENTRY_ID = 'contact';

/** The header line: "Quanta|NpM    street, postcode    town    t:phone    e-mail". */
function parseContact(header: string): ParsedEntry {
  const [name, street, town, ...rest] = header.split(/\s{2,}/).map((p) => p.trim());
  if (!name || !street || !town || rest.length < 2) {
    throw new Error(`the first line does not hold the contact details: "${header}"`);
  }
  const answer = [`**${name}**`, `- ${street} ${town}`, ...rest.map((p) => `- ${p}`)].join('\n');
  return {
    entry: { id: CONTACT_ENTRY_ID, title: 'Contact', question: 'Hoe kan ik contact opnemen?', answer },
    file: 'contact',
    sourceOwned: ['answer'],
    anchor: 'header:contact',
  };
}

const QUESTION_WORDS = new Set(
  'wat is zijn de het een van voor waarin wie hoe heeft hebben in op en'.split(' '),
);

function slugFromQuestion(question: string): string {
  const words = foldKey(question)
    .split(' ')
    .filter((w) => w && !QUESTION_WORDS.has(w));
  return words.slice(0, 5).join('-');
}

function slug(text: string): string {
  return foldKey(text).split(' ').filter(Boolean).join('-');
}

/** Lower case, no diacritics, words separated by single spaces. */
export function foldKey(text: string): string {
  return foldDiacritics(text.toLowerCase())
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
