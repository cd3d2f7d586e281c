/**
 * Corrects a misspelt word against the vocabulary of the knowledge base. The
 * search runs over the vocabulary, not over every entry, and only over the
 * words that could be meant: those with an allowed first letter and a length
 * within the edit limit (one bucket each), whose letters differ little enough
 * (a bit mask of the letters each word uses: one edit changes at most two
 * bits). Only those few go through the edit distance and fuse.js's score, so a
 * correction stays cheap when the vocabulary grows to tens of thousands of
 * words (the matcher bench at 10 000 entries keeps it honest). The edit distance decides between candidates.
 */
import Fuse from 'fuse.js';
import { editDistance } from './editDistance';
import { memoize } from './memoize';
import { JoinedWordFilter } from './joinedWordFilter';

export interface Correction {
  word: string;
  /** Edits between what was typed and the correction; 0 when nothing was corrected. */
  distance: number;
}

/** Edits allowed for a word of this length: short words must be nearly right. */
function maxEdits(length: number): number {
  if (length <= 4) return 1;
  if (length <= 8) return 2;
  return 3;
}

/**
 * How a Dutch word sounds, roughly: the spellings of one sound made one ("c"/"k", "ph"/"f", "ei"/"ij",
 * "dt"/"t", "z"/"s") and double letters single. Only to prefer, of equally close corrections, the
 * one a visitor who spells by ear meant.
 */
function soundOf(word: string): string {
  return (
    word
      .replace(/ch/g, 'X')
      .replace(/c/g, 'k')
      .replace(/ph/g, 'f')
      .replace(/ei|y/g, 'ij')
      .replace(/dt\b/g, 't')
      // a final d sounds as t ("gelt": "geld", not "geldt")
      .replace(/d\b/g, 't')
      .replace(/z/g, 's')
      .replace(/(.)\1/g, '$1')
  );
}

/** Letters Dutch visitors swap at the start of a word because they sound alike. */
const SOUND_ALIKE = ['ck', 'ei', 'gh', 'sz', 'fv'];

/**
 * People rarely get the first letter wrong, except for letters that sound
 * alike ("kordinator"): requiring it keeps "richt" from becoming "zicht".
 */
function sameStart(typed: string, known: string): boolean {
  const a = typed[0]!;
  const b = known[0]!;
  if (a === b || typed.slice(0, 2) === known[1]! + known[0]!) return true;
  return SOUND_ALIKE.some((pair) => pair.includes(a) && pair.includes(b));
}

/** First letters a known word may have for `sameStart` to accept it: the typed one, its sound-alikes, the second. */
function possibleStarts(typed: string): Set<string> {
  const a = typed[0]!;
  const starts = new Set([a, typed[1] ?? a]);
  for (const pair of SOUND_ALIKE) if (pair.includes(a)) for (const letter of pair) starts.add(letter);
  return starts;
}

/** One bit per letter used (letters folded onto 31 bits): an edit changes at most two bits. */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) % 31);
  return mask;
}

/** Bits set in a 32-bit number, in constant time (the search counts them for thousands of words). */
function bitCount(n: number): number {
  n = n - ((n >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (Math.imul((n + (n >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

interface Bucketed {
  word: string;
  mask: number;
}

const CACHE_SIZE = 10_000;

export class SpellingCorrector {
  private readonly known: Set<string>;
  /** The length of the longest known word: two words longer together cannot make one. */
  private readonly longest: number;
  /** Leaves out, without joining them, the neighbouring words that together are certainly no known word. */
  private readonly joined: JoinedWordFilter;
  /** "first letter/length" → the vocabulary words that start with that letter and have that length */
  private readonly buckets = new Map<string, Bucketed[]>();
  /** correct()'s answers, per typed word: this vocabulary's, so a reload (a new corrector) starts afresh. */
  private readonly remembered = memoize(CACHE_SIZE, (word) => this.search(word));

  /**
   * @param vocabulary every word the knowledge base uses, with how many entries use it
   *   (a tie between two corrections goes to the more common word)
   */
  constructor(
    private readonly vocabulary: ReadonlyMap<string, number>,
    private readonly stems: ReadonlySet<string>,
    private readonly options: { minLength: number; threshold: number },
  ) {
    this.known = new Set(vocabulary.keys());
    // A loop, not Math.max(...): a large vocabulary would be too many arguments.
    let longest = 0;
    for (const word of this.known) longest = Math.max(longest, word.length);
    this.longest = longest;
    this.joined = new JoinedWordFilter(this.known);
    for (const word of this.known) {
      const key = `${word[0]}/${word.length}`;
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push({ word, mask: letterMask(word) });
      else this.buckets.set(key, [{ word, mask: letterMask(word) }]);
    }
  }

  isKnown(word: string): boolean {
    return this.known.has(word);
  }

  /**
   * Whether the two words written together are a known word ("relatie" + "beheerder"). Asked for
   * every two neighbouring words of every message: a pair too long for any known word, or whose
   * letters and length no known word has (JoinedWordFilter), is answered without building the joined
   * string (the same answer: no known word is that string).
   */
  isKnownJoined(head: string, tail: string): boolean {
    if (head.length + tail.length > this.longest) return false;
    // An empty word joins nothing: the known words alone answer (the filter reads two letters).
    if (head === '' || tail === '') return this.known.has(head + tail);
    return this.joined.mayBeKnown(head, tail) && this.known.has(head + tail);
  }

  /** Whether the three words written together are a known word ("van" + "te" + "voren"). */
  isKnownJoinedThree(first: string, second: string, third: string): boolean {
    if (first.length + second.length + third.length > this.longest) return false;
    // Certainly no known word: "second + third" is not built either (most triples).
    if (first !== '' && third !== '' && !this.joined.mayBeKnownThree(first, second, third)) return false;
    return this.isKnownJoined(first, second + third);
  }

  isKnownStem(stem: string): boolean {
    return this.stems.has(stem);
  }

  /**
   * The vocabulary word meant by `word`, or undefined when nothing is close
   * enough. Visitors misspell the same words again and again, so answers are
   * remembered (bounded: the least recently asked are forgotten).
   */
  correct(word: string): Correction | undefined {
    return this.remembered(word);
  }

  private search(word: string): Correction | undefined {
    if (this.known.has(word)) return { word, distance: 0 };
    if (word.length < this.options.minLength || /\d/.test(word) || word.length > 32) return undefined;
    const limit = maxEdits(word.length);
    const candidates = new Map<string, number>();
    const mask = letterMask(word);
    for (const start of possibleStarts(word)) {
      // A bucket of the typed first letter holds only words that start the same: sameStart always holds.
      const ownStart = start === word[0];
      for (let length = word.length - limit; length <= word.length + limit; length++) {
        for (const known of this.buckets.get(`${start}/${length}`) ?? []) {
          if (bitCount(mask ^ known.mask) > 2 * limit || (!ownStart && !sameStart(word, known.word)))
            continue;
          const distance = editDistance(word, known.word, limit);
          if (distance <= limit) candidates.set(known.word, distance);
        }
      }
    }
    if (candidates.size === 0) return undefined;
    // fuse.js's score still has the last word on what counts as close ("richt" is not "zicht").
    const fuse = new Fuse([...candidates.keys()], {
      threshold: this.options.threshold,
      ignoreLocation: true,
    });
    let best: Correction | undefined;
    let bestSlips = Infinity;
    let bestCount = 0;
    let bestSounds = false;
    const sound = soundOf(word);
    for (const { item } of fuse.search(word)) {
      const distance = candidates.get(item)!;
      const count = this.vocabulary.get(item) ?? 0;
      const sounds = soundOf(item) === sound;
      // A word spelt by ear is one slip, however many letters it takes: "berijken" is "bereiken" (two
      // letters, ij for ei), not "bekijken" (one; visitors-di). The edits reported stay the letters'.
      const slips = sounds ? Math.min(distance, 1) : distance;
      // Of words as far apart, the one that sounds as typed ("konkurenten": "concurrenten", not
      // "consumenten"; visitors-bs), then the more frequent.
      const better =
        slips < bestSlips || (slips === bestSlips && (sounds !== bestSounds ? sounds : count > bestCount));
      if (better) {
        best = { word: item, distance };
        bestSlips = slips;
        bestCount = count;
        bestSounds = sounds;
      }
    }
    return best;
  }

  /** Splits a glued compound ("sociaalondernemer") into two known words, if it is one. */
  split(word: string): string[] | undefined {
    for (let at = 3; at <= word.length - 3; at++) {
      const head = word.slice(0, at);
      const tail = word.slice(at);
      if (this.known.has(head) && this.known.has(tail) && head.length + tail.length >= 8) return [head, tail];
      // "hulpverleningstraject": the linking s of a Dutch compound between two known words
      if (tail.startsWith('s') && this.known.has(head) && this.known.has(tail.slice(1)) && tail.length > 4)
        return [head, tail.slice(1)];
    }
    return undefined;
  }
}
