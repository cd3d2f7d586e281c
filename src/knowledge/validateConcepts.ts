/**
 * The concept lexicon of an entry (`concepts`, `concepts_en`): words and short
 * phrases, each once. A whole question belongs in `alternatives`, where it is
 * matched as a question; a concept is matched word by word.
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
          issues.push({ ...at(located, field), message: `the concept "${concept}" has no words`, fix: 'remove it' });
        } else if (words > MAX_CONCEPT_WORDS) {
          issues.push({
            ...at(located, field),
            message: `the concept "${concept}" has ${words} words; a concept is a word or a short phrase (at most ${MAX_CONCEPT_WORDS})`,
            fix: `shorten it, or put a whole question in ${field === 'concepts' ? 'alternatives' : 'alternatives_en'}`,
          });
        } else if (seen.has(key)) {
          issues.push({ ...at(located, field), message: `the concept "${concept}" is listed twice`, fix: 'remove one of the two' });
        }
        seen.add(key);
      }
    }
  }
}
