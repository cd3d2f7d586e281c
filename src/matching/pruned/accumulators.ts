/**
 * Per-question partial sums for pruned retrieval, in typed arrays sized to the
 * index and reused from question to question: a generation stamp marks which
 * slots belong to the current question, so nothing is cleared or allocated per
 * entry. One set per language index; retrieval is synchronous, so a question
 * never shares them with another.
 *
 * The arrays are public: the postings loop reads and writes them directly, a
 * few thousand times per question, where a method call per posting showed in
 * the profile.
 */
import type { Postings } from './postings';

export class Accumulators {
  /** The current question's stamp: a slot whose stamp differs is empty. */
  generation = 0;
  /**
   * Per phrasing index p: at 2p the stamp of the question whose sum is at 2p+1, the gains of the
   * question stems read in it so far. Side by side, so a posting costs one cache line, not two.
   */
  readonly phrasingSums: Float64Array;
  /** Entry number → stamp of the question that met it. */
  readonly entryStamp: Uint32Array;
  /** Entry number → allowed (1) or not (0) for this question, once touched. */
  readonly allowedFlag: Uint8Array;
  /** Entry number → stamp of the question that scored it exactly. */
  private readonly scoredStamp: Uint32Array;
  /** Best cosine of the entry's phrasings so far, from partial dot products (a lower bound). */
  readonly bestCosine: Float64Array;
  /** Weighted gain of the question stems found in the entry's content so far, and their evidence units. */
  readonly answerWeight: Float64Array;
  readonly answerUnits: Uint16Array;
  /** Entries touched by this question (allowed ones only), in the order met. */
  readonly touched: number[] = [];
  /** Phrasings touched by this question, in the order met, each followed by its entry and norm. */
  readonly touchedPhrasings: number[] = [];
  /** Entry number → the most any of its phrasings met can score (filled at the end). */
  readonly upperCosine: Float64Array;

  constructor(postings: Postings) {
    const phrasings = postings.phrasingEntry.length;
    const entries = postings.entryIds.length;
    this.phrasingSums = new Float64Array(2 * phrasings);
    this.entryStamp = new Uint32Array(entries);
    this.allowedFlag = new Uint8Array(entries);
    this.scoredStamp = new Uint32Array(entries);
    this.bestCosine = new Float64Array(entries);
    this.upperCosine = new Float64Array(entries);
    this.answerWeight = new Float64Array(entries);
    this.answerUnits = new Uint16Array(entries);
  }

  /** Starts a question: every slot reads as empty again. */
  begin(): void {
    this.generation++;
    this.touched.length = 0;
    this.touchedPhrasings.length = 0;
  }

  /**
   * Marks the entry as met (asking `allowed` once) and clears its slots on first meeting.
   * @returns whether the entry may be a candidate
   */
  touch(entry: number, allowed: ((entry: number) => boolean) | undefined): boolean {
    if (this.entryStamp[entry] === this.generation) return this.allowedFlag[entry] === 1;
    this.entryStamp[entry] = this.generation;
    const ok = !allowed || allowed(entry);
    this.allowedFlag[entry] = ok ? 1 : 0;
    this.bestCosine[entry] = 0;
    this.upperCosine[entry] = 0;
    this.answerWeight[entry] = 0;
    this.answerUnits[entry] = 0;
    if (ok) this.touched.push(entry);
    return ok;
  }

  /** The entry's content holds a question stem: its gain times the field's weight, and its units. */
  addAnswer(entry: number, weight: number, units: number): void {
    this.answerWeight[entry] = this.answerWeight[entry]! + weight;
    this.answerUnits[entry] = this.answerUnits[entry]! + units;
  }

  markScored(entry: number): void {
    this.scoredStamp[entry] = this.generation;
  }

  wasScored(entry: number): boolean {
    return this.scoredStamp[entry] === this.generation;
  }
}
