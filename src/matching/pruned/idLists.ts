/**
 * Many short lists of numbers in two flat typed arrays (list i is
 * values[start[i] … start[i+1]-1]): exact scoring reads a few hundred such
 * lists per question at random, and one array of Int32Arrays would cost a
 * pointer and a cache miss for each before its first value.
 */
export class IdLists {
  private constructor(
    private readonly start: Int32Array,
    readonly values: Int32Array,
  ) {}

  /** @param sort whether to keep each list ascending (needed by `holds`) */
  static from(lists: readonly ArrayLike<number>[], sort: boolean): IdLists {
    const start = new Int32Array(lists.length + 1);
    lists.forEach((list, i) => (start[i + 1] = start[i]! + list.length));
    const values = new Int32Array(start[lists.length]!);
    lists.forEach((list, i) => {
      const at = start[i]!;
      values.set(list, at);
      if (sort) values.subarray(at, at + list.length).sort();
    });
    return new IdLists(start, values);
  }

  /** Where list i begins in `values`. */
  from(i: number): number {
    return this.start[i]!;
  }

  /** Where list i ends in `values` (exclusive). */
  to(i: number): number {
    return this.start[i + 1]!;
  }

  /** @returns whether ascending list i holds `value` (binary search) */
  holds(i: number, value: number): boolean {
    return this.indexOf(i, value) >= 0;
  }

  /** @returns where ascending list i holds `value` in `values`, -1 when it does not (binary search) */
  indexOf(i: number, value: number): number {
    let low = this.start[i]!;
    let high = this.start[i + 1]! - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const at = this.values[mid]!;
      if (at === value) return mid;
      if (at < value) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }
}
