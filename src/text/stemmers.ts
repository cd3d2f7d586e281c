import porterStemmerNl from 'natural/lib/natural/stemmers/porter_stemmer_nl';
import porterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import type { Language } from '../knowledge/types';

type Stem = (word: string) => string;

/**
 * natural's Dutch Porter stemmer leaves double vowels in place in some forms
 * ("sociaal" → "sociaal", "sociale" → "social"); Dutch spelling doubles a vowel in
 * closed syllables only, so undoubling after stemming makes both forms meet.
 */
const dutch: Stem = (word) => porterStemmerNl.stem(word).replace(/([aeiou])\1/g, '$1');
const english: Stem = (word) => porterStemmer.stem(word);

export const stemmers: Record<Language, Stem> = { nl: dutch, en: english };
