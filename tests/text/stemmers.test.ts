import { describe, expect, it } from 'vitest';
import { stemmers } from '../../src/text/stemmers';

describe('the Dutch stemmer', () => {
  it('gives a verb with "v" one stem in its "f" forms ("leef", "leven"), apart from "lef"', () => {
    expect(stemmers.nl('leef')).toBe(stemmers.nl('leven'));
    expect(stemmers.nl('geef')).toBe(stemmers.nl('geven'));
    expect(stemmers.nl('leef')).not.toBe(stemmers.nl('lef'));
  });

  it('still undoubles the vowel of a closed syllable ("sociaal", "sociale")', () => {
    expect(stemmers.nl('sociaal')).toBe(stemmers.nl('sociale'));
  });

  it('gives a superlative after an adjective suffix the stem of the adjective, not a noun in "st"', () => {
    expect(stemmers.nl('belangrijkste')).toBe(stemmers.nl('belangrijk'));
    expect(stemmers.nl('lastigst')).toBe(stemmers.nl('lastig'));
    expect(stemmers.nl('dienst')).not.toBe(stemmers.nl('dien'));
  });

  it('keeps words apart that the stemmer would merge with another ("partners" is no hat Partner, "regels" no "regelen")', () => {
    expect(stemmers.nl('partners')).not.toBe(stemmers.nl('partner'));
    expect(stemmers.nl('regels')).not.toBe(stemmers.nl('regelen'));
    expect(stemmers.nl('zaken')).not.toBe(stemmers.nl('zak'));
  });
});
