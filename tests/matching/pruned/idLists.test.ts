import { describe, expect, it } from 'vitest';
import { IdLists } from '../../../src/matching/pruned/idLists';

describe('IdLists', () => {
  const lists = IdLists.from([[5, 1, 3], [], [7], [2, 9, 4, 8]], true);

  it('keeps each list apart, ascending when asked', () => {
    const list = (i: number) => [...lists.values.subarray(lists.from(i), lists.to(i))];
    expect([0, 1, 2, 3].map(list)).toEqual([[1, 3, 5], [], [7], [2, 4, 8, 9]]);
    const unsorted = IdLists.from([[3, 1], [2]], false);
    expect([...unsorted.values]).toEqual([3, 1, 2]);
  });

  it('finds exactly the values of the list asked about', () => {
    for (const v of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, -1]) {
      expect(lists.holds(0, v)).toBe([1, 3, 5].includes(v));
      expect(lists.holds(1, v)).toBe(false);
      expect(lists.holds(2, v)).toBe(v === 7);
      expect(lists.holds(3, v)).toBe([2, 4, 8, 9].includes(v));
    }
  });
});
