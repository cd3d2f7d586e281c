/**
 * Checks the shape of each entry read from YAML: required fields, types, allowed
 * keys. Cross-entry rules (unique ids, follow-ups, duplicates) live in
 * validateKnowledge.ts.
 */
import type { StoredEntry } from './types';
import type { KnowledgeIssue } from './issues';
import type { KnowledgeFile } from './knowledgeFiles';
import { lineOfEntry, lineOfField } from './knowledgeFiles';

const STRING_FIELDS = ['id', 'title', 'question', 'answer', 'parent', 'examples', 'origin'] as const;
const LIST_FIELDS = [
  'alternatives',
  'alternatives_en',
  'concepts',
  'concepts_en',
  'itemNouns',
  'itemNouns_en',
  'followUps',
] as const;
const TRANSLATION_FIELDS = ['title', 'question', 'answer', 'examples'];
const ALLOWED = new Set<string>([...STRING_FIELDS, ...LIST_FIELDS, 'position', 'topic', 'translation_en']);
const REQUIRED = ['id', 'title', 'question', 'answer'] as const;
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface LocatedEntry {
  entry: StoredEntry;
  file: string;
  line: number;
}

/** Returns the entries that have a valid shape; every problem found goes into `issues`. */
export function validateEntryShapes(file: KnowledgeFile, issues: KnowledgeIssue[]): LocatedEntry[] {
  if (file.data === null || file.data === undefined) {
    issues.push({
      file: file.file,
      message: 'the file holds no entries',
      fix: 'add entries or delete the file',
    });
    return [];
  }
  if (!Array.isArray(file.data)) {
    issues.push({
      file: file.file,
      line: 1,
      message: 'the file must be a YAML list of entries (each starting with "- id:")',
      fix: 'start each entry with "- id: <id>" at the left margin',
    });
    return [];
  }
  const valid: LocatedEntry[] = [];
  (file.data as unknown[]).forEach((raw, index) => {
    const located = checkEntry(file, raw, index, issues);
    if (located) valid.push(located);
  });
  return valid;
}

function checkEntry(
  file: KnowledgeFile,
  raw: unknown,
  index: number,
  issues: KnowledgeIssue[],
): LocatedEntry | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    issues.push({
      file: file.file,
      message: `entry number ${index + 1} is not a mapping of fields`,
      fix: 'write the entry as "- id: …" followed by indented "field: value" lines',
    });
    return undefined;
  }
  const record = raw as Record<string, unknown>;
  const id = typeof record.id === 'string' ? record.id : undefined;
  const line = (id && lineOfEntry(file.text, id)) || lineOfItem(file.text, index);
  const before = issues.length;
  const report = (field: string | undefined, message: string, fix: string) =>
    issues.push({
      file: file.file,
      line: field ? lineOfField(file.text, line, field) : line,
      ...(id ? { entryId: id } : {}),
      message: id ? message : `entry number ${index + 1}: ${message}`,
      fix,
    });

  for (const key of Object.keys(record)) {
    if (!ALLOWED.has(key)) {
      report(key, `unknown field "${key}"`, `use one of: ${[...ALLOWED].join(', ')}`);
    }
  }
  for (const field of REQUIRED) {
    if (typeof record[field] !== 'string' || record[field].trim() === '') {
      report(
        field in record ? field : undefined,
        `"${field}" is missing or empty`,
        `give the entry a non-empty ${field}`,
      );
    }
  }
  if (id && !ID_PATTERN.test(id)) {
    report(
      'id',
      `id "${id}" is not a stable id`,
      'use lower-case letters, digits and single hyphens, e.g. "pet-strateeg"',
    );
  }
  checkTypes(record, report);
  return issues.length === before
    ? { entry: record as unknown as StoredEntry, file: file.file, line }
    : undefined;
}

type Report = (field: string | undefined, message: string, fix: string) => void;

function checkTypes(record: Record<string, unknown>, report: Report): void {
  for (const field of STRING_FIELDS) {
    if (field in record && typeof record[field] !== 'string') {
      report(
        field,
        `"${field}" must be text`,
        `write ${field} as a string (quote it if it starts with a special character)`,
      );
    }
  }
  if ('origin' in record && record.origin !== 'excerpt') {
    report(
      'origin',
      `origin "${String(record.origin)}" is not known`,
      'use "origin: excerpt" or remove the field',
    );
  }
  for (const field of LIST_FIELDS) {
    const value = record[field];
    if (value === undefined) continue;
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) {
      report(
        field,
        `"${field}" must be a list of non-empty texts`,
        `write each ${field} item on its own "- " line`,
      );
    }
  }
  if ('topic' in record && typeof record.topic !== 'boolean') {
    report('topic', '"topic" must be true or false', 'write "topic: true" or remove the field');
  }
  if ('position' in record && !(Number.isInteger(record.position) && (record.position as number) >= 1)) {
    report('position', '"position" must be a whole number from 1', 'number the items of a list 1, 2, 3, …');
  }
  if ('parent' in record !== 'position' in record) {
    report(
      undefined,
      'a list item needs both "parent" and "position"',
      'add the missing field or remove the other',
    );
  }
  checkTranslation(record.translation_en, report);
}

function checkTranslation(value: unknown, report: Report): void {
  if (value === undefined) return;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report(
      'translation_en',
      '"translation_en" must be a mapping',
      'give it title, question and answer fields',
    );
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!TRANSLATION_FIELDS.includes(key)) {
      report('translation_en', `unknown translation field "${key}"`, `use ${TRANSLATION_FIELDS.join(', ')}`);
    }
  }
  for (const key of ['title', 'question', 'answer']) {
    const value = record[key];
    if (typeof value !== 'string' || value.trim() === '') {
      report('translation_en', `translation_en.${key} is missing or empty`, `add the English ${key}`);
    }
  }
}

/** The line on which the n-th entry of a top-level YAML list starts (for entries without a usable id). */
function lineOfItem(text: string, index: number): number {
  const starts = text
    .split('\n')
    .map((line, i) => (/^-(\s|$)/.test(line) ? i + 1 : 0))
    .filter(Boolean);
  return starts[index] ?? 1;
}
