import { describe, expect, it } from 'vitest';
import { rank } from '../../src/matching/rank';
import { DEFAULT_MATCHER_OPTIONS, validateMatcherOptions } from '../../src/matching/matcherOptions';
import type { Candidate } from '../../src/matching/scorer';

const c = (entryId: string, score: number): Candidate => ({
  entryId,
  score,
  language: 'nl',
  phrasingScore: score,
  answerScore: 0,
  coverage: 1,
});
const options = DEFAULT_MATCHER_OPTIONS;

describe('rank', () => {
  it('answers a clear winner', () => {
    expect(rank([c('a', 0.8), c('b', 0.5)], options)).toEqual({ kind: 'answer', best: c('a', 0.8) });
  });

  it('asks when the best candidates are too close to call', () => {
    const ranking = rank([c('a', 0.7), c('b', 0.69), c('c', 0.68), c('d', 0.675), c('e', 0.2)], options);
    expect(ranking).toEqual({ kind: 'clarify', options: [c('a', 0.7), c('b', 0.69), c('c', 0.68)] });
  });

  it('does not ask when the winner is an exact question', () => {
    expect(rank([c('a', 1), c('b', 0.99)], options).kind).toBe('answer');
  });

  it('admits there is no answer below the threshold, with the nearest topics worth offering', () => {
    expect(rank([c('a', 0.45), c('b', 0.3), c('c', 0.1)], options)).toEqual({
      kind: 'none',
      nearest: [c('a', 0.45), c('b', 0.3)],
    });
    expect(rank([], options)).toEqual({ kind: 'none', nearest: [] });
  });

  it('offers with a fallback a topic too weak for a "Bedoelt u …?" but above nearestThreshold', () => {
    const weak = (options.nearestThreshold + options.suggestThreshold) / 2;
    const below = options.nearestThreshold / 2;
    expect(rank([c('a', weak), c('b', below)], options)).toEqual({ kind: 'none', nearest: [c('a', weak)] });
    expect(() => validateMatcherOptions({ nearestThreshold: 0.3, suggestThreshold: 0.2 })).toThrow(
      /nearestThreshold/,
    );
  });

  it('does not ask whether the part or the whole is meant: the part answers', () => {
    const parentOf = (id: string) => (id === 'part' ? 'whole' : undefined);
    expect(rank([c('part', 0.84), c('whole', 0.8)], options, parentOf)).toEqual({
      kind: 'answer',
      best: c('part', 0.84),
    });
  });

  it('keeps the list when its items score alike (a question about the whole list)', () => {
    const parentOf = (id: string) => (id.startsWith('item') ? 'list' : undefined);
    const ranking = rank([c('list', 0.9), c('item-1', 0.3), c('item-2', 0.28)], options, parentOf);
    expect(ranking).toEqual({ kind: 'answer', best: c('list', 0.9) });
  });
});

describe('validateMatcherOptions', () => {
  it('fills in the defaults', () => {
    expect(validateMatcherOptions({})).toEqual(DEFAULT_MATCHER_OPTIONS);
    expect(validateMatcherOptions({ answerThreshold: 0.6 }).answerThreshold).toBe(0.6);
  });

  it.each([
    [{ answerThreshold: 2 }, /answerThreshold=2 is out of range: a number from 0.05 to 1/],
    [{ maxClarifyOptions: 2.5 }, /maxClarifyOptions=2.5 is out of range: a whole number from 2 to 5/],
    [{ answerTreshold: 0.5 }, /unknown matcher option "answerTreshold"/],
    [{ answerThreshold: '0.5' }, /answerThreshold="0.5" is out of range/],
    [
      { suggestThreshold: 0.6, answerThreshold: 0.5 },
      /suggestThreshold \(0.6\) must not exceed answerThreshold \(0.5\)/,
    ],
    [[], /must be an object/],
  ])('refuses %j', (input, message) => {
    expect(() => validateMatcherOptions(input)).toThrow(message);
  });
});

describe('rank: coverage of the question', () => {
  const options = DEFAULT_MATCHER_OPTIONS;
  const covering = (entryId: string, score: number, coverage: number): Candidate => ({
    ...c(entryId, score),
    coverage,
  });

  it('answers a high score only when the entry holds enough of the question', () => {
    const best = covering('a', 0.8, options.answerCoverage);
    expect(rank([best, covering('b', 0.3, 0.1)], options)).toEqual({ kind: 'answer', best });
  });

  it('asks back instead of answering a candidate that explains too little of the question', () => {
    const weak = covering('a', 0.8, (options.answerCoverage + options.clarifyCoverage) / 2);
    const other = covering('b', 0.6, 0.2);
    expect(rank([weak, other], options)).toEqual({ kind: 'clarify', options: [weak, other] });
  });

  it('falls back when the best explains almost nothing, offering the nearest topics', () => {
    const generic = covering('a', 0.8, options.clarifyCoverage / 2);
    expect(rank([generic, covering('b', 0.1, 0.1)], options)).toEqual({ kind: 'none', nearest: [generic] });
  });

  describe('a leader far ahead (answerLeadRatio, for the items of a named list)', () => {
    const leading = { ...options, answerLeadRatio: 2.5 };
    const story = covering('a', 0.6, options.answerCoverage / 2);

    it('answers a best candidate under the coverage bar that scores the ratio times the next', () => {
      expect(rank([story, covering('b', 0.24, 0.1)], leading)).toEqual({ kind: 'answer', best: story });
    });

    it('answers a sole candidate under the coverage bar', () => {
      expect(rank([story], leading)).toEqual({ kind: 'answer', best: story });
    });

    it('does not answer it when the next scores more than the best over the ratio', () => {
      expect(rank([story, covering('b', 0.25, 0.1)], leading).kind).not.toBe('answer');
    });

    it('does not answer it with the ratio off (0, the default for a question of any kind)', () => {
      expect(options.answerLeadRatio).toBe(0);
      expect(rank([story], options).kind).not.toBe('answer');
    });

    it('still needs the answer threshold', () => {
      const faint = covering('a', leading.answerThreshold - 0.01, 0.1);
      expect(rank([faint], leading).kind).not.toBe('answer');
    });
  });
});
