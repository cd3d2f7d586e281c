/**
 * Whether words written together could be a known word, told without building the joined string:
 * a bit per (first two letters, last letter, length) of the known words. The spelling corrector
 * asks about every two and three neighbouring words of every analysed text ("relatie beheerder",
 * "van te voren"), and nearly all are no word; joining each pair (a new string, hashed for the
 * set look-up) was the largest cost of a turn's policy in one place (4 % of respond() on the bench
 * questions, profiled 2026-12-07). A set bit only says "maybe": the known words then decide, so
 * the answers are exactly those of the look-up alone.
 */

/** 2^20 bits (128 KB per vocabulary): few enough known words share a bit to leave most pairs out. */
const BITS = 20;
const MASK = (1 << BITS) - 1;

/** The bit of a word with these letters and length (any mix of them: a collision only costs a look-up). */
function bitOf(first: number, second: number, last: number, length: number): number {
  let h = Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca77);
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae3d) ^ Math.imul(last, 0x27d4eb2f) ^ Math.imul(length, 0x165667b1);
  return (h ^ (h >>> 13)) & MASK;
}

/** The character code at `i` of a + b, without joining them. */
function codeAt(a: string, b: string, i: number): number {
  return i < a.length ? a.charCodeAt(i) : b.charCodeAt(i - a.length);
}

export class JoinedWordFilter {
  private readonly bits = new Uint32Array(1 << (BITS - 5));

  constructor(known: Iterable<string>) {
    for (const word of known) {
      if (word.length < 2) continue; // two words written together have two letters at least
      this.set(bitOf(word.charCodeAt(0), word.charCodeAt(1), word.charCodeAt(word.length - 1), word.length));
    }
  }

  /** False when `head` + `tail` (both non-empty) is certainly no known word; true when it may be one. */
  mayBeKnown(head: string, tail: string): boolean {
    const length = head.length + tail.length;
    return this.has(
      bitOf(head.charCodeAt(0), codeAt(head, tail, 1), tail.charCodeAt(tail.length - 1), length),
    );
  }

  /** As mayBeKnown, for `first` + `second` + `third` (the first and the last non-empty). */
  mayBeKnownThree(first: string, second: string, third: string): boolean {
    const length = first.length + second.length + third.length;
    const at1 = first.length > 1 ? first.charCodeAt(1) : codeAt(second, third, 1 - first.length);
    return this.has(bitOf(first.charCodeAt(0), at1, third.charCodeAt(third.length - 1), length));
  }

  private set(bit: number): void {
    this.bits[bit >>> 5]! |= 1 << (bit & 31);
  }

  private has(bit: number): boolean {
    return (this.bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }
}
