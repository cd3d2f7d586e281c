import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/text/editDistance';

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
});
