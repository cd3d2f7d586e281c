/**
 * The scoring rule, in one place. Both ways of finding the best candidates
 * (scorer.ts, exhaustive, used at the FAQ's real size; pruned/, used on large
 * knowledge bases) compute exactly these numbers.
 *
 * - The question: one weight per distinct stem (queryWeights), its IDF, raised
 *   for words no entry uses and for out-of-scope words, lowered for corrected
 *   words and for words of the sentences around the question. A stem's gain is
 *   its weight times its IDF.
 * - Phrasing score: the cosine between the question and the entry's best
 *   phrasing (its question, title, alternatives).
 * - Content score: how much of the question the entry's content covers, each
 *   stem by the heaviest field that holds it (concepts, answer, examples, the
 *   item's list: entryFields.ts); one answer word alone is weak evidence.
 * - Score: the two combined as independent evidence, p + (1 − p)·c.
 * - Coverage: the share of the question's gain the entry holds anywhere
 *   (phrasings or content). Not a ranking signal: ranking uses it to decide
 *   whether the best candidate explains the question well enough to answer.
 */
import type { AnalyzedToken } from '../text/pipeline';
import type { MatcherOptions } from './matcherOptions';

/** What an index must say about a stem for the question's weights. */
export interface IdfSource {
  idf(stem: string): number;
  /** The IDF of a word no entry uses: the highest there is. */
  maxIdf: number;
}

/** Content evidence units that count as full evidence (a concept gives 2, an answer word 1). */
export const FULL_EVIDENCE = 2;

/** One weight per distinct stem: its IDF, raised for unknown words, lowered for corrected ones. */
export function queryWeights(
  index: IdfSource,
  tokens: readonly AnalyzedToken[],
  options: MatcherOptions,
): Map<string, number> {
  const weights = new Map<string, number>();
  for (const token of tokens) {
    const context = token.context ? options.contextWordWeight : 1;
    const factor = token.offTopic
      ? options.offTopicWordWeight * context
      : token.common
        ? options.commonWordWeight
        : token.unknown
          ? options.unknownWordWeight * context
          : Math.max(0, 1 - options.correctionPenalty * token.edits);
    // A common word the knowledge does not use weighs as a rare one would, times its small factor.
    const weight = (token.offTopic ? index.maxIdf : index.idf(token.stem)) * factor;
    weights.set(token.stem, Math.max(weights.get(token.stem) ?? 0, weight));
  }
  return weights;
}

/** What full coverage of the question would weigh: the content score's denominator. */
export function contentNorm(index: IdfSource, weights: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const w of weights.values()) sum += w;
  return index.maxIdf * sum;
}

/**
 * @param weight the gains of the question stems the content holds, each times its field's weight
 * @param units their evidence units (FULL_EVIDENCE or more is full evidence)
 */
export function contentScore(weight: number, units: number, norm: number): number {
  const evidence = Math.min(1, units / FULL_EVIDENCE);
  return Math.min(1, (weight * evidence) / norm);
}

/** Phrasing and content as independent evidence: the content raises what the phrasings leave open. */
export function combine(phrasing: number, content: number): number {
  return Math.min(1, phrasing + (1 - phrasing) * content);
}
