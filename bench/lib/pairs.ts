/**
 * Ratios between two bots measured in the same sets of alternating rounds:
 * one ratio per set (the two rounds a few seconds apart, under about the same
 * machine load), then their median, so one disturbed set cannot move it much.
 */
import { median } from './stats';

export interface SetRound {
  /** Which set of alternating rounds (0, 1, 2 …) the round belongs to. */
  set: number;
  bot: string;
}

export interface PairedRatio {
  /** numerator / denominator per set, in set order. */
  pairs: number[];
  median: number;
}

export function pairedRatio<R extends SetRound>(
  rounds: readonly R[],
  numerator: string,
  denominator: string,
  value: (round: R) => number,
): PairedRatio {
  const sets = [...new Set(rounds.map((r) => r.set))].sort((a, b) => a - b);
  if (sets.length === 0) throw new Error('no rounds to pair');
  const pairs = sets.map((set) => {
    const top = only(rounds, set, numerator);
    const bottom = only(rounds, set, denominator);
    const under = value(bottom);
    if (!(under > 0)) throw new Error(`set ${set}: ${denominator} measured ${under}; no ratio to it`);
    return value(top) / under;
  });
  return { pairs, median: median(pairs) };
}

function only<R extends SetRound>(rounds: readonly R[], set: number, bot: string): R {
  const found = rounds.filter((r) => r.set === set && r.bot === bot);
  if (found.length !== 1) throw new Error(`set ${set} has ${found.length} rounds of ${bot}, not one`);
  return found[0]!;
}
