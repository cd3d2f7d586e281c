/**
 * What kb:suggest asks of the matcher, on the knowledge as it is now: a
 * question's content stems (spelling corrected, synonyms applied, stemmed,
 * stopwords and everyday words left out), which group questions, and its best
 * candidates, which staff see as evidence.
 */
import type { Language } from '../text/language';
import type { Matcher } from '../matching/matcher';
import type { StemsOf } from './groupQuestions';

export function stemsWith(matcher: Matcher): StemsOf {
  return (text, language) =>
    matcher
      .analyze(text, language)
      .filter((t) => !t.common)
      .map((t) => t.stem);
}

export function nearestWith(matcher: Matcher) {
  return (text: string, language: Language) =>
    matcher.match(text, { preferred: language }).candidates.map((c) => ({ id: c.entryId, score: c.score }));
}
