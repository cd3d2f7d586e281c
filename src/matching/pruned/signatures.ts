/**
 * One-hash Bloom filters of stem ids: per phrasing one 32-bit word, per answer
 * four (answers hold a few dozen stems). A clear bit proves the stem absent, so
 * exact scoring skips the binary search for most question stems, and pruning
 * bounds an answer by the stems whose bits are set without reading it.
 * A set bit proves nothing: those stems are still looked up.
 */

/** Words per answer signature. */
export const ANSWER_WORDS = 4;

/** Fibonacci hashing: stem ids are numbered in order of appearance, so spread them over the bits. */
function hash(id: number): number {
  return Math.imul(id, 0x9e3779b1) >>> 0;
}

/** The bit of a stem id in a phrasing's word. */
export function phrasingBit(id: number): number {
  return 1 << (hash(id) >>> 27);
}

/** Where a stem id's bit is in an answer's words: word × 32 + bit. */
export function answerSlot(id: number): number {
  return hash(id) >>> 25;
}

/** @returns one word per list, with the bits of the list's ids */
export function phrasingSignatures(lists: readonly ArrayLike<number>[]): Uint32Array {
  const words = new Uint32Array(lists.length);
  lists.forEach((ids, i) => {
    for (let j = 0; j < ids.length; j++) words[i] = words[i]! | phrasingBit(ids[j]!);
  });
  return words;
}

/** @returns ANSWER_WORDS words per list, with the bits of the list's ids */
export function answerSignatures(lists: readonly ArrayLike<number>[]): Uint32Array {
  const words = new Uint32Array(lists.length * ANSWER_WORDS);
  lists.forEach((ids, i) => {
    for (let j = 0; j < ids.length; j++) {
      const slot = answerSlot(ids[j]!);
      const at = i * ANSWER_WORDS + (slot >>> 5);
      words[at] = words[at]! | (1 << (slot & 31));
    }
  });
  return words;
}

/** Whether answer signature number `at` (an entry's, or a posting's) may hold the stem in `slot`. */
export function answerMayHold(signatures: Uint32Array, at: number, slot: number): boolean {
  return (signatures[at * ANSWER_WORDS + (slot >>> 5)]! & (1 << (slot & 31))) !== 0;
}
