/**
 * Whether a raw score's rank score clears a threshold that never falls, asked
 * for thousands of entries per question. The rank score never falls as the raw
 * score rises, so the highest raw score known to fall short settles every
 * lower one by a single comparison, without calling the caller's rankScore.
 */
export class RankCut {
  /** The highest raw score known to fall short: nothing at or below it clears the threshold. */
  private shortOf = -Infinity;

  constructor(
    private readonly rankScore: (score: number) => number,
    /** Beat the threshold (true) or reach it at least (false). */
    private readonly strict: boolean,
  ) {}

  /**
   * @param threshold never lower than in an earlier call
   * @returns the rank score when it clears the threshold, otherwise NaN
   */
  key(raw: number, threshold: number): number {
    if (raw <= this.shortOf) return NaN;
    const key = this.rankScore(raw);
    if (this.strict ? key > threshold : key >= threshold) return key;
    this.shortOf = raw;
    return NaN;
  }

  /** The highest raw score known to fall short: a caller may skip `key` for anything at or below it. */
  get short(): number {
    return this.shortOf;
  }
}
