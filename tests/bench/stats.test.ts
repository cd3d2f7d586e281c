import { describe, expect, it } from 'vitest';
import { median, percentile, summarize } from '../../bench/lib/stats';

describe('percentile (nearest rank)', () => {
  const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];

  it.each([
    [50, 5],
    [90, 9],
    [99, 10],
    [100, 10],
    [0, 1],
    [10, 1],
    [11, 2],
  ])('p%d of 1..10 is %d', (p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it('returns a value that was measured, not an interpolation', () => {
    expect(median([1, 2, 3, 100])).toBe(2);
  });

  it('does not reorder the values it is given', () => {
    const copy = [...values];
    percentile(values, 50);
    expect(values).toEqual(copy);
  });

  it('refuses no values and percentiles outside 0–100', () => {
    expect(() => percentile([], 50)).toThrow(/no values/);
    expect(() => percentile([1], 101)).toThrow(/between 0 and 100/);
  });

  it('summarises count, median, p99 and max', () => {
    const many = Array.from({ length: 200 }, (_, i) => i + 1);
    expect(summarize(many)).toEqual({ count: 200, median: 100, p99: 198, max: 200 });
  });
});
