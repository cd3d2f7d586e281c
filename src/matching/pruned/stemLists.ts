/**
 * The postings of a question's stems as pruned retrieval reads them: per stem,
 * its phrasings shortest norm first (read a few at a time) and the entries
 * whose content holds it, with the field weight it has there (read whole; the
 * names say "answer" for the content: concepts, answer text, examples, list).
 * Knows how much any posting not yet read can still add, and reads next where
 * that falls most (rare stems first).
 */
import type { ContentList, Postings } from './postings';
import type { Query } from './query';
import { contentScore } from '../scoreFormula';

/** Float sums in another order may differ in the last bits: bounds are widened by this much. */
export const SLACK = 1 + 1e-9;

/** Phrasings read from one list before choosing again: choosing costs a pass over the stems. */
const BATCH = 16;

export class StemLists {
  /** Per stem, where its next unread posting is in postings.byNorm, and where its postings end. */
  private readonly heads: Int32Array;
  private readonly ends: Int32Array;
  /** Per stem, what its next unread phrasing can add to a cosine (0 once read to the end). */
  private readonly headGains: Float64Array;
  /**
   * Per stem, the norm of its next unread phrasing (Infinity once read to the end): a phrasing met
   * may still be in a list only if the list's head has not passed its norm.
   */
  readonly headNorm: Float64Array;
  private readonly answersRead: boolean[];
  /**
   * The most the stems whose content lists are unread can add: each stem's gain times the heaviest
   * weight in its list, and the most units (kept, not recounted per batch).
   */
  private unread = { weight: 0, units: 0 };
  /** After advance: the postings read are byNorm's from … to-1; none when an answer list was read. */
  from = 0;
  to = 0;
  /** After advance: the answer list read, if that is what was read. */
  answers: ContentList | undefined;
  private readonly mostWeights: Float64Array;
  private readonly mostUnitsOf: Uint8Array;

  constructor(
    private readonly postings: Postings,
    private readonly query: Query,
  ) {
    const count = query.stems.length;
    const { start } = postings.byNorm;
    this.heads = new Int32Array(count);
    this.ends = new Int32Array(count);
    this.answersRead = new Array<boolean>(count);
    this.headGains = new Float64Array(count);
    this.headNorm = new Float64Array(count);
    this.mostWeights = new Float64Array(count);
    this.mostUnitsOf = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      const list = postings.answers.get(query.stems[i]!);
      if (list)
        [this.mostWeights[i], this.mostUnitsOf[i]] = [query.gains[i]! * list.maxWeight, list.maxUnits];
      const id = query.ids[i]!;
      // A stem no text uses has no postings (an empty range).
      if (id >= 0) [this.heads[i], this.ends[i]] = [start[id]!, start[id + 1]!];
      this.answersRead[i] = !postings.answers.has(query.stems[i]!);
      this.headGains[i] = this.headGain(i);
      this.headNorm[i] = this.normAtHead(i);
    }
    this.countUnreadAnswers();
  }

  /**
   * The most the phrasings not read yet can add to a cosine: a phrasing at or after the head of a
   * stem's list has at least the head's norm, so that stem adds at most gain / (query norm × that norm).
   */
  phrasingRemainder(): number {
    let sum = 0;
    for (let i = 0; i < this.headGains.length; i++) sum += this.headGains[i]!;
    return Math.min(1, sum * SLACK);
  }

  /** The most the stems whose content lists are unread can add: weight and units. */
  unreadAnswers(): { readonly weight: number; readonly units: number } {
    return this.unread;
  }

  /** The most stem i can add to an entry's content weight (its gain times its list's heaviest weight). */
  mostWeight(i: number): number {
    return this.mostWeights[i]!;
  }

  /** The most evidence units stem i can add to an entry's content. */
  mostUnits(i: number): number {
    return this.mostUnitsOf[i]!;
  }

  /** The stems that have answer lists (read or not). */
  answerStems(): number[] {
    const stems: number[] = [];
    for (let i = 0; i < this.answersRead.length; i++)
      if (this.postings.answers.has(this.query.stems[i]!)) stems.push(i);
    return stems;
  }

  /** The stems whose answer lists are unread. */
  unreadAnswerStems(): number[] {
    const stems: number[] = [];
    for (let i = 0; i < this.answersRead.length; i++) if (!this.answersRead[i]) stems.push(i);
    return stems;
  }

  private countUnreadAnswers(): void {
    let weight = 0;
    let units = 0;
    for (let i = 0; i < this.answersRead.length; i++) {
      if (this.answersRead[i]) continue;
      weight += this.mostWeight(i);
      units += this.mostUnits(i);
    }
    this.unread = { weight, units };
  }

  /** The most a content can score, given the weight and units found in it and what is unread. */
  answerBound(weight: number, units: number): number {
    return Math.min(1, contentScore(weight, units, this.query.answerNorm) * SLACK);
  }

  /**
   * Reads on where the remaining bound falls most: the next few phrasings of the stem whose head
   * weighs most, or a whole answer list when an unread stem's answer share weighs more. Sets
   * from/to or answers (fields, not a returned object: this runs for every few postings).
   * @returns the stem read, or -1 when every list is read
   */
  advance(): number {
    let stem = -1;
    let most = 0;
    for (let i = 0; i < this.headGains.length; i++) {
      if (this.heads[i]! >= this.ends[i]!) continue;
      const gain = this.headGains[i]!;
      if (stem < 0 || gain > most) [stem, most] = [i, gain];
    }
    const answer = this.heaviestUnreadAnswer();
    if (answer >= 0 && (stem < 0 || this.answerShare(answer) >= most)) {
      this.answersRead[answer] = true;
      this.countUnreadAnswers();
      this.answers = this.postings.answers.get(this.query.stems[answer]!)!;
      this.from = this.to = 0;
      return answer;
    }
    if (stem < 0) return -1;
    this.answers = undefined;
    this.from = this.heads[stem]!;
    this.to = Math.min(this.from + BATCH, this.ends[stem]!);
    this.heads[stem] = this.to;
    this.headGains[stem] = this.headGain(stem);
    this.headNorm[stem] = this.normAtHead(stem);
    return stem;
  }

  private normAtHead(i: number): number {
    return this.heads[i]! < this.ends[i]! ? this.postings.byNorm.norm[this.heads[i]!]! : Infinity;
  }

  private headGain(i: number): number {
    if (this.heads[i]! >= this.ends[i]!) return 0;
    return this.query.gains[i]! / (this.query.norm * this.postings.byNorm.norm[this.heads[i]!]!);
  }

  private answerShare(i: number): number {
    return this.mostWeight(i) / this.query.answerNorm;
  }

  private heaviestUnreadAnswer(): number {
    let heaviest = -1;
    for (let i = 0; i < this.answersRead.length; i++) {
      if (!this.answersRead[i] && (heaviest < 0 || this.mostWeight(i) > this.mostWeight(heaviest)))
        heaviest = i;
    }
    return heaviest;
  }
}
