/**
 * The question's weights (queryWeights): one per distinct stem, its IDF times a factor for how
 * the word was typed. Checked against a small fake index, so each number can be worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { queryWeights, type IdfSource } from '../../src/matching/scoreFormula';
import { DEFAULT_MATCHER_OPTIONS, type MatcherOptions } from '../../src/matching/matcherOptions';
import type { AnalyzedToken } from '../../src/text/pipeline';

const IDFS = new Map([
  ['strateg', 2.5],
  ['gebeurt', 1.2],
]);
const MAX_IDF = 4;
const index: IdfSource = { idf: (stem) => IDFS.get(stem) ?? MAX_IDF, maxIdf: MAX_IDF };

const options: MatcherOptions = {
  ...DEFAULT_MATCHER_OPTIONS,
  commonWordWeight: 0.25,
  unknownWordWeight: 1.5,
  offTopicWordWeight: 3,
  correctionPenalty: 0.1,
};

const token = (stem: string, extra: Partial<AnalyzedToken> = {}): AnalyzedToken => ({
  typed: stem,
  word: stem,
  stem,
  edits: 0,
  unknown: false,
  ...extra,
});

describe('queryWeights', () => {
  it.each<[string, AnalyzedToken, number]>([
    ['a known word: its IDF', token('strateg'), 2.5],
    ['a corrected word: its IDF less the penalty per edit', token('strateg', { edits: 2 }), 2.5 * 0.8],
    ['an unknown word: the highest IDF, raised', token('blabla', { unknown: true }), MAX_IDF * 1.5],
    ['an off-topic word: the highest IDF, raised more', token('∅prijs', { offTopic: true }), MAX_IDF * 3],
    [
      'a common word the knowledge uses: commonWordWeight × its IDF',
      token('gebeurt', { common: true }),
      1.2 * 0.25,
    ],
    [
      'a common word the knowledge does not use: commonWordWeight × the highest IDF, not the unknown weight',
      token('zat', { common: true, unknown: true }),
      MAX_IDF * 0.25,
    ],
  ])('%s', (_case, t, weight) => {
    const weights = queryWeights(index, [t], options);
    expect([...weights.keys()]).toEqual([t.stem]);
    expect(weights.get(t.stem)).toBeCloseTo(weight, 12);
  });

  it('follows options.commonWordWeight', () => {
    const zat = token('zat', { common: true, unknown: true });
    expect(queryWeights(index, [zat], { ...options, commonWordWeight: 0.5 }).get('zat')).toBeCloseTo(2, 12);
    expect(queryWeights(index, [zat], { ...options, commonWordWeight: 0 }).get('zat')).toBe(0);
  });

  it('keeps one weight per stem, the highest', () => {
    const weights = queryWeights(
      index,
      [token('gebeurt', { common: true }), token('strateg'), token('gebeurt')],
      options,
    );
    expect(Object.fromEntries(weights)).toEqual({ gebeurt: 1.2, strateg: 2.5 });
  });
});
