import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/text/editDistance';

/** The textbook optimal string alignment table, in full: what the bounded, buffer-reusing version must equal. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('editDistance (optimal string alignment)', () => {
  it.each([
    ['strateeg', 'strateeg', 0],
    ['strateg', 'strateeg', 1],
    ['cordinator', 'coordinator', 1],
    ['kordinator', 'coordinator', 2],
    ['vergankelik', 'vergankelijk', 1],
    ['ab', 'ba', 1],
    ['ca', 'abc', 3],
    ['', 'abc', 3],
    ['schatbewaader', 'schatbewaarder', 1],
  ])('%s → %s = %d', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  it('gives up beyond the maximum, answering max + 1', () => {
    expect(editDistance('kordinator', 'coordinator', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('twede', 'tweede', 1)).toBe(1);
  });

  it('equals the full table for random words, with and without a maximum (and after longer words)', () => {
    const word = fc.string({ unit: fc.constantFrom(...'aabdeeijknoorst'), maxLength: 14 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        const exact = reference(a, b);
        expect(editDistance(a, b)).toBe(exact);
        expect(editDistance(a, b, max)).toBe(Math.min(exact, max + 1));
        // A long pair first grows the reused buffer; the short pair after it must not see its leftovers.
        editDistance(a.repeat(9), b.repeat(11));
        expect(editDistance(a, b, max)).toBe(Math.min(exact, max + 1));
      }),
      { numRuns: 2000, seed: 20261128 },
    );
  });
});
