import { describe, expect, it } from 'vitest';
import { pairedRatio } from '../../bench/lib/pairs';

const round = (set: number, bot: string, turnsPerSecond: number) => ({ set, bot, turnsPerSecond });
const tps = (r: { turnsPerSecond: number }) => r.turnsPerSecond;

describe('pairedRatio', () => {
  it('divides within each set and takes the median of the sets, not the ratio of the medians', () => {
    const rounds = [
      round(0, 'echo', 1000),
      round(0, 'ours', 800),
      round(1, 'echo', 500), // a disturbed set: both slow
      round(1, 'ours', 450),
      round(2, 'ours', 600),
      round(2, 'echo', 1000),
    ];
    const ratio = pairedRatio(rounds, 'ours', 'echo', tps);
    expect(ratio.pairs).toEqual([0.8, 0.9, 0.6]);
    expect(ratio.median).toBe(0.8);
    // The ratio of the medians would be 600 / 1000: the pairing is what keeps the load out of it.
  });

  it('orders the pairs by set, whatever order the rounds come in', () => {
    const rounds = [round(1, 'a', 3), round(1, 'b', 1), round(0, 'b', 2), round(0, 'a', 1)];
    expect(pairedRatio(rounds, 'a', 'b', tps).pairs).toEqual([0.5, 3]);
  });

  it('refuses a set without exactly one round of each bot', () => {
    expect(() => pairedRatio([round(0, 'ours', 1)], 'ours', 'echo', tps)).toThrow(
      /set 0 has 0 rounds of echo/,
    );
    expect(() =>
      pairedRatio([round(0, 'ours', 1), round(0, 'echo', 1), round(0, 'echo', 2)], 'ours', 'echo', tps),
    ).toThrow(/set 0 has 2 rounds of echo/);
  });

  it('refuses to divide by a baseline that measured nothing', () => {
    expect(() => pairedRatio([round(0, 'ours', 5), round(0, 'echo', 0)], 'ours', 'echo', tps)).toThrow(
      /echo measured 0/,
    );
  });

  it('refuses no rounds at all', () => {
    expect(() => pairedRatio([], 'ours', 'echo', tps)).toThrow(/no rounds/);
  });
});
