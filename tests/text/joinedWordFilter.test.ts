import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JoinedWordFilter } from '../../src/text/joinedWordFilter';

const known = ['relatiebeheerder', 'vantevoren', 'hetzelfde', 'naartoe', 'samenwerken', 'ab'];
const filter = new JoinedWordFilter(known);

describe('JoinedWordFilter', () => {
  it('never rules out a known word, however it is split in two or three', () => {
    for (const word of known)
      for (let a = 1; a < word.length; a++) {
        expect(filter.mayBeKnown(word.slice(0, a), word.slice(a))).toBe(true);
        for (let b = a; b < word.length; b++)
          expect(filter.mayBeKnownThree(word.slice(0, a), word.slice(a, b), word.slice(b))).toBe(true);
      }
  });

  it('rules out any split of a word it was not given, nearly always', () => {
    const words = fc.stringMatching(/^[a-z]{1,8}$/);
    let ruledOut = 0;
    let asked = 0;
    fc.assert(
      fc.property(words, words, (head, tail) => {
        asked++;
        if (known.includes(head + tail)) return;
        if (!filter.mayBeKnown(head, tail)) ruledOut++;
      }),
      { numRuns: 500 },
    );
    expect(ruledOut / asked).toBeGreaterThan(0.95);
  });
});
