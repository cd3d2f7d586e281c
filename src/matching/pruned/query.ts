/**
 * A visitor's question ready for scoring in one language: its distinct stems
 * with their weights, and the norms both signals divide by. The arrays keep the
 * exhaustive scorer's stem order, so sums come out bit for bit the same.
 */
import type { AnalyzedToken } from '../../text/pipeline';
import type { LanguageIndex } from '../languageIndex';
import type { MatcherOptions } from '../matcherOptions';
import { queryWeights } from '../scoreFormula';
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
  // Plain loops: TypedArray.from with a map function and TypedArray map are slow paths in V8, and
  // this runs for each language and sentence of every question.
  const count = stems.length;
  const ids = new Int32Array(count);
  const phrasingBits = new Int32Array(count);
  const answerSlots = new Int32Array(count);
  const gains = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    const stem = stems[i]!;
    const id = index.postings.stemIds.get(stem) ?? -1;
    ids[i] = id;
    // A stem no text uses has no bit: 0 tells exact scoring it is absent everywhere.
    phrasingBits[i] = id < 0 ? 0 : phrasingBit(id);
    answerSlots[i] = id < 0 ? -1 : answerSlot(id);
    gains[i] = weights.get(stem)! * index.idf(stem);
  }
  return {
    stems,
    ids,
    phrasingBits,
    answerSlots,
    gains,
    norm,
    answerNorm: index.maxIdf * [...weights.values()].reduce((sum, w) => sum + w, 0),
  };
}
