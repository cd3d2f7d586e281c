/**
 * How much a stem of an entry's content counts (LanguageIndex.content): a one-word concept is full
 * evidence at conceptWeight, each word of a longer concept weighs conceptWeight/√n and counts as
 * one unit, and a stem in several fields takes the heaviest. On a one-entry knowledge base.
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../src/knowledge/knowledgeBase';
import { buildLanguageIndex } from '../../src/matching/languageIndex';
import { DEFAULT_MATCHER_OPTIONS, type MatcherOptions } from '../../src/matching/matcherOptions';
import { stemmers } from '../../src/text/stemmers';

const options: MatcherOptions = { ...DEFAULT_MATCHER_OPTIONS, conceptWeight: 0.9, answerTextWeight: 0.6 };

const knowledge = createKnowledgeBase(
  [
    {
      id: 'kas',
      title: 'De kas',
      question: 'Wat doet de penningmeester?',
      answer: 'Zij bewaakt begroting en spaarpot.',
      concepts: [
        'boekhouding',
        'kasboek bijhouden',
        'munten tellen sorteren',
        'begroting',
        'munten sparen',
        'spaarpot vullen legen',
      ],
      location: { file: 'kas.yaml', line: 1 },
    },
  ],
  { nl: [], en: [] },
  '',
);

const index = buildLanguageIndex(knowledge, 'nl', options);
const weightOf = (word: string) => index.content.get('kas')!.get(stemmers.nl(word));

describe('buildLanguageIndex content weights', () => {
  it.each<[string, string, { weight: number; units: number }]>([
    ['a one-word concept', 'boekhouding', { weight: 0.9, units: 2 }],
    ['a word of a two-word concept', 'kasboek', { weight: 0.9 / Math.SQRT2, units: 1 }],
    ['the other word of it', 'bijhouden', { weight: 0.9 / Math.SQRT2, units: 1 }],
    ['a word of a three-word concept', 'sorteren', { weight: 0.9 / Math.sqrt(3), units: 1 }],
    // in several fields, the heaviest counts
    ['a one-word concept that is also an answer word', 'begroting', { weight: 0.9, units: 2 }],
    [
      'a word of a three- and a two-word concept: the shorter one',
      'munten',
      { weight: 0.9 / Math.SQRT2, units: 1 },
    ],
    ['a word of a three-word concept and of the answer: the answer', 'spaarpot', { weight: 0.6, units: 1 }],
    ['an answer word only', 'bewaakt', { weight: 0.6, units: 1 }],
  ])('%s ("%s")', (_case, word, expected) => {
    const w = weightOf(word);
    expect(w?.units).toBe(expected.units);
    expect(w?.weight).toBeCloseTo(expected.weight, 12);
  });

  it('holds no content weight for words of the phrasings only', () => {
    expect(weightOf('penningmeester')).toBeUndefined();
  });

  it('follows options.conceptWeight', () => {
    const other = buildLanguageIndex(knowledge, 'nl', { ...options, conceptWeight: 0.5 });
    const content = other.content.get('kas')!;
    expect(content.get(stemmers.nl('boekhouding'))).toEqual({ weight: 0.5, units: 2 });
    expect(content.get(stemmers.nl('kasboek'))!.weight).toBeCloseTo(0.5 / Math.SQRT2, 12);
  });

  it('gives the same weights in the postings the pruned search reads', () => {
    for (const word of ['boekhouding', 'kasboek', 'sorteren', 'bewaakt']) {
      const stem = stemmers.nl(word);
      expect(index.contentWith.get(stem)).toEqual([{ entryId: 'kas', ...weightOf(word)! }]);
    }
  });
});
