/**
 * The k best candidates of one language, exactly as the exhaustive scorer
 * ranks them, without scoring every entry that shares a word with the
 * question: a threshold algorithm (Fagin et al.) over the question stems'
 * postings (stemLists.ts), reading rare stems first and each common stem's
 * phrasings only while they are short enough to matter.
 *
 * While reading, partial sums give each entry met a lower bound, and the k-th
 * best lower bound is a threshold; what no posting read so far can still add
 * bounds everything else. Reading stops when an entry not met yet cannot reach
 * the threshold. Then only the entries met whose upper bound still reaches it
 * are scored exactly (entryScore.ts), and the best k of those are returned.
 */
import type { AnalyzedToken } from '../text/pipeline';
import type { LanguageIndex } from './languageIndex';
import type { MatcherOptions } from './matcherOptions';
import { prepareQuery, type Query } from './query';
import { answerSignal, scoreEntry, type EntryScore } from './entryScore';
import type { Candidate } from './scorer';
import { TopK } from './topK';
import { SLACK, StemLists } from './stemLists';
import { Accumulators } from './accumulators';
import { KthBest } from './kthBest';
import { RankCut } from './rankCut';
import { answerMayHold } from './signatures';
import type { Postings } from './postings';

export interface Retrieval {
  k: number;
  allowed?: (entryId: string) => boolean;
  /** The score a candidate is finally ranked by, from its score here; never falls as the score rises. */
  rankScore: (score: number) => number;
  /** Entry id → its place among equal scores. */
  order: ReadonlyMap<string, number>;
  /**
   * Candidates whose rank score is below this are not wanted: the caller already holds k candidates
   * at least this good (from the other language, say). Pruning starts from it.
   */
  floor?: number;
}

const accumulators = new WeakMap<LanguageIndex, Accumulators>();
/** Per index, the entries' places among equal scores by entry number, for the order last asked for. */
const orders = new WeakMap<Postings, { order: ReadonlyMap<string, number>; byNumber: Int32Array }>();

/** @returns the k best candidates (none below the floor), best first */
export function topCandidates(
  index: LanguageIndex,
  tokens: AnalyzedToken[],
  options: MatcherOptions,
  retrieval: Retrieval,
): Candidate[] {
  const query = prepareQuery(index, tokens, options);
  if (!query) return [];
  const { postings } = index;
  const sums = accumulatorsOf(index);
  sums.begin();
  const lists = new StemLists(postings, query, options);
  const kth = readPostings(postings, query, options, retrieval, lists, sums);

  // A phrasing met holds what was summed plus at most the lists that may still hold it; one not met
  // scores at most the remainder.
  const heads = lists.headNorm;
  const open: number[] = [];
  for (let i = 0; i < heads.length; i++) if (heads[i]! < Infinity) open.push(i);
  const { touchedPhrasings: met, phrasingSums, upperCosine } = sums;
  for (let t = 0; t < met.length; t += 3) {
    const p = met[t]!;
    const entry = met[t + 1]!;
    const norm = met[t + 2]!;
    let missing = 0;
    for (const i of open) if (heads[i]! <= norm) missing += query.gains[i]!;
    const upper = (phrasingSums[2 * p + 1]! + missing) / (query.norm * norm);
    if (upper > upperCosine[entry]!) upperCosine[entry] = upper;
  }
  // The k with the best lower bounds, scored exactly, set the bar the others must reach; each entry
  // scored raises it. Most entries fall short on their bounds, the answer (cheap) settles most others.
  const top = new TopK(
    retrieval.k,
    retrieval.rankScore,
    orderByNumber(postings, retrieval.order),
    retrieval.floor,
  );
  const score = (entry: number, answer = answerSignal(index, query, entry, options)) => {
    const scored = scoreEntry(index, query, entry, options, answer);
    if (scored) top.offer(scored);
  };
  for (const entry of kth.members()) {
    sums.markScored(entry);
    score(entry);
  }
  const remainder = lists.phrasingRemainder();
  const cut = new RankCut(retrieval.rankScore, false);
  const reaches = (phrasing: number, answer: number) =>
    !Number.isNaN(cut.key(combine(phrasing, answer), top.threshold));
  const unread = lists.unreadAnswers();
  const unreadStems = lists.unreadAnswerStems();
  const { answerSignature } = postings;
  for (const entry of sums.touched) {
    const phrasing = Math.min(1, Math.max(upperCosine[entry]! * SLACK, remainder));
    let answerWeight = sums.answerWeight[entry]!;
    let answerWords = sums.answerWords[entry]!;
    if (!reaches(phrasing, lists.answerBound(answerWeight + unread.weight, answerWords + unread.words)))
      continue;
    if (sums.wasScored(entry)) continue;
    // Of the stems whose answer lists are unread, the answer holds at most those its signature has.
    for (const i of unreadStems) {
      if (!answerMayHold(answerSignature, entry, query.answerSlots[i]!)) continue;
      answerWeight += query.gains[i]!;
      answerWords++;
    }
    if (!reaches(phrasing, lists.answerBound(answerWeight, answerWords))) continue;
    const answer = answerSignal(index, query, entry, options);
    if (reaches(phrasing, Math.min(1, (answer ?? 0) * SLACK))) score(entry, answer);
  }
  return top.candidates().map((scored) => candidateOf(index, scored));
}

/**
 * Reads the question stems' postings, most promising first, until nothing unread can reach the k-th
 * best lower bound. One pass over a few thousand postings per question at most, so it works on the
 * typed arrays directly.
 * @returns the k entries with the best lower bounds met
 */
function readPostings(
  postings: Postings,
  query: Query,
  options: MatcherOptions,
  retrieval: Retrieval,
  lists: StemLists,
  sums: Accumulators,
): KthBest {
  const allowed = retrieval.allowed;
  const isAllowed = allowed && ((entry: number) => allowed(postings.entryIds[entry]!));
  const kth = new KthBest(retrieval.k, retrieval.floor);
  const cut = new RankCut(retrieval.rankScore, true);
  const raise = (entry: number) => {
    const key = cut.key(lowerBound(sums, query, options, entry), kth.threshold);
    // Most postings raise a weak entry that cannot move the threshold: the cut skips the heap for them.
    if (key === key) kth.raise(entry, key);
  };
  const { phrasing: phrasingAt, entry: entryAt, norm: normAt, signature: signatureAt } = postings.byNorm;
  const { generation, entryStamp, allowedFlag, phrasingSums, bestCosine, answerWords } = sums;
  const { touchedPhrasings } = sums;
  const mostAnswer = lists.answerBound(lists.unreadAnswers().weight, lists.unreadAnswers().words);
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
  const reachable = (signature: number, norm: number) =>
    !Number.isNaN(
      reach.key(combine(possibleGain(signature) / (query.norm * norm), mostAnswer), kth.threshold),
    );
  // The same with the entry's own answer: at most the question stems its answer signature may hold.
  const answerStems = lists.answerStems();
  const { answerSignature } = postings;
  const reachableWith = (signature: number, norm: number, entry: number) => {
    let weight = 0;
    let words = 0;
    for (const i of answerStems) {
      if (!answerMayHold(answerSignature, entry, query.answerSlots[i]!)) continue;
      weight += query.gains[i]!;
      words++;
    }
    const answer = lists.answerBound(weight, words);
    const phrasing = possibleGain(signature) / (query.norm * norm);
    return !Number.isNaN(reach.key(combine(phrasing, answer), kth.threshold));
  };
  // Strictly below: an entry that ties the k-th best might come first in entry order.
  const unreadBound = () => {
    const unread = lists.unreadAnswers();
    return combine(lists.phrasingRemainder(), lists.answerBound(unread.weight, unread.words));
  };
  while (!(retrieval.rankScore(unreadBound()) < kth.threshold)) {
    const stem = lists.advance();
    if (stem < 0) break;
    const gain = query.gains[stem]!;
    for (let at = lists.from; at < lists.to; at++) {
      const norm = normAt[at]!;
      if (!reachable(signatureAt[at]!, norm)) continue;
      const p = phrasingAt[at]!;
      const entry = entryAt[at]!;
      if (entryStamp[entry] !== generation && !reachableWith(signatureAt[at]!, norm, entry)) continue;
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
        // Without answer words the lower bound is at most the cosine: one comparison settles most.
        if (cosine > cut.short || answerWords[entry] !== 0) raise(entry);
      }
    }
    for (const entry of lists.answers ?? []) {
      if (!sums.touch(entry, isAllowed)) continue;
      sums.addAnswer(entry, gain);
      raise(entry);
    }
  }
  return kth;
}

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

function candidateOf(index: LanguageIndex, scored: EntryScore): Candidate {
  const { score, phrasingScore, answerScore, phrasing } = scored;
  const entryId = index.postings.entryIds[scored.entry]!;
  const candidate: Candidate = { entryId, score, language: index.language, phrasingScore, answerScore };
  if (phrasing >= 0) candidate.phrasing = index.phrasings[phrasing]!.text;
  return candidate;
}

function accumulatorsOf(index: LanguageIndex): Accumulators {
  let sums = accumulators.get(index);
  if (!sums) accumulators.set(index, (sums = new Accumulators(index.postings)));
  return sums;
}

function orderByNumber(postings: Postings, order: ReadonlyMap<string, number>): Int32Array {
  let known = orders.get(postings);
  if (known?.order !== order) {
    known = { order, byNumber: Int32Array.from(postings.entryIds, (id) => order.get(id)!) };
    orders.set(postings, known);
  }
  return known.byNumber;
}

/** The scorer's formula: the answer text raises what the phrasings leave open. */
function combine(phrasing: number, answer: number): number {
  return Math.min(1, (phrasing + (1 - phrasing) * answer) * SLACK);
}

/** What the entry scores at least, from the sums so far (narrowed by the float slack). */
function lowerBound(sums: Accumulators, query: Query, options: MatcherOptions, entry: number): number {
  const evidence = Math.min(1, sums.answerWords[entry]! / 2);
  const answer = Math.min(
    1,
    (options.answerTextWeight * sums.answerWeight[entry]! * evidence) / query.answerNorm,
  );
  const phrasing = sums.bestCosine[entry]!;
  return Math.min(1, phrasing + (1 - phrasing) * answer) / SLACK;
}
