/**
 * The k best candidates seen so far, best first, by the score they will be
 * ranked by and, between equal scores, the entry order the matcher sorts by.
 * k is a few dozen, so a sorted array with insertion beats a heap and keeps
 * the result in order without a final sort.
 */
import type { Candidate } from './scorer';

interface Ranked {
  candidate: Candidate;
  key: number;
  order: number;
}

export class TopK {
  private readonly kept: Ranked[] = [];

  constructor(
    private readonly k: number,
    private readonly keyOf: (score: number) => number,
    private readonly orderOf: ReadonlyMap<string, number>,
  ) {}

  /** The key a candidate must beat to get in; -Infinity until k are kept. */
  get threshold(): number {
    return this.kept.length < this.k ? -Infinity : this.kept[this.kept.length - 1]!.key;
  }

  offer(candidate: Candidate): void {
    const ranked = {
      candidate,
      key: this.keyOf(candidate.score),
      order: this.orderOf.get(candidate.entryId)!,
    };
    let at = this.kept.length;
    while (at > 0 && before(ranked, this.kept[at - 1]!)) at--;
    if (at >= this.k) return;
    this.kept.splice(at, 0, ranked);
    if (this.kept.length > this.k) this.kept.pop();
  }

  /** Best first. */
  candidates(): Candidate[] {
    return this.kept.map((r) => r.candidate);
  }
}

function before(a: Ranked, b: Ranked): boolean {
  return a.key > b.key || (a.key === b.key && a.order < b.order);
}
