/**
 * Every stem's phrasings, shortest norm first, in flat arrays that hold each
 * posting's entry, norm and signature beside it. Pruned retrieval reads a few
 * thousand postings per question, each on its own cache line when these lived
 * in per-phrasing arrays: beside the posting they arrive with it, in order.
 * The entry's answer signature lies beside it too, so that most postings are
 * passed over without a random read (readPostings.ts). One set of flat arrays (not one typed array per stem) also spares tens of
 * thousands of small objects.
 */
import { ANSWER_WORDS } from './signatures';

export interface NormLists {
  /** Stem id → where its postings begin; they end where the next id's begin. */
  start: Int32Array;
  phrasing: Int32Array;
  entry: Int32Array;
  norm: Float64Array;
  /** The phrasing's Bloom bits (signatures.ts). */
  signature: Uint32Array;
  /** The Bloom bits of the entry's answer, ANSWER_WORDS words per posting. */
  answerSignature: Uint32Array;
}

export interface PhrasingTable {
  /** Phrasing index → its stem ids. */
  stems: readonly (readonly number[])[];
  entry: Int32Array;
  norm: Float64Array;
  signature: Uint32Array;
  /** Entry number → the Bloom bits of its answer, ANSWER_WORDS words each. */
  answerSignature: Uint32Array;
}

/** @param stemCount how many stem ids there are (phrasings' and answers') */
export function buildNormLists(stemCount: number, phrasings: PhrasingTable): NormLists {
  const start = new Int32Array(stemCount + 1);
  for (const ids of phrasings.stems) for (const id of ids) start[id + 1]!++;
  for (let id = 0; id < stemCount; id++) start[id + 1] = start[id + 1]! + start[id]!;
  const phrasing = new Int32Array(start[stemCount]!);
  const next = start.slice(0, stemCount);
  phrasings.stems.forEach((ids, p) => {
    for (const id of ids) phrasing[next[id]!++] = p;
  });
  const { norm } = phrasings;
  for (let id = 0; id < stemCount; id++)
    phrasing.subarray(start[id], start[id + 1]).sort((a, b) => norm[a]! - norm[b]! || a - b);
  const entry = phrasing.map((p) => phrasings.entry[p]!);
  const answerSignature = new Uint32Array(entry.length * ANSWER_WORDS);
  entry.forEach((e, at) =>
    answerSignature.set(
      phrasings.answerSignature.subarray(e * ANSWER_WORDS, (e + 1) * ANSWER_WORDS),
      at * ANSWER_WORDS,
    ),
  );
  return {
    start,
    phrasing,
    entry,
    norm: Float64Array.from(phrasing, (p) => norm[p]!),
    signature: Uint32Array.from(phrasing, (p) => phrasings.signature[p]!),
    answerSignature,
  };
}
