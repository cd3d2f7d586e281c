/**
 * The k best candidates seen so far, best first, by the score they will be
 * ranked by and, between equal scores, the entry order the matcher sorts by.
 * k is a few dozen, so a sorted array with insertion beats a heap and keeps
 * the result in order without a final sort.
 */
import type { EntryScore } from './entryScore';

interface Ranked {
  candidate: EntryScore;
  key: number;
  order: number;
}

export class TopK {
  private readonly kept: Ranked[] = [];

  constructor(
    private readonly k: number,
    private readonly keyOf: (score: number) => number,
    /** Entry number → its place among equal scores (a typed array: no string hashing per offer). */
    private readonly orderOf: Int32Array,
    /** Keys below this are not wanted at all (the caller holds k better elsewhere). */
    private readonly floor = -Infinity,
  ) {}

  /** The key a candidate must reach to get in: the floor until k are kept. */
  get threshold(): number {
    if (this.kept.length < this.k) return this.floor;
    return Math.max(this.floor, this.kept[this.kept.length - 1]!.key);
  }

  offer(candidate: EntryScore): void {
    const ranked = { candidate, key: this.keyOf(candidate.score), order: this.orderOf[candidate.entry]! };
    if (ranked.key < this.floor) return;
    let at = this.kept.length;
    while (at > 0 && before(ranked, this.kept[at - 1]!)) at--;
    if (at >= this.k) return;
    this.kept.splice(at, 0, ranked);
    if (this.kept.length > this.k) this.kept.pop();
  }

  /** Best first. */
  candidates(): EntryScore[] {
    return this.kept.map((r) => r.candidate);
  }
}

function before(a: Ranked, b: Ranked): boolean {
  return a.key > b.key || (a.key === b.key && a.order < b.order);
}
