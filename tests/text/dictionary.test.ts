/**
 * The Hunspell dictionaries tell a real word from a typo, so the spelling
 * corrector leaves alone a Dutch word the FAQ does not use instead of turning it
 * into one it does.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { isDictionaryWord, loadDictionaries } from '../../src/text/dictionary';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { buildLanguageIndex, type LanguageIndex } from '../../src/matching/languageIndex';
import { DEFAULT_MATCHER_OPTIONS } from '../../src/matching/matcherOptions';

beforeAll(() => loadDictionaries());

describe('isDictionaryWord', () => {
  it.each([
    ['compagnon', 'nl'],
    // inflected forms, through their base form: a verb, a participle, a diminutive, a plural
    ['vergeet', 'nl'],
    ['beoordeeld', 'nl'],
    ['stichtinkje', 'nl'],
    // an adjective with its "-e", and with its vowel written double when the syllable closes
    ['echte', 'nl'],
    ['grote', 'nl'],
    // a participle listed only inflected ("overdrevene")
    ['overdreven', 'nl'],
    ['municipalities', 'en'],
    // words with "ij", which OpenTaal writes as the one letter "ĳ"
    ['vreselijk', 'nl'],
    ['blijven', 'nl'],
    ['tijd', 'nl'],
  ] as const)('knows %j (%s)', (word, language) => {
    expect(isDictionaryWord(word, language)).toBe(true);
  });

  it.each([
    ['verkenenr', 'nl'],
    ['samenwerkign', 'nl'],
    ['kwetsbaarhijd', 'nl'],
    ['entrepeneur', 'en'],
  ] as const)('does not know the typo %j (%s)', (word, language) => {
    expect(isDictionaryWord(word, language)).toBe(false);
  });
});

describe('spelling correction with the real knowledge', () => {
  let index: LanguageIndex;

  beforeAll(async () => {
    const { knowledge } = await loadKnowledge('knowledge');
    index = buildLanguageIndex(knowledge, 'nl', DEFAULT_MATCHER_OPTIONS);
  });

  const analysed = (typed: string) => index.pipeline.analyze(typed, index.corrector)[0]!;

  it.each([
    // two edits from "verzet" (a synonym of rebellion) and "campagne": real words, left alone
    'vergeet',
    'compagnon',
  ])('leaves the real word %j unknown rather than correct it two edits away', (typed) => {
    expect(index.corrector.correct(typed)?.distance).toBeGreaterThan(1);
    expect(analysed(typed)).toMatchObject({ word: typed, unknown: true, edits: 0 });
  });

  it('still corrects a real word one slip from a word of the FAQ ("stap" to the vision\'s "stip")', () => {
    // One edit is the commonest typo, and real words are dense at one edit ("peten" for "petten").
    expect(isDictionaryWord('stap', 'nl')).toBe(true);
    expect(analysed('stap')).toMatchObject({ typed: 'stap', word: 'stip', edits: 1, unknown: false });
  });

  it('leaves a Dutch word in the English reading unknown rather than correct it two edits away', async () => {
    const { knowledge } = await loadKnowledge('knowledge');
    const english = buildLanguageIndex(knowledge, 'en', DEFAULT_MATCHER_OPTIONS);
    // "switching" is the knowledge's (lef-en-rebellie); "stichting" is Dutch, no English word.
    expect(english.corrector.correct('stichting')).toMatchObject({ word: 'switching' });
    expect(isDictionaryWord('stichting', 'en')).toBe(false);
    expect(english.pipeline.analyze('stichting', english.corrector)[0]).toMatchObject({
      word: 'stichting',
      unknown: true,
    });
  });

  it('still corrects typos that are no word ("verkenenr", "samenwerkign")', () => {
    expect(analysed('verkenenr')).toMatchObject({ word: 'verkenner', unknown: false });
    expect(analysed('samenwerkign')).toMatchObject({ word: 'samenwerking', unknown: false });
  });
});
