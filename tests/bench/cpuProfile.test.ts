import { describe, expect, it } from 'vitest';
import { selfTimeByArea, topSelfTime, type CpuProfile } from '../../bench/lib/cpuProfile';

const root = '/app';
const frame = (functionName: string, url: string, lineNumber = 0) => ({ functionName, url, lineNumber });

/** Four samples of 1 ms each: two in our scorer, one in restify, one in the garbage collector. */
const profile: CpuProfile = {
  startTime: 1_000_000,
  endTime: 1_004_000,
  nodes: [
    { id: 1, callFrame: frame('(root)', '') },
    { id: 2, callFrame: frame('scoreEntries', 'file:///app/dist/src/matching/scorer.js', 4), hitCount: 2 },
    {
      id: 3,
      callFrame: frame('parseJson', 'file:///app/node_modules/restify/lib/plugins/jsonBodyParser.js', 27),
      hitCount: 1,
    },
    { id: 4, callFrame: frame('(garbage collector)', ''), hitCount: 1 },
  ],
  samples: [2, 3, 2, 4],
  timeDeltas: [1000, 1000, 1000, 1000],
};

describe('cpu profile summary', () => {
  it('adds up self time per function, highest first, with file and line', () => {
    expect(topSelfTime(profile, 2, undefined, root)).toEqual([
      { where: 'scoreEntries dist/src/matching/scorer.js:5', ms: 2, share: 0.5 },
      { where: 'parseJson restify/lib/plugins/jsonBodyParser.js:28', ms: 1, share: 0.25 },
    ]);
  });

  it('counts only the samples inside a window when one is given', () => {
    const window = { fromUs: 1_002_500, toUs: 1_004_000 }; // the third and fourth sample
    expect(topSelfTime(profile, 5, window, root).map((t) => [t.where, t.share])).toEqual([
      ['scoreEntries dist/src/matching/scorer.js:5', 0.5],
      ['(garbage collector)', 0.5],
    ]);
  });

  it('groups self time by area: our code per directory, packages, the collector', () => {
    expect(selfTimeByArea(profile, undefined, root)).toEqual([
      { area: 'our code: src/matching', share: 0.5 },
      { area: 'restify', share: 0.25 },
      { area: '(garbage collector)', share: 0.25 },
    ]);
  });
});
