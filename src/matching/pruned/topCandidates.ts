/**
 * The k best candidates of one language, exactly as the exhaustive scorer
 * ranks them, without scoring every entry that shares a word with the
 * question: a threshold algorithm (Fagin et al.) over the question stems'
 * postings (stemLists.ts, readPostings.ts), reading rare stems first and each common stem's
 * phrasings only while they are short enough to matter.
 *
 * While reading, partial sums give each entry met a lower bound, and the k-th
 * best lower bound is a threshold; what no posting read so far can still add
 * bounds everything else. Reading stops when an entry not met yet cannot reach
 * the threshold. Then only the entries met whose upper bound still reaches it
 * are scored exactly (entryScore.ts), and the best k of those are returned.
 */
import type { AnalyzedToken } from '../../text/pipeline';
import type { LanguageIndex } from '../languageIndex';
import type { MatcherOptions } from '../matcherOptions';
import { prepareQuery, type Query } from './query';
import { answerSignal, coverageOf, scoreEntry, type EntryScore } from './entryScore';
import type { Candidate } from '../scorer';
import { TopK } from './topK';
import { SLACK, StemLists } from './stemLists';
import { combine, readPostings } from './readPostings';
import { Accumulators } from './accumulators';
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
  const lists = new StemLists(postings, query);
  const kth = readPostings(postings, query, retrieval, lists, sums);

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
  const score = (entry: number, answer = answerSignal(index, query, entry)) => {
    const scored = scoreEntry(index, query, entry, answer);
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
    let answerUnits = sums.answerUnits[entry]!;
    if (!reaches(phrasing, lists.answerBound(answerWeight + unread.weight, answerUnits + unread.units)))
      continue;
    if (sums.wasScored(entry)) continue;
    // Of the stems whose answer lists are unread, the answer holds at most those its signature has.
    for (const i of unreadStems) {
      if (!answerMayHold(answerSignature, entry, query.answerSlots[i]!)) continue;
      answerWeight += lists.mostWeight(i);
      answerUnits += lists.mostUnits(i);
    }
    if (!reaches(phrasing, lists.answerBound(answerWeight, answerUnits))) continue;
    const answer = answerSignal(index, query, entry);
    if (reaches(phrasing, Math.min(1, (answer ?? 0) * SLACK))) score(entry, answer);
  }
  return top.candidates().map((scored) => candidateOf(index, query, scored));
}

function candidateOf(index: LanguageIndex, query: Query, scored: EntryScore): Candidate {
  const { score, phrasingScore, answerScore, phrasing } = scored;
  const entryId = index.postings.entryIds[scored.entry]!;
  const coverage = coverageOf(index, query, scored.entry);
  const candidate: Candidate = {
    entryId,
    score,
    language: index.language,
    phrasingScore,
    answerScore,
    coverage,
  };
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
