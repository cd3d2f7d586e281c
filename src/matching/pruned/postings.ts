/**
 * The inverted index in the form pruned retrieval reads fast: entries and
 * phrasings as numbers, postings as typed arrays, and each stem's phrasings
 * sorted by norm, shortest first (a phrasing's cosine with a question falls
 * as its norm grows, so the front of a list holds everything that can score high).
 */
import type { ContentPosting, ContentWeight, Phrasing } from '../languageIndex';
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
  /** stem → the entries whose content uses it, with the weight and evidence it has there. */
  answers: Map<string, ContentList>;
  /**
   * Stems as numbers, for scoring one entry exactly: a binary search in a short typed array is
   * cheaper than hashing a string into a Set, and exact scoring does it per phrasing and answer.
   */
  stemIds: Map<string, number>;
  /** Phrasing index → its stem ids, ascending. */
  phrasingStems: IdLists;
  /** Entry number → the stem ids of its content, ascending. */
  answerStems: IdLists;
  /** Beside answerStems.values: each content stem's field weight and evidence units. */
  answerStemWeight: Float64Array;
  answerStemUnits: Uint8Array;
  /** Entry number → its phrasing indexes, in index order. */
  entryPhrasings: IdLists;
  /** Phrasing index → Bloom bits of its stem ids (signatures.ts). */
  phrasingSignature: Uint32Array;
  /** Entry number → Bloom bits of its answer's stem ids, ANSWER_WORDS words each. */
  answerSignature: Uint32Array;
}

/** One stem's content postings, and the most any of them weighs: what an unread list can add. */
export interface ContentList {
  entries: Int32Array;
  weights: Float64Array;
  units: Uint8Array;
  maxWeight: number;
  maxUnits: number;
}

export function buildPostings(
  entryIds: string[],
  phrasings: readonly Phrasing[],
  contentWith: ReadonlyMap<string, readonly ContentPosting[]>,
  contentOf: ReadonlyMap<string, ReadonlyMap<string, ContentWeight>>,
): Postings {
  const numberOf = new Map(entryIds.map((id, i) => [id, i]));
  const phrasingNorm = Float64Array.from(phrasings, (p) => p.norm);
  const answers = new Map<string, ContentList>();
  for (const [stem, list] of contentWith) {
    answers.set(stem, {
      entries: Int32Array.from(list, (p) => numberOf.get(p.entryId)!),
      weights: Float64Array.from(list, (p) => p.weight),
      units: Uint8Array.from(list, (p) => p.units),
      maxWeight: Math.max(...list.map((p) => p.weight)),
      maxUnits: Math.max(...list.map((p) => p.units)),
    });
  }
  const stemIds = new Map<string, number>();
  const idOf = (stem: string) => {
    let id = stemIds.get(stem);
    if (id === undefined) stemIds.set(stem, (id = stemIds.size));
    return id;
  };
  const idsOf = (stems: Iterable<string>) => Array.from(stems, idOf);
  const phrasingEntry = Int32Array.from(phrasings, (p) => numberOf.get(p.entryId)!);
  const entryPhrasings = entryIds.map(() => [] as number[]);
  phrasingEntry.forEach((entry, p) => entryPhrasings[entry]!.push(p));
  const phrasingStems = phrasings.map((p) => idsOf(p.stems));
  // Each entry's content stems as ids, ascending, with their weights beside them (sorted together).
  const contents = entryIds.map((id) => {
    const stems = [...(contentOf.get(id) ?? new Map<string, ContentWeight>())];
    return stems.map(([stem, w]) => ({ id: idOf(stem), ...w })).sort((a, b) => a.id - b.id);
  });
  const answerStems = contents.map((c) => c.map((s) => s.id));
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
    answerStems: IdLists.from(answerStems, false),
    answerStemWeight: Float64Array.from(contents.flat(), (s) => s.weight),
    answerStemUnits: Uint8Array.from(contents.flat(), (s) => s.units),
    entryPhrasings: IdLists.from(entryPhrasings, false),
    stemIds,
    phrasingSignature,
    answerSignature,
  };
}
