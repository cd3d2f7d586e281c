/**
 * The inverted index in the form pruned retrieval reads fast: entries and
 * phrasings as numbers, postings as typed arrays, and each stem's phrasings
 * sorted by norm, shortest first (a phrasing's cosine with a question falls
 * as its norm grows, so the front of a list holds everything that can score high).
 */
import type { Phrasing } from '../languageIndex';
import { IdLists } from './idLists';
import { answerSignatures, phrasingSignatures } from './signatures';
import { buildNormLists, type NormLists } from './normLists';

export interface Postings {
  /** Entry number → id. */
  entryIds: string[];
  /** Phrasing index → entry number. */
  phrasingEntry: Int32Array;
  /** Phrasing index → norm. */
  phrasingNorm: Float64Array;
  /** Stem id → its phrasings, shortest norm first (ties in index order), with their entries and norms. */
  byNorm: NormLists;
  /** stem → numbers of the entries whose answer uses it. */
  answers: Map<string, Int32Array>;
  /**
   * Stems as numbers, for scoring one entry exactly: a binary search in a short typed array is
   * cheaper than hashing a string into a Set, and exact scoring does it per phrasing and answer.
   */
  stemIds: Map<string, number>;
  /** Phrasing index → its stem ids, ascending. */
  phrasingStems: IdLists;
  /** Entry number → the stem ids of its answer, ascending. */
  answerStems: IdLists;
  /** Entry number → its phrasing indexes, in index order. */
  entryPhrasings: IdLists;
  /** Phrasing index → Bloom bits of its stem ids (signatures.ts). */
  phrasingSignature: Uint32Array;
  /** Entry number → Bloom bits of its answer's stem ids, ANSWER_WORDS words each. */
  answerSignature: Uint32Array;
}

export function buildPostings(
  entryIds: string[],
  phrasings: readonly Phrasing[],
  answersWith: ReadonlyMap<string, readonly { entryId: string }[]>,
  answerStemsOf: ReadonlyMap<string, ReadonlyMap<string, unknown>>,
): Postings {
  const numberOf = new Map(entryIds.map((id, i) => [id, i]));
  const phrasingNorm = Float64Array.from(phrasings, (p) => p.norm);
  const answers = new Map<string, Int32Array>();
  for (const [stem, ids] of answersWith)
    answers.set(
      stem,
      Int32Array.from(ids, (p) => numberOf.get(p.entryId)!),
    );
  const stemIds = new Map<string, number>();
  const idsOf = (stems: Iterable<string>) =>
    Array.from(stems, (stem) => {
      let id = stemIds.get(stem);
      if (id === undefined) stemIds.set(stem, (id = stemIds.size));
      return id;
    });
  const phrasingEntry = Int32Array.from(phrasings, (p) => numberOf.get(p.entryId)!);
  const entryPhrasings = entryIds.map(() => [] as number[]);
  phrasingEntry.forEach((entry, p) => entryPhrasings[entry]!.push(p));
  const phrasingStems = phrasings.map((p) => idsOf(p.stems));
  const answerStems = entryIds.map((id) => idsOf(answerStemsOf.get(id)?.keys() ?? []));
  const phrasingSignature = phrasingSignatures(phrasingStems);
  const answerSignature = answerSignatures(answerStems);
  return {
    entryIds,
    phrasingEntry,
    phrasingNorm,
    byNorm: buildNormLists(stemIds.size, {
      stems: phrasingStems,
      entry: phrasingEntry,
      norm: phrasingNorm,
      signature: phrasingSignature,
      answerSignature,
    }),
    answers,
    phrasingStems: IdLists.from(phrasingStems, true),
    answerStems: IdLists.from(answerStems, true),
    entryPhrasings: IdLists.from(entryPhrasings, false),
    stemIds,
    phrasingSignature,
    answerSignature,
  };
}
