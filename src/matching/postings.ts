/**
 * The inverted index in the form pruned retrieval reads fast: entries and
 * phrasings as numbers, postings as typed arrays, and each stem's phrasings
 * sorted by norm, shortest first (a phrasing's cosine with a question falls
 * as its norm grows, so the front of a list holds everything that can score high).
 */
import type { Phrasing } from './languageIndex';

export interface Postings {
  /** Entry number → id. */
  entryIds: string[];
  /** Phrasing index → entry number. */
  phrasingEntry: Int32Array;
  /** Phrasing index → norm. */
  phrasingNorm: Float64Array;
  /** stem → phrasing indexes, shortest norm first (ties in index order). */
  phrasingsByNorm: Map<string, Int32Array>;
  /** stem → numbers of the entries whose answer uses it. */
  answers: Map<string, Int32Array>;
}

export function buildPostings(
  entryIds: string[],
  phrasings: readonly Phrasing[],
  phrasingsWith: ReadonlyMap<string, number[]>,
  answersWith: ReadonlyMap<string, string[]>,
): Postings {
  const numberOf = new Map(entryIds.map((id, i) => [id, i]));
  const phrasingNorm = Float64Array.from(phrasings, (p) => p.norm);
  const phrasingsByNorm = new Map<string, Int32Array>();
  for (const [stem, list] of phrasingsWith) {
    const sorted = Int32Array.from(list).sort((a, b) => phrasingNorm[a]! - phrasingNorm[b]! || a - b);
    phrasingsByNorm.set(stem, sorted);
  }
  const answers = new Map<string, Int32Array>();
  for (const [stem, ids] of answersWith)
    answers.set(
      stem,
      Int32Array.from(ids, (id) => numberOf.get(id)!),
    );
  return {
    entryIds,
    phrasingEntry: Int32Array.from(phrasings, (p) => numberOf.get(p.entryId)!),
    phrasingNorm,
    phrasingsByNorm,
    answers,
  };
}
