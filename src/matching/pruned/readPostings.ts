/**
 * The reading half of pruned retrieval (topCandidates.ts): the question stems'
 * postings, most promising first, summed per phrasing, until nothing unread
 * can reach the k-th best lower bound. A posting whose phrasing cannot lift its
 * entry to that bound is passed over on what lies beside it (its signature),
 * without touching the sums or the entry.
 */
import type { Query } from './query';
import type { Postings } from './postings';
import type { Retrieval } from './topCandidates';
import { SLACK, type StemLists } from './stemLists';
import type { Accumulators } from './accumulators';
import { KthBest } from './kthBest';
import { RankCut } from './rankCut';
import { answerMayHold } from './signatures';
import { combine as scoreCombine, contentScore } from '../scoreFormula';

/**
 * Reads the question stems' postings, most promising first, until nothing unread can reach the k-th
 * best lower bound. One pass over a few thousand postings per question at most, so it works on the
 * typed arrays directly.
 * @returns the k entries with the best lower bounds met
 */
export function readPostings(
  postings: Postings,
  query: Query,
  retrieval: Retrieval,
  lists: StemLists,
  sums: Accumulators,
): KthBest {
  const allowed = retrieval.allowed;
  const isAllowed = allowed && ((entry: number) => allowed(postings.entryIds[entry]!));
  const kth = new KthBest(retrieval.k, retrieval.floor);
  const cut = new RankCut(retrieval.rankScore, true);
  const raise = (entry: number) => {
    const key = cut.key(lowerBound(sums, query, entry), kth.threshold);
    // Most postings raise a weak entry that cannot move the threshold: the cut skips the heap for them.
    if (key === key) kth.raise(entry, key);
  };
  const { phrasing: phrasingAt, entry: entryAt, norm: normAt, signature: signatureAt } = postings.byNorm;
  const { generation, entryStamp, allowedFlag, phrasingSums, bestCosine, answerUnits } = sums;
  const { touchedPhrasings } = sums;
  const mostAnswer = lists.answerBound(lists.unreadAnswers().weight, lists.unreadAnswers().units);
  const possibleGain = signatureGains(query);
  const reach = new RankCut(retrieval.rankScore, false);
  /**
   * Whether a phrasing can lift its entry to the k-th best: with every question stem its signature
   * may hold, and the best answer any entry can have. That bound is the phrasing's own and the
   * threshold only rises, so a phrasing left unread here is never needed: its cosine cannot reach
   * the final k-th best, its entry's other phrasings are read, or bounded, on their own, and an
   * entry never met is bounded by what stopped the reading. Reading it would cost a random access
   * into the sums and the entry's slots; the signature lies beside the posting.
   */
  const reachable = (phrasing: number, answer: number) =>
    !Number.isNaN(reach.key(combine(phrasing, answer), kth.threshold));
  // The same with the entry's own answer: at most the question stems its answer signature may hold.
  // That signature lies beside the posting too, so passing over costs no random read either.
  const answerStems = lists.answerStems();
  const { answerSignature } = postings.byNorm;
  // Which of those stems an answer may hold is a bit set; its bound is worked out once per set. A
  // question with more answer stems than the table holds (a long message) adds them up per posting.
  const boundOfSet =
    answerStems.length <= MAX_CACHED_STEMS ? new Float64Array(1 << answerStems.length).fill(-1) : undefined;
  const boundOf = (holds: (j: number) => boolean) => {
    let weight = 0;
    let units = 0;
    for (let j = 0; j < answerStems.length; j++) {
      if (!holds(j)) continue;
      weight += lists.mostWeight(answerStems[j]!);
      units += lists.mostUnits(answerStems[j]!);
    }
    return lists.answerBound(weight, units);
  };
  const holdsAt = (at: number, j: number) =>
    answerMayHold(answerSignature, at, query.answerSlots[answerStems[j]!]!);
  const answerBoundAt = (at: number) => {
    if (!boundOfSet) return boundOf((j) => holdsAt(at, j));
    let set = 0;
    for (let j = 0; j < answerStems.length; j++) if (holdsAt(at, j)) set |= 1 << j;
    if (boundOfSet[set]! < 0) boundOfSet[set] = boundOf((j) => (set & (1 << j)) !== 0);
    return boundOfSet[set]!;
  };
  // Strictly below: an entry that ties the k-th best might come first in entry order.
  const unreadBound = () => {
    const unread = lists.unreadAnswers();
    return combine(lists.phrasingRemainder(), lists.answerBound(unread.weight, unread.units));
  };
  while (!(retrieval.rankScore(unreadBound()) < kth.threshold)) {
    const stem = lists.advance();
    if (stem < 0) break;
    const gain = query.gains[stem]!;
    for (let at = lists.from; at < lists.to; at++) {
      const norm = normAt[at]!;
      // The phrasing's bound, once for both checks: with the best answer any entry can have, then with
      // what its own entry's answer may hold.
      const phrasingBound = possibleGain(signatureAt[at]!) / (query.norm * norm);
      if (!reachable(phrasingBound, mostAnswer) || !reachable(phrasingBound, answerBoundAt(at))) continue;
      const p = phrasingAt[at]!;
      const entry = entryAt[at]!;
      const dot = phrasingSums[2 * p] === generation ? phrasingSums[2 * p + 1]! + gain : gain;
      phrasingSums[2 * p] = generation;
      phrasingSums[2 * p + 1] = dot;
      if (entryStamp[entry] !== generation ? !sums.touch(entry, isAllowed) : allowedFlag[entry] === 0)
        continue;
      // A phrasing met again is listed again (once its entry is met, it must be): bounds take the max.
      touchedPhrasings.push(p, entry, norm);
      const cosine = dot / (query.norm * norm);
      if (cosine > bestCosine[entry]!) {
        bestCosine[entry] = cosine;
        // Without content words the lower bound is at most the cosine: one comparison settles most.
        if (cosine > cut.short || answerUnits[entry] !== 0) raise(entry);
      }
    }
    const content = lists.answers;
    if (content) {
      const { entries, weights, units } = content;
      for (let j = 0; j < entries.length; j++) {
        const entry = entries[j]!;
        if (!sums.touch(entry, isAllowed)) continue;
        sums.addAnswer(entry, gain * weights[j]!, units[j]!);
        raise(entry);
      }
    }
  }
  return kth;
}

/** Answer bounds are remembered per set of question stems up to this many stems (2^12 slots). */
const MAX_CACHED_STEMS = 12;

/**
 * @returns for a phrasing signature, the summed gains of the question stems whose bits it has: a
 *   table per bit, so a phrasing holding one question stem costs one or two lookups
 */
function signatureGains(query: Query): (signature: number) => number {
  const gainOfBit = new Float64Array(32);
  let queryBits = 0;
  for (let i = 0; i < query.gains.length; i++) {
    const bit = query.phrasingBits[i]!;
    if (bit === 0) continue;
    const at = 31 - Math.clz32(bit);
    gainOfBit[at] = gainOfBit[at]! + query.gains[i]!;
    queryBits |= bit;
  }
  return (signature) => {
    let bits = signature & queryBits;
    let gain = 0;
    while (bits !== 0) {
      const lowest = bits & -bits;
      gain += gainOfBit[31 - Math.clz32(lowest)]!;
      bits ^= lowest;
    }
    return gain;
  };
}

/** The scoring rule's combination, widened by the float slack: an upper bound. */
export function combine(phrasing: number, answer: number): number {
  return Math.min(1, scoreCombine(phrasing, answer) * SLACK);
}

/** What the entry scores at least, from the sums so far (narrowed by the float slack). */
function lowerBound(sums: Accumulators, query: Query, entry: number): number {
  const content = contentScore(sums.answerWeight[entry]!, sums.answerUnits[entry]!, query.answerNorm);
  return scoreCombine(sums.bestCosine[entry]!, content) / SLACK;
}
