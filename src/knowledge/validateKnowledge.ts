/**
 * Rules that span entries: unique ids, lists that hang together, follow-ups
 * that point somewhere, no phrasing claimed by two entries, concepts that are
 * words or short phrases, and every Dutch
 * answer taken word for word from the FAQ page.
 */
import type { KnowledgeIssue } from './issues';
import type { LocatedEntry } from './validateEntries';
import { lineOfField } from './knowledgeFiles';
import { normalizeText } from '../text/normalize';
import { checkConcepts, checkItemNouns } from './validateConcepts';

export function validateKnowledge(
  entries: LocatedEntry[],
  texts: Map<string, string>,
  sourceText: string,
): KnowledgeIssue[] {
  const issues: KnowledgeIssue[] = [];
  const at = (located: LocatedEntry, field?: string) => ({
    file: located.file,
    line: field ? lineOfField(texts.get(located.file) ?? '', located.line, field) : located.line,
    entryId: located.entry.id,
  });
  const byId = checkUniqueIds(entries, at, issues);
  checkLists(entries, byId, at, issues);
  checkFollowUps(entries, byId, at, issues);
  checkPhrasings(entries, at, issues);
  checkConcepts(entries, at, issues);
  checkItemNouns(entries, at, issues);
  checkVerbatim(entries, sourceText, at, issues);
  checkTranslations(entries, at, issues);
  return issues;
}

type At = (located: LocatedEntry, field?: string) => { file: string; line: number; entryId: string };

function checkUniqueIds(entries: LocatedEntry[], at: At, issues: KnowledgeIssue[]) {
  const byId = new Map<string, LocatedEntry>();
  for (const located of entries) {
    const first = byId.get(located.entry.id);
    if (first) {
      issues.push({
        ...at(located),
        message: `id "${located.entry.id}" is used twice (first at ${first.file}:${first.line})`,
        fix: 'give one of the two entries another id; ids must be unique across all files',
      });
    } else byId.set(located.entry.id, located);
  }
  return byId;
}

function checkLists(
  entries: LocatedEntry[],
  byId: Map<string, LocatedEntry>,
  at: At,
  issues: KnowledgeIssue[],
) {
  const positions = new Map<string, number[]>();
  for (const located of entries) {
    const { parent, position } = located.entry;
    if (parent === undefined || position === undefined) continue;
    const list = byId.get(parent);
    if (!list) {
      issues.push({
        ...at(located, 'parent'),
        message: `parent "${parent}" does not exist`,
        fix: 'point parent at the id of the list this item belongs to',
      });
    } else if (list.entry.parent !== undefined) {
      issues.push({
        ...at(located, 'parent'),
        message: `parent "${parent}" is itself a list item`,
        fix: 'lists nest one level deep; point parent at a list entry',
      });
    }
    positions.set(parent, [...(positions.get(parent) ?? []), position]);
  }
  for (const [parent, numbers] of positions) {
    const sorted = [...numbers].sort((a, b) => a - b);
    if (sorted.some((n, i) => n !== i + 1)) {
      const list = byId.get(parent);
      issues.push({
        ...(list ? at(list) : { file: '(unknown)' }),
        message: `the items of list "${parent}" have positions ${sorted.join(', ')}`,
        fix: `number the items 1 to ${sorted.length}, each once`,
      });
    }
  }
}

function checkFollowUps(
  entries: LocatedEntry[],
  byId: Map<string, LocatedEntry>,
  at: At,
  issues: KnowledgeIssue[],
) {
  for (const located of entries) {
    for (const target of located.entry.followUps ?? []) {
      if (target === located.entry.id) {
        issues.push({
          ...at(located, 'followUps'),
          message: 'the entry lists itself as a follow-up',
          fix: `remove "${target}" from followUps`,
        });
      } else if (!byId.has(target)) {
        issues.push({
          ...at(located, 'followUps'),
          message: `follow-up "${target}" does not exist`,
          fix: 'use the id of an existing entry, or remove it',
        });
      }
    }
  }
}

/** The same question (after normalisation) may belong to one entry only, per language. */
function checkPhrasings(entries: LocatedEntry[], at: At, issues: KnowledgeIssue[]) {
  for (const language of ['nl', 'en'] as const) {
    const owner = new Map<string, { located: LocatedEntry; text: string }>();
    for (const located of entries) {
      const { entry } = located;
      const phrasings =
        language === 'nl'
          ? [entry.question, ...(entry.alternatives ?? [])]
          : [
              ...(entry.translation_en ? [entry.translation_en.question] : []),
              ...(entry.alternatives_en ?? []),
            ];
      const field = language === 'nl' ? 'alternatives' : 'alternatives_en';
      for (const text of phrasings) {
        const key = normalizeText(text);
        if (!key) {
          issues.push({
            ...at(located, field),
            message: `the phrasing "${text}" has no words`,
            fix: 'remove it',
          });
          continue;
        }
        const first = owner.get(key);
        if (!first) owner.set(key, { located, text });
        else if (first.located === located) {
          issues.push({
            ...at(located, field),
            message: `"${text}" is listed twice`,
            fix: 'remove one of the two',
          });
        } else {
          issues.push({
            ...at(located, field),
            message: `"${text}" is also a phrasing of "${first.located.entry.id}" (${first.located.file}:${first.located.line})`,
            fix: 'a question can lead to one answer only: keep it under the entry that answers it',
          });
        }
      }
    }
  }
}

/** Answers are never paraphrased: every line must appear, word for word, on the FAQ page. */
function checkVerbatim(entries: LocatedEntry[], sourceText: string, at: At, issues: KnowledgeIssue[]) {
  const source = ` ${normalizeText(sourceText)} `;
  for (const located of entries) {
    for (const field of ['answer', 'examples'] as const) {
      const text = located.entry[field];
      if (!text) continue;
      const missing = text.split('\n').find((line) => {
        const key = normalizeText(line);
        return key !== '' && !source.includes(` ${key} `);
      });
      if (missing !== undefined) {
        issues.push({
          ...at(located, field),
          message: `this ${field} line is not on the FAQ page word for word: "${missing.trim()}"`,
          fix: "answers are the FAQ's own words: copy the text from knowledge/source/ (or run npm run kb:import); put your own wording in alternatives",
        });
      }
    }
  }
}

function checkTranslations(entries: LocatedEntry[], at: At, issues: KnowledgeIssue[]) {
  for (const located of entries) {
    const { entry } = located;
    if (!entry.translation_en) {
      issues.push({
        ...at(located),
        severity: 'warning',
        message: 'no English translation: English visitors get the Dutch text',
        fix: 'add translation_en with title, question and answer',
      });
    } else if (entry.examples && !entry.translation_en.examples) {
      issues.push({
        ...at(located, 'translation_en'),
        severity: 'warning',
        message: 'the examples have no English translation',
        fix: 'add translation_en.examples',
      });
    }
  }
}
