/**
 * A visitor's question ready for scoring in one language: its distinct stems
 * with their weights, and the norms both signals divide by. The arrays keep the
 * exhaustive scorer's stem order, so sums come out bit for bit the same.
 */
import type { AnalyzedToken } from '../text/pipeline';
import type { LanguageIndex } from './languageIndex';
import type { MatcherOptions } from './matcherOptions';
import { queryWeights } from './scorer';
import { answerSlot, phrasingBit } from './signatures';

export interface Query {
  stems: string[];
  /** Per stem: its number in the index's postings, -1 when no phrasing or answer uses it. */
  ids: Int32Array;
  /** Per stem: its bit in a phrasing signature, and its slot in an answer signature (signatures.ts). */
  phrasingBits: Int32Array;
  answerSlots: Int32Array;
  /** Per stem: its query weight × its IDF, what a phrasing or answer that holds the stem gains. */
  gains: number[];
  /** Euclidean length of the query's weights: the cosine's denominator. */
  norm: number;
  /** What full coverage of an answer would weigh: the answer signal's denominator. */
  answerNorm: number;
}

/** @returns undefined when the question has no weight (no content words) */
export function prepareQuery(
  index: LanguageIndex,
  tokens: AnalyzedToken[],
  options: MatcherOptions,
): Query | undefined {
  const weights = queryWeights(index, tokens, options);
  const norm = Math.hypot(...weights.values());
  if (norm === 0) return undefined;
  const stems = [...weights.keys()];
  const ids = Int32Array.from(stems, (stem) => index.postings.stemIds.get(stem) ?? -1);
  return {
    stems,
    ids,
    // A stem no text uses has no bit: 0 tells exact scoring it is absent everywhere.
    phrasingBits: ids.map((id) => (id < 0 ? 0 : phrasingBit(id))),
    answerSlots: ids.map((id) => (id < 0 ? -1 : answerSlot(id))),
    gains: stems.map((stem) => weights.get(stem)! * index.idf(stem)),
    norm,
    answerNorm: index.maxIdf * [...weights.values()].reduce((sum, w) => sum + w, 0),
  };
}
