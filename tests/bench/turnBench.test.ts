import { describe, expect, it } from 'vitest';
import { roundOrder, summarizeMode } from '../../bench/turnBench';
import type { LoadRound } from '../../bench/lib/loadRound';
import type { BotKind } from '../../bench/lib/servers';

function round(set: number, bot: BotKind, turnsPerSecond: number, cpuMsPerTurn: number): LoadRound {
  return {
    bot,
    mode: 'connector',
    set,
    turns: turnsPerSecond * 4,
    turnsPerSecond,
    p50Ms: 10 + set,
    p99Ms: 30 + set,
    non2xx: 0,
    errors: 0,
    cpuMsPerTurn,
    connector: {
      activitiesPerTurn: 1 + set / 100,
      connectionsPerTurn: bot === 'echo' ? 1 : 0.001,
      cpuMsPerTurn: 0.1,
    },
  };
}

describe('summarizeMode', () => {
  const rounds = [
    round(0, 'echo', 1000, 0.5),
    round(0, 'echo-our-stack', 1250, 0.4),
    round(0, 'ours', 800, 1.0),
    round(1, 'echo', 500, 0.6),
    round(1, 'echo-our-stack', 1000, 0.3),
    round(1, 'ours', 450, 0.9),
    round(2, 'echo', 1000, 0.5),
    round(2, 'echo-our-stack', 2000, 0.25),
    round(2, 'ours', 900, 0.75),
  ];
  const result = summarizeMode(rounds);

  it('gives each bot the medians of its rounds', () => {
    expect(result.figures.ours).toMatchObject({
      turnsPerSecond: 800,
      p50Ms: 11,
      p99Ms: 31,
      cpuMsPerTurn: 0.9,
    });
    expect(result.figures.echo.connector).toEqual({
      activitiesPerTurn: 1.01,
      connectionsPerTurn: 1,
      cpuMsPerTurn: 0.1,
    });
  });

  it('pairs the rounds of each set for the turns-per-second ratios', () => {
    expect(result.turnsRatio.oursToEcho.pairs).toEqual([0.8, 0.9, 0.9]);
    expect(result.turnsRatio.oursToEcho.median).toBe(0.9);
    expect(result.turnsRatio.oursToEchoOurStack.pairs).toEqual([0.64, 0.45, 0.45]);
    expect(result.turnsRatio.echoOurStackToEcho.median).toBe(2);
  });

  it('compares CPU time per turn as baseline / ours, so above 1 means ours is cheaper', () => {
    const echoToOurs = result.cpuRatio.echoToOurs.pairs;
    [0.5, 0.6 / 0.9, 0.5 / 0.75].forEach((expected, i) => expect(echoToOurs[i]).toBeCloseTo(expected, 10));
    expect(result.cpuRatio.echoOurStackToOurs.median).toBeCloseTo(1 / 3, 10); // 0.4, 0.33, 0.33
  });
});

describe('roundOrder', () => {
  it('runs the bots forward in even sets and backward in odd ones', () => {
    const bots = ['echo', 'echo-our-stack', 'ours'];
    expect(roundOrder(bots, 0)).toEqual(['echo', 'echo-our-stack', 'ours']);
    expect(roundOrder(bots, 1)).toEqual(['ours', 'echo-our-stack', 'echo']);
    expect(roundOrder(bots, 4)).toEqual(bots);
    expect(bots).toEqual(['echo', 'echo-our-stack', 'ours']);
  });
});
