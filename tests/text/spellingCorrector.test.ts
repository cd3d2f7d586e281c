import { describe, expect, it } from 'vitest';
import { SpellingCorrector, type Correction } from '../../src/text/spellingCorrector';
import { stemmers } from '../../src/text/stemmers';

/** A small hand-made vocabulary: word → number of entries that use it. */
const COUNTS: Record<string, number> = {
  coordinator: 2,
  strateeg: 3,
  verkenner: 2,
  verkoper: 2,
  relatiebeheerder: 1,
  relatie: 1,
  zicht: 1,
  sociaal: 5,
  ondernemer: 4,
  ondernemen: 3,
  pet: 6,
  petten: 3,
  pennen: 1,
  kenmerk: 2,
  dienst: 3,
};
const OPTIONS = { minLength: 4, threshold: 0.34 };

function corrector(counts = COUNTS, options = OPTIONS): SpellingCorrector {
  const words = Object.keys(counts);
  return new SpellingCorrector(new Map(Object.entries(counts)), new Set(words.map(stemmers.nl)), options);
}

const dutch = corrector();

describe('SpellingCorrector.correct', () => {
  it.each<[string, Correction]>([
    // known words need no correction
    ['strateeg', { word: 'strateeg', distance: 0 }],
    ['pet', { word: 'pet', distance: 0 }],
    // within the edit limit: 1 up to 4 letters, 2 up to 8, 3 from 9
    ['verkennr', { word: 'verkenner', distance: 1 }],
    ['kenmrk', { word: 'kenmerk', distance: 1 }],
    ['dinst', { word: 'dienst', distance: 1 }],
    ['socaal', { word: 'sociaal', distance: 1 }],
    ['sosiaal', { word: 'sociaal', distance: 1 }],
    ['stratg', { word: 'strateeg', distance: 2 }],
    ['verkoopr', { word: 'verkoper', distance: 2 }],
    ['ondernemr', { word: 'ondernemer', distance: 1 }],
    ['coordiantor', { word: 'coordinator', distance: 1 }],
    ['pett', { word: 'pet', distance: 1 }],
    ['ondrnemrs', { word: 'ondernemer', distance: 3 }],
    ['relatybeheerdr', { word: 'relatiebeheerder', distance: 3 }],
    // the first letter must match, or sound alike (c/k), or be swapped with the second
    ['ocordinator', { word: 'coordinator', distance: 1 }],
    ['zucht', { word: 'zicht', distance: 1 }],
  ])('%j → %o', (typed, correction) => {
    expect(dutch.correct(typed)).toEqual(correction);
  });

  it('allows a sound-alike first letter: "kordinator" is "coordinator"', () => {
    expect(dutch.correct('kordinator')?.word).toBe('coordinator');
  });

  it.each([
    // one letter from "zicht", but people rarely get the first letter wrong
    'richt',
    'gordinator',
    // beyond the edit limit for the word's length
    'dnst',
    'strtg',
    'ondrnmr',
    'verkxnrx',
    // too short to correct ("pst" is one edit from "pet")
    'pst',
    // digits and very long words are never corrected
    'verkenner2',
    'x'.repeat(33),
    // nothing close
    'ontastbaar',
  ])('%j is not corrected', (typed) => {
    expect(dutch.correct(typed)).toBeUndefined();
  });

  it('corrects short words once the minimum length allows it', () => {
    expect(corrector(COUNTS, { ...OPTIONS, minLength: 3 }).correct('pst')).toEqual({
      word: 'pet',
      distance: 1,
    });
  });

  it('breaks a tie between two corrections in favour of the more common word', () => {
    // "petnen" is one edit from both "petten" and "pennen"
    expect(dutch.correct('petnen')).toEqual({ word: 'petten', distance: 1 });
    expect(corrector({ ...COUNTS, pennen: 9 }).correct('petnen')).toEqual({ word: 'pennen', distance: 1 });
  });

  it('of equally close corrections, prefers the one that sounds as typed over the more common one', () => {
    // "konkurenten" is three edits from both; k/c sound alike, s does not
    const counts = { concurrenten: 1, consumenten: 9 };
    expect(corrector(counts).correct('konkurenten')).toEqual({ word: 'concurrenten', distance: 3 });
    expect(corrector({ consumenten: 9 }).correct('konkurenten')).toEqual({
      word: 'consumenten',
      distance: 3,
    });
  });

  it('counts a word spelt by ear as one slip: "berijken" is "bereiken" (ij for ei), not "bekijken"', () => {
    expect(corrector({ bekijken: 9, bereiken: 1 }).correct('berijken')).toEqual({
      word: 'bereiken',
      distance: 2,
    });
  });

  it('hears a final d as t: "gelt" sounds like both "geld" and "geldt", so the more common wins', () => {
    expect(corrector({ geld: 9, geldt: 1 }).correct('gelt')).toEqual({ word: 'geld', distance: 1 });
  });

  // Bug: natural 6.10.5's unrestricted DamerauLevenshteinDistance returns 0 for a missing
  // doubled letter ("cordinator" → "coordinator", "strateg" → "strateeg") and 1 for
  // "kordinator" → "coordinator" (two edits), so corrections report too few edits, even
  // 0, which the Correction type reserves for "nothing was corrected"; passing
  // { restricted: true } (optimal string alignment) gives the right counts.
  it.each<[string, Correction]>([
    ['cordinator', { word: 'coordinator', distance: 1 }],
    ['strateg', { word: 'strateeg', distance: 1 }],
    ['kordinator', { word: 'coordinator', distance: 2 }],
  ])('%j → %o (edits counted right)', (typed, correction) => {
    expect(dutch.correct(typed)).toEqual(correction);
  });
});

describe('SpellingCorrector.split', () => {
  it.each<[string, string[] | undefined]>([
    ['sociaalondernemer', ['sociaal', 'ondernemer']],
    ['zichtpet', ['zicht', 'pet']],
    ['relatiepet', ['relatie', 'pet']],
    // the linking s of a Dutch compound ("relatie-s-beheer" style)
    ['relatiesverkenner', ['relatie', 'verkenner']],
    ['relatiespet', undefined],
    // each part must be known, and the two together at least eight letters
    ['sociaalblabla', undefined],
    ['petpet', undefined],
    ['strateeg', undefined],
  ])('%j → %o', (word, parts) => {
    expect(dutch.split(word)).toEqual(parts);
  });
});

describe('SpellingCorrector.isKnown / isKnownStem', () => {
  it('knows the vocabulary words and their stems only', () => {
    expect(dutch.isKnown('petten')).toBe(true);
    expect(dutch.isKnown('petje')).toBe(false);
    expect(dutch.isKnownStem(stemmers.nl('ondernemen'))).toBe(true);
    expect(dutch.isKnownStem('onderneming')).toBe(false);
  });
});

describe('SpellingCorrector.isKnownJoined / isKnownJoinedThree', () => {
  it.each<[string, string, boolean]>([
    ['relatie', 'beheerder', true],
    ['relatiebeheer', 'der', true],
    ['r', 'elatiebeheerder', true],
    // the first word is known itself: nothing after it is no join
    ['pet', 'ten', true],
    ['pet', 'je', false],
    ['relatie', 'beheer', false],
    // a first word that begins no known word
    ['xyz', 'pet', false],
    ['beheerder', 'relatie', false],
  ])('%j + %j → %j, as the vocabulary says', (head, tail, known) => {
    expect(dutch.isKnownJoined(head, tail)).toBe(known);
    expect(dutch.isKnownJoined(head, tail)).toBe(dutch.isKnown(head + tail)); // asked again: remembered
  });

  it('joins three words into a known one, and only a known one', () => {
    expect(dutch.isKnownJoinedThree('relatie', 'be', 'heerder')).toBe(true);
    expect(dutch.isKnownJoinedThree('so', 'ci', 'aal')).toBe(true);
    expect(dutch.isKnownJoinedThree('so', 'ci', 'al')).toBe(false);
    expect(dutch.isKnownJoinedThree('xyz', 'pe', 't')).toBe(false);
  });

  it("answers from its own vocabulary: another knowledge's corrector (a reload) does not inherit the joins", () => {
    const before = corrector({ relatiebeheerder: 1 });
    const after = corrector({ relatie: 1, beheer: 1 });
    expect(before.isKnownJoined('relatie', 'beheerder')).toBe(true);
    expect(after.isKnownJoined('relatie', 'beheerder')).toBe(false);
    expect(after.isKnownJoined('relatie', '')).toBe(true);
  });
});
