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
  const [best] = candidates;
  if (!best) return { kind: 'none', nearest: [] };
  const whole = parentOf(best.entryId);
  const covered = best.coverage >= options.answerCoverage || leads(candidates, options.answerLeadRatio);
  if (best.score >= options.answerThreshold && covered) {
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
  return { kind: 'none', nearest: nearestTopics(candidates, options) };
}

/** The topics a fallback offers: those from nearestThreshold, best first, at most fallbackSuggestions. */
export function nearestTopics(candidates: readonly Candidate[], options: MatcherOptions): Candidate[] {
  return candidates.filter((c) => c.score >= options.nearestThreshold).slice(0, options.fallbackSuggestions);
}

/** Whether the best candidate scores at least `ratio` times the runner-up (or has none); never with ratio 0. */
function leads(candidates: readonly Candidate[], ratio: number): boolean {
  const [best, next] = candidates;
  if (ratio <= 0 || !best) return false;
  return !next || best.score >= ratio * next.score;
}
