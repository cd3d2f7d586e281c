/**
 * Exhaustive scoring of one language: every entry that shares a stem with the
 * question, scored by the rule in scoreFormula.ts. Only phrasings and contents
 * that share a stem with the question are touched (inverted indexes), so a
 * turn's cost follows the question, not the size of the knowledge base; the
 * matcher uses this up to `maxCandidates` entries and the pruned path
 * (pruned/) above, which returns the same best candidates.
 */
import type { Language } from '../text/language';
import type { AnalyzedToken } from '../text/pipeline';
import type { LanguageIndex } from './languageIndex';
import type { MatcherOptions } from './matcherOptions';
import { combine, contentNorm, contentScore, queryWeights } from './scoreFormula';

export interface Candidate {
  entryId: string;
  /** Confidence from 0 to 1. */
  score: number;
  language: Language;
  phrasingScore: number;
  answerScore: number;
  /** The phrasing that matched best. */
  phrasing?: string;
  /** Share of the question's weight the entry holds anywhere (scoreFormula.ts). */
  coverage: number;
}

const everyEntry = () => true;

/** @returns one candidate per entry that shares a stem with the question, in no particular order */
export function scoreEntries(
  index: LanguageIndex,
  tokens: AnalyzedToken[],
  options: MatcherOptions,
  allowed: (entryId: string) => boolean = everyEntry,
): Candidate[] {
  const weights = queryWeights(index, tokens, options);
  const queryNorm = Math.hypot(...weights.values());
  if (queryNorm === 0) return [];
  const sums = overlaps(index, weights);
  const total = sums.total;

  const { entryIds, phrasingEntry } = index.postings;
  const found: Candidate[] = [];
  const foundEntries: number[] = [];
  const candidate = (entry: number) => {
    const at = sums.candidateAt(entry);
    if (at >= 0) return found[at]!;
    const c: Candidate = {
      entryId: entryIds[entry]!,
      score: 0,
      language: index.language,
      phrasingScore: 0,
      answerScore: 0,
      coverage: sums.held[entry]! / total,
    };
    sums.setCandidateAt(entry, found.push(c) - 1);
    foundEntries.push(entry);
    return c;
  };
  // One closure per call, not one per phrasing met (it showed in the allocation profile).
  const ask = (entry: number) => allowed(entryIds[entry]!);
  const ok = allowed === everyEntry ? undefined : (entry: number) => sums.allowed(entry, ask);
  const { phrasingNorm } = index.postings;
  for (let i = 0; i < sums.phrasingCount; i++) {
    const p = sums.phrasings[i]!;
    const entry = phrasingEntry[p]!;
    if (ok && !ok(entry)) continue;
    const score = sums.dots[p]! / (queryNorm * phrasingNorm[p]!);
    const c = candidate(entry);
    if (score > c.phrasingScore) {
      c.phrasingScore = score;
      sums.bestPhrasing[entry] = p;
    }
  }
  // The best phrasing's text, once per candidate (not per phrasing that improved on another).
  found.forEach((c, i) => {
    if (c.phrasingScore > 0) c.phrasing = index.phrasings[sums.bestPhrasing[foundEntries[i]!]!]!.text;
  });
  const norm = contentNorm(index, weights);
  for (let i = 0; i < sums.contentCount; i++) {
    const entry = sums.contents[i]!;
    if (ok && !ok(entry)) continue;
    candidate(entry).answerScore = contentScore(sums.weight[entry]!, sums.units[entry]!, norm);
  }
  for (const c of found) c.score = combine(c.phrasingScore, c.answerScore);
  // Unsorted: the matcher merges both languages and sorts once (with thousands of entries, sorting is
  // most of a turn's cost).
  return found;
}

/**
 * Per-question sums in typed arrays sized to the index, reused from question to question (scoring
 * is synchronous, so questions never share them): a stamp per slot tells this question's sums from
 * the last one's, so nothing is cleared or allocated per entry. Maps keyed by entry id cost a hash
 * per posting, and at the FAQ's size this loop is most of a match.
 */
class Sums {
  private stamp = 0;
  readonly dots: Float64Array;
  private readonly dotStamp: Uint32Array;
  readonly weight: Float64Array;
  readonly units: Float64Array;
  readonly held: Float64Array;
  private readonly entryStamp: Uint32Array;
  private readonly contentStamp: Uint32Array;
  /** Entry → where its candidate is in this question's list, and whether it is allowed (asked once). */
  private readonly candidateStamp: Uint32Array;
  private readonly candidateSlot: Int32Array;
  private readonly allowedStamp: Uint32Array;
  private readonly allowedFlag: Uint8Array;
  /** Entry → its best phrasing so far (valid while its candidate is this question's). */
  readonly bestPhrasing: Int32Array;
  /**
   * This question's phrasings and contents met, in the order first met: the first `phrasingCount`
   * and `contentCount` slots (each is met once per question, so the index's size always suffices;
   * a plain array emptied per question would reallocate its storage every time).
   */
  readonly phrasings: Int32Array;
  readonly contents: Int32Array;
  phrasingCount = 0;
  contentCount = 0;
  /** The question's whole gain (the sum of its stems' gains, in stem order): coverage's denominator. */
  total = 0;

  constructor(phrasings: number, entries: number) {
    this.dots = new Float64Array(phrasings);
    this.phrasings = new Int32Array(phrasings);
    this.contents = new Int32Array(entries);
    this.dotStamp = new Uint32Array(phrasings);
    this.weight = new Float64Array(entries);
    this.units = new Float64Array(entries);
    this.held = new Float64Array(entries);
    this.entryStamp = new Uint32Array(entries);
    this.contentStamp = new Uint32Array(entries);
    this.candidateStamp = new Uint32Array(entries);
    this.candidateSlot = new Int32Array(entries);
    this.allowedStamp = new Uint32Array(entries);
    this.allowedFlag = new Uint8Array(entries);
    this.bestPhrasing = new Int32Array(entries);
  }

  /** @returns where the entry's candidate is in this question's list, -1 when it has none yet */
  candidateAt(entry: number): number {
    return this.candidateStamp[entry] === this.stamp ? this.candidateSlot[entry]! : -1;
  }

  setCandidateAt(entry: number, at: number): void {
    this.candidateStamp[entry] = this.stamp;
    this.candidateSlot[entry] = at;
  }

  /** Whether the entry may be a candidate, asking `ask` once per question. */
  allowed(entry: number, ask: (entry: number) => boolean): boolean {
    if (this.allowedStamp[entry] !== this.stamp) {
      this.allowedStamp[entry] = this.stamp;
      this.allowedFlag[entry] = ask(entry) ? 1 : 0;
    }
    return this.allowedFlag[entry] === 1;
  }

  begin(): void {
    this.stamp++;
    this.phrasingCount = 0;
    this.contentCount = 0;
    this.total = 0;
  }

  addDot(p: number, gain: number): void {
    if (this.dotStamp[p] === this.stamp) this.dots[p] = this.dots[p]! + gain;
    else {
      this.dotStamp[p] = this.stamp;
      this.dots[p] = gain;
      this.phrasings[this.phrasingCount++] = p;
    }
  }

  addContent(entry: number, weight: number, units: number): void {
    if (this.contentStamp[entry] === this.stamp) {
      this.weight[entry] = this.weight[entry]! + weight;
      this.units[entry] = this.units[entry]! + units;
    } else {
      this.contentStamp[entry] = this.stamp;
      this.weight[entry] = weight;
      this.units[entry] = units;
      this.contents[this.contentCount++] = entry;
    }
  }

  /** The entry holds a question stem of this gain (each entry is listed once per stem). */
  hold(entry: number, gain: number): void {
    if (this.entryStamp[entry] === this.stamp) this.held[entry] = this.held[entry]! + gain;
    else {
      this.entryStamp[entry] = this.stamp;
      this.held[entry] = gain;
    }
  }
}

const scratch = new WeakMap<LanguageIndex, Sums>();

/**
 * Through the inverted indexes: dot products with the phrasings, weight covered in each entry's
 * content, and the gain of the question stems each entry holds anywhere (for coverage), each summed
 * in the question's stem order (the pruned path sums in the same order, for identical scores).
 */
function overlaps(index: LanguageIndex, weights: Map<string, number>): Sums {
  const { phrasingEntry, entryIds } = index.postings;
  let sums = scratch.get(index);
  if (!sums) scratch.set(index, (sums = new Sums(phrasingEntry.length, entryIds.length)));
  sums.begin();
  // forEach: no [stem, weight] pair allocated per stem; each stem's record is looked up once.
  weights.forEach((weight, stem) => {
    const postings = index.stems.get(stem);
    // index.idf(stem), from the record: a stem no entry uses has none, and the highest IDF.
    const gain = weight * (postings ? postings.idf : index.maxIdf);
    sums.total += gain;
    if (!postings) return;
    const { phrasings, content, holders } = postings;
    if (phrasings) for (let i = 0; i < phrasings.length; i++) sums.addDot(phrasings[i]!, gain);
    if (content) {
      const { entries, weights: fieldWeights, units } = content;
      for (let i = 0; i < entries.length; i++)
        sums.addContent(entries[i]!, gain * fieldWeights[i]!, units[i]!);
    }
    if (holders) for (let i = 0; i < holders.length; i++) sums.hold(holders[i]!, gain);
  });
  return sums;
}
