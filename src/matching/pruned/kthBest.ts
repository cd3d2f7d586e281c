/**
 * The k-th best lower bound among distinct entries, kept up to date as bounds
 * rise: a min-heap of k entries with each entry's place in it, so raising one
 * is O(log k). Any k distinct entries' bounds give a valid threshold (each of
 * them scores at least that much); keeping the highest k makes it tight.
 */
export class KthBest {
  private readonly entries: number[] = [];
  private readonly values: number[] = [];
  private readonly place = new Map<number, number>();

  constructor(
    private readonly k: number,
    /** A threshold known from elsewhere (another list's k best). */
    private readonly floor = -Infinity,
  ) {}

  /** The floor until k entries are held. */
  get threshold(): number {
    return this.entries.length < this.k ? this.floor : Math.max(this.floor, this.values[0]!);
  }

  /** The entries held: the k with the best lower bounds met. */
  members(): readonly number[] {
    return this.entries;
  }

  /** The entry's bound rose to `value`. */
  raise(entry: number, value: number): void {
    const at = this.place.get(entry);
    if (at !== undefined) {
      if (value > this.values[at]!) {
        this.values[at] = value;
        this.siftDown(at);
      }
      return;
    }
    if (this.entries.length < this.k) {
      this.entries.push(entry);
      this.values.push(value);
      this.place.set(entry, this.entries.length - 1);
      this.siftUp(this.entries.length - 1);
    } else if (value > this.values[0]!) {
      this.place.delete(this.entries[0]!);
      this.entries[0] = entry;
      this.values[0] = value;
      this.place.set(entry, 0);
      this.siftDown(0);
    }
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.values[parent]! <= this.values[i]!) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < this.entries.length && this.values[l]! < this.values[least]!) least = l;
      if (r < this.entries.length && this.values[r]! < this.values[least]!) least = r;
      if (least === i) return;
      this.swap(i, least);
      i = least;
    }
  }

  private swap(a: number, b: number): void {
    [this.entries[a], this.entries[b]] = [this.entries[b]!, this.entries[a]!];
    [this.values[a], this.values[b]] = [this.values[b]!, this.values[a]!];
    this.place.set(this.entries[a], a);
    this.place.set(this.entries[b], b);
  }
}
