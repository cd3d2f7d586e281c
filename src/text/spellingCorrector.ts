/**
 * Corrects a misspelt word against the vocabulary of the knowledge base. The
 * fuzzy search runs over the (small) vocabulary, not over every entry, so its
 * cost does not grow with the number of entries: fuse.js proposes candidates
 * within a length bucket, natural's Damerau-Levenshtein distance decides.
 */
import Fuse from 'fuse.js';
import { editDistance } from './editDistance';

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

const CACHE_SIZE = 10_000;

export class SpellingCorrector {
  private readonly known: Set<string>;
  private readonly byLength = new Map<number, Fuse<string>>();
  private readonly cache = new Map<string, Correction | null>();

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
    const buckets = new Map<number, string[]>();
    for (const word of this.known) buckets.set(word.length, [...(buckets.get(word.length) ?? []), word]);
    for (const [length, words] of buckets) {
      this.byLength.set(
        length,
        new Fuse(words, { includeScore: true, threshold: options.threshold, ignoreLocation: true }),
      );
    }
  }

  isKnown(word: string): boolean {
    return this.known.has(word);
  }

  isKnownStem(stem: string): boolean {
    return this.stems.has(stem);
  }

  /**
   * The vocabulary word meant by `word`, or undefined when nothing is close
   * enough. Visitors misspell the same words again and again, so answers are
   * remembered (a bounded cache: it starts afresh when full).
   */
  correct(word: string): Correction | undefined {
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached ?? undefined;
    if (this.cache.size >= CACHE_SIZE) this.cache.clear();
    const correction = this.search(word);
    this.cache.set(word, correction ?? null);
    return correction;
  }

  private search(word: string): Correction | undefined {
    if (this.known.has(word)) return { word, distance: 0 };
    if (word.length < this.options.minLength || /\d/.test(word) || word.length > 32) return undefined;
    const limit = maxEdits(word.length);
    let best: Correction | undefined;
    let bestCount = 0;
    for (let length = word.length - limit; length <= word.length + limit; length++) {
      for (const result of this.byLength.get(length)?.search(word, { limit: 5 }) ?? []) {
        if (!sameStart(word, result.item)) continue;
        const distance = editDistance(word, result.item, limit);
        const count = this.vocabulary.get(result.item) ?? 0;
        if (distance > limit) continue;
        if (!best || distance < best.distance || (distance === best.distance && count > bestCount)) {
          best = { word: result.item, distance };
          bestCount = count;
        }
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
    }
    return undefined;
  }
}
