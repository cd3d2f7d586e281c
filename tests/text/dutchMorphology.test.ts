/**
 * Dutch word forms brought back to a base form (baseForms), and the pipeline that uses a base form
 * only when the knowledge uses it: with a small vocabulary, and with the real knowledge.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { baseForms, singularDiminutives } from '../../src/text/dutchMorphology';
import { TextPipeline } from '../../src/text/pipeline';
import { SpellingCorrector } from '../../src/text/spellingCorrector';
import { stemmers } from '../../src/text/stemmers';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { buildLanguageIndex, type LanguageIndex } from '../../src/matching/languageIndex';
import { DEFAULT_MATCHER_OPTIONS } from '../../src/matching/matcherOptions';

describe('baseForms', () => {
  it.each<[string, string[]]>([
    // participles, also after a separable particle
    ['georganiseerd', ['organiseer', 'organiseeren', 'organiseren']],
    // no ge- after an unstressed prefix; a long vowel is written once before -en
    ['beoordeeld', ['beoordeel', 'beoordeelen', 'beoordelen']],
    ['ontwikkeld', ['ontwikkel', 'ontwikkelen']],
    ['meegewerkt', ['meewerk', 'meewerken', 'meegewerk']],
    ['uitgestippeld', ['uitstippel', 'uitstippelen']],
    // after a short vowel the infinitive doubles the consonant
    ['toegezegd', ['toezeg', 'toezegen', 'toezeggen']],
    // third person -t / -dt
    ['onderscheidt', ['onderscheid']],
    // a separable verb as its participle, the form the FAQ may use
    ['wegduwt', ['wegduw', 'weggeduwd', 'weggeduwt']],
    ['wegduwen', ['weggeduwd', 'weggeduwt']],
    // nouns and adjectives made with -heid / -ing(en)
    ['vergankelijkheid', ['vergankelijk']],
    ['beheersing', ['beheers']],
    ['verbeteringen', ['verbeter']],
    // no rule applies
    ['pet', []],
    ['geld', []],
    ['koers', []],
  ])('%j → %j', (word, forms) => {
    expect(baseForms(word)).toEqual(forms);
  });

  it.each<[string, string]>([
    // diminutives: every ending that fits gives a candidate; the pipeline keeps a known one
    ['koersje', 'koers'],
    ['doeltje', 'doel'],
    ['centjes', 'cent'],
    ['lijstje', 'lijst'],
    // -kje after -in is a diminutive of -ing
    ['stichtinkje', 'stichting'],
    // -etje after a doubled consonant: the undoubled form is offered too
    ['balletje', 'bal'],
    // the Flemish diminutive
    ['zaakske', 'zaak'],
    ['boekskes', 'boek'],
    ['produceert', 'produceer'],
    ['gebeurt', 'gebeur'],
    ['werkten', 'werk'],
    // the one-syllable verbs and their compounds
    ['stilstaat', 'stilstaan'],
    ['vooruitgaat', 'vooruitgaan'],
    ['voldoet', 'voldoen'],
  ])('offers %j as a form of %j', (word, base) => {
    expect(baseForms(word)).toContain(base);
  });

  it('never offers the word itself or a part shorter than three letters', () => {
    for (const word of ['gezet', 'tje', 'kaas', 'heid', 'ingen', 'markt', 'meegewerkt']) {
      for (const form of baseForms(word)) {
        expect(form, word).not.toBe(word);
        expect(form.length, word).toBeGreaterThanOrEqual(3);
      }
    }
  });
});

const tokenOf = (word: string, typed: string, unknown: boolean) => ({
  typed,
  word,
  stem: stemmers.nl(word),
  edits: 0,
  unknown,
});

describe('singularDiminutives', () => {
  it.each([
    ['kenmerk', 'kenmerkje'],
    ['rol', 'rolletje'],
    ['kwaliteit', 'kwaliteitje'],
    ['hoed', 'hoedje'],
  ])('%s has %s among its diminutives', (noun, diminutive) => {
    expect(singularDiminutives(noun)).toContain(diminutive);
  });

  it('gives no plural', () => {
    expect(singularDiminutives('pet').some((form) => form.endsWith('s'))).toBe(false);
  });
});

describe('TextPipeline with a small vocabulary', () => {
  const pipeline = new TextPipeline('nl', []);
  const corrector = (words: string[]) =>
    new SpellingCorrector(new Map(words.map((w) => [w, 1])), new Set(words.map(stemmers.nl)), {
      minLength: 4,
      threshold: 0.34,
    });
  const vocabulary = corrector(['onderscheiden', 'concurrent', 'positief']);

  it('reads another form of a knowledge word as that word, not as an unknown word', () => {
    expect(vocabulary.isKnown('onderscheidt')).toBe(false);
    expect(pipeline.analyze('onderscheidt', vocabulary)).toEqual([
      tokenOf('onderscheid', 'onderscheidt', false),
    ]);
    // and so it meets the knowledge's own form
    expect(stemmers.nl('onderscheid')).toBe(stemmers.nl('onderscheiden'));
  });

  it('leaves a word alone when its rule form is no knowledge word ("markt" does not become "mark")', () => {
    expect(baseForms('markt')).toEqual(['mark']);
    expect(pipeline.analyze('markt', vocabulary)).toEqual([tokenOf('markt', 'markt', true)]);
  });

  it('uses the rule form once the knowledge has it', () => {
    expect(pipeline.analyze('markt', corrector(['mark']))).toEqual([tokenOf('mark', 'markt', false)]);
  });
});

describe('TextPipeline with the real knowledge', () => {
  let index: LanguageIndex;

  beforeAll(async () => {
    const { knowledge } = await loadKnowledge('knowledge');
    index = buildLanguageIndex(knowledge, 'nl', DEFAULT_MATCHER_OPTIONS);
  });

  it.each<[string, string]>([
    ['meegewerkt', 'meewerk'],
    ['samengewerkt', 'samenwerk'],
    ['georganiseerd', 'organiseer'],
    ['koersje', 'koers'],
    ['doeltje', 'doel'],
    ['geldje', 'geld'],
    ['balletje', 'ball'],
    // not corrected to "toegeven": the knowledge's "toezeggingen"
    ['toegezegd', 'toezeggen'],
  ])('reads %j, which no entry uses, as %j', (typed, base) => {
    expect(index.corrector.isKnown(typed)).toBe(false);
    const [token, ...more] = index.pipeline.analyze(typed, index.corrector);
    expect(more).toEqual([]);
    expect(token).toEqual(tokenOf(base, typed, false));
    // the base form's stem is one the knowledge indexes
    expect(index.idf(token!.stem)).toBeLessThan(index.maxIdf);
  });
});
