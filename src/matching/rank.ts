/**
 * Turns scored candidates into a decision, never a message:
 * - answer the best one when it scores high enough AND explains enough of the
 *   question (coverage: a question whose key words no entry holds is not
 *   answered on its generic words alone), unless a rival is as good;
 * - ask back ("Bedoelt u …?") when the best is plausible but not sure;
 * - admit there is no answer, with the nearest topics worth offering.
 */
import type { Candidate } from './scorer';
import type { MatcherOptions } from './matcherOptions';

export type Ranking =
  | { kind: 'answer'; best: Candidate }
  | { kind: 'clarify'; options: Candidate[] }
  | { kind: 'none'; nearest: Candidate[] };

/**
 * @param parentOf the entry whose answer holds this one's (a list item's list,
 *   an excerpt's source): a question that names both a list and one of its
 *   items ("de partner bij de negen petten") is about the item, and there is no
 *   point asking whether the visitor meant the part or the whole.
 */
export function rank(
  candidates: readonly Candidate[],
  options: MatcherOptions,
  parentOf: (entryId: string) => string | undefined = () => undefined,
): Ranking {
  candidates = preferItems(candidates, options, parentOf);
  const [best] = candidates;
  if (!best) return { kind: 'none', nearest: [] };
  const whole = parentOf(best.entryId);
  if (best.score >= options.answerThreshold && best.coverage >= options.answerCoverage) {
    const close = candidates
      .filter((c) => c.score >= options.answerThreshold && best.score - c.score <= options.clarifyMargin)
      .filter((c) => c.entryId !== whole)
      .slice(0, options.maxClarifyOptions);
    if (close.length > 1 && best.score < 1) return { kind: 'clarify', options: close };
    return { kind: 'answer', best };
  }
  if (best.score >= options.clarifyThreshold && best.coverage >= options.clarifyCoverage) {
    const offered = candidates
      .filter((c) => c.score >= options.suggestThreshold && best.score - c.score <= options.clarifyWindow)
      .filter((c) => c.entryId !== whole)
      .slice(0, options.maxClarifyOptions);
    return { kind: 'clarify', options: offered };
  }
  const nearest = candidates
    .filter((c) => c.score >= options.suggestThreshold)
    .slice(0, options.fallbackSuggestions);
  return { kind: 'none', nearest };
}

/**
 * When a list wins but one of its items clearly stands out from the other
 * items by its phrasings, the question names that item ("Wat doet de partner bij de negen
 * petten?"): the item is the answer, with the list's confidence. A question
 * about the list as a whole scores its items alike.
 */
function preferItems(
  candidates: readonly Candidate[],
  options: MatcherOptions,
  parentOf: (entryId: string) => string | undefined,
): readonly Candidate[] {
  const [best] = candidates;
  // An exact question (a button, a question as the FAQ asks it) is never second-guessed.
  if (!best || best.score >= 1) return candidates;
  // Named means matched on its phrasings (its title, its questions): an item whose concepts happen to
  // share a word with the question ("verhaal") does not stand out from the others.
  const items = candidates
    .filter((c) => parentOf(c.entryId) === best.entryId)
    .sort((a, b) => b.phrasingScore - a.phrasingScore);
  const [first, second] = items;
  if (!first || first.score < options.suggestThreshold) return candidates;
  if (first.phrasingScore - (second?.phrasingScore ?? 0) < options.itemPreferenceMargin) return candidates;
  const item = {
    ...first,
    score: Math.max(first.score, best.score),
    coverage: Math.max(first.coverage, best.coverage),
  };
  return [item, ...candidates.filter((c) => c !== first && c !== best)];
}
