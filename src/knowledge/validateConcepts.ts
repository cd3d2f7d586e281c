/**
 * The words staff give an entry besides questions. Its concept lexicon
 * (`concepts`, `concepts_en`): words and short phrases, each once; a whole
 * question belongs in `alternatives`, where it is matched as a question, while
 * a concept is matched word by word. A list's item nouns (`itemNouns`,
 * `itemNouns_en`): single words, on lists only.
 */
import type { KnowledgeIssue } from './issues';
import type { LocatedEntry } from './validateEntries';
import { normalizeText } from '../text/normalize';

/** Longest concept in words: "afspraak is afspraak" still is one, a question is not. */
export const MAX_CONCEPT_WORDS = 4;

type At = (located: LocatedEntry, field?: string) => { file: string; line: number; entryId: string };

export function checkConcepts(entries: LocatedEntry[], at: At, issues: KnowledgeIssue[]): void {
  for (const located of entries) {
    for (const field of ['concepts', 'concepts_en'] as const) {
      const seen = new Set<string>();
      for (const concept of located.entry[field] ?? []) {
        const key = normalizeText(concept);
        const words = key ? key.split(' ').length : 0;
        if (words === 0) {
          issues.push({
            ...at(located, field),
            message: `the concept "${concept}" has no words`,
            fix: 'remove it',
          });
        } else if (words > MAX_CONCEPT_WORDS) {
          issues.push({
            ...at(located, field),
            message: `the concept "${concept}" has ${words} words; a concept is a word or a short phrase (at most ${MAX_CONCEPT_WORDS})`,
            fix: `shorten it, or put a whole question in ${field === 'concepts' ? 'alternatives' : 'alternatives_en'}`,
          });
        } else if (seen.has(key)) {
          issues.push({
            ...at(located, field),
            message: `the concept "${concept}" is listed twice`,
            fix: 'remove one of the two',
          });
        }
        seen.add(key);
      }
    }
  }
}

/**
 * Item nouns name what one item of a list is called: single words, on lists only. A list without them
 * is a warning: "de tweede fase", "fase 3" and "welke fase …" then cannot find its items (the
 * ordinal may even be read against another list).
 */
export function checkItemNouns(entries: LocatedEntry[], at: At, issues: KnowledgeIssue[]): void {
  const lists = new Set(entries.map((l) => l.entry.parent).filter(Boolean));
  for (const located of entries) {
    for (const field of ['itemNouns', 'itemNouns_en'] as const) {
      const nouns = located.entry[field];
      const inLanguage = field === 'itemNouns' || located.entry.translation_en !== undefined;
      if (!nouns && inLanguage && lists.has(located.entry.id)) {
        issues.push({
          ...at(located),
          severity: 'warning',
          message: `the list has no ${field}: visitors cannot name its items by what they are called ("the second …")`,
          fix: `add ${field}: what one item is called, in one word and singular (${field === 'itemNouns' ? '"pet", "kenmerk", "fase"' : '"hat", "trait", "phase"'})`,
        });
      }
      if (!nouns) continue;
      if (!lists.has(located.entry.id)) {
        issues.push({
          ...at(located, field),
          message: `"${field}" is only for a list, and no entry has "${located.entry.id}" as its parent`,
          fix: `remove ${field}, or give the list's items "parent: ${located.entry.id}"`,
        });
      }
      for (const noun of nouns) {
        if (normalizeText(noun).split(' ').length !== 1) {
          issues.push({
            ...at(located, field),
            message: `"${noun}" is not a single word`,
            fix: 'write what one item is called, in one word and singular ("pet", "kenmerk")',
          });
        }
      }
    }
  }
}
