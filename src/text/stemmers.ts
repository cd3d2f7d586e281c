import porterStemmerNl from 'natural/lib/natural/stemmers/porter_stemmer_nl';
import porterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import type { Language } from './language';
import { memoize } from './memoize';
import { SUPERLATIVE } from './dutchMorphology';

type Stem = (word: string) => string;

/**
 * natural's Dutch Porter stemmer leaves double vowels in place in some forms
 * ("sociaal" → "sociaal", "sociale" → "social"); Dutch spelling doubles a vowel in
 * closed syllables only, so undoubling after stemming makes both forms meet. A superlative
 * ("belangrijkste") is stemmed as its adjective (dutchMorphology's SUPERLATIVE): the stemmer kept
 * its "st", so "is geld het belangrijkste?" shared no word with "hoe belangrijk is geld?".
 */
const dutch: Stem = (word) =>
  OWN_STEMS.get(word) ??
  porterStemmerNl
    .stem(word.replace(LONG_VOWEL_F, '$1ven').replace(SUPERLATIVE, '$1'))
    .replace(/([aeiou])\1/g, '$1');

/**
 * A verb whose infinitive has "v" writes "f" after a long vowel ("leven" → "leef"; "geven" → "geef"):
 * the stemmer gives "lev" and "lef", the stem of "lef" (courage), so "leeft Lucebert nog?" (read as
 * "leef" by dutchMorphology's verb forms) was a question about courage. Stemmed as its infinitive
 * ("leef" as "leven"), the forms meet.
 */
const LONG_VOWEL_F = /([aeou])\1f$/;

/**
 * Words the stemmer would give another word's stem: "zaak" and "zaken" (a business, a matter) stem as
 * "zak" (a bag), so "het echt als jouw zaak voelen" matched the intangible service's "een kat in de zak
 * kopen" (visitors-cl). The bag keeps a stem of its own.
 */
const OWN_STEMS = new Map([
  ['zak', 'zakk'],
  ['zakken', 'zakk'],
  // "tegen de regels ingaan": rules, not the coordinator's "regelen" ("regel"), which took a question
  // about going against the rules to the coordinator (visitors-cr). "regel" alone may be either.
  ['regels', 'regels'],
  ['regeltjes', 'regels'],
  // "goede relaties houden met bewoners en partners": the people one works with, whom the FAQ lists
  // beside colleagues and clients, not the hat Partner, which took such questions (visitors-ai, -ak).
  ['partners', 'partners'],
]);

const english: Stem = (word) => porterStemmer.stem(word);

/** Distinct words remembered per language (the least recently stemmed are forgotten). */
const REMEMBERED_WORDS = 50_000;

/**
 * A stem depends on the word alone, and a turn stems the same words several
 * times (each language, each recogniser; the knowledge base's words at every
 * load): natural's stemmers run a dozen regular expressions per word, so each
 * word's stem is remembered (bounded, like the spelling corrector's answers).
 */
export const stemmers: Record<Language, Stem> = {
  nl: memoize(REMEMBERED_WORDS, dutch),
  en: memoize(REMEMBERED_WORDS, english),
};
