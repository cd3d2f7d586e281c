/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same
 * synthetic knowledge on every machine, so two runs measure the same thing.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

/**
 * Draws ranks 0..size-1 with Zipf's law (rank r has weight 1/(r+1)^s), as the
 * words of natural text do: a few very common words and a long tail, so the
 * vocabulary keeps growing, ever more slowly, as text is added (Heaps' law).
 */
export class Zipf {
  private readonly cumulative: Float64Array;

  constructor(
    size: number,
    private readonly random: Random,
    exponent = 1.05,
  ) {
    this.cumulative = new Float64Array(size);
    let sum = 0;
    for (let r = 0; r < size; r++) this.cumulative[r] = sum += 1 / Math.pow(r + 1, exponent);
  }

  rank(): number {
    const target = this.random.next() * this.cumulative[this.cumulative.length - 1]!;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
