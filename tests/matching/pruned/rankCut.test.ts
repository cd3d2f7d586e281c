import { describe, expect, it } from 'vitest';
import { RankCut } from '../../../src/matching/pruned/rankCut';

describe('RankCut', () => {
  const half = (s: number) => s * 0.5;

  it('returns the rank score of a raw score that clears the threshold', () => {
    expect(new RankCut(half, true).key(0.8, 0.3)).toBe(0.4);
  });

  it('tells beating the threshold from reaching it', () => {
    expect(new RankCut(half, true).key(0.6, 0.3)).toBeNaN();
    expect(new RankCut(half, false).key(0.6, 0.3)).toBe(0.3);
  });

  it('settles lower raw scores by the highest one known to fall short, without asking again', () => {
    const asked: number[] = [];
    const cut = new RankCut((s) => (asked.push(s), s), true);
    expect(cut.key(0.4, 0.5)).toBeNaN();
    expect(cut.key(0.3, 0.5)).toBeNaN();
    expect(cut.key(0.4, 0.6)).toBeNaN();
    expect(asked).toEqual([0.4]);
  });

  it('still asks for a raw score above the one that fell short', () => {
    const cut = new RankCut((s) => s, true);
    expect(cut.key(0.4, 0.5)).toBeNaN();
    expect(cut.key(0.41, 0.5)).toBeNaN();
    expect(cut.key(0.55, 0.5)).toBe(0.55);
  });
});
