/**
 * A word's stem in each language, as that language's pipeline analyses it (synonyms included): what
 * the recognisers of list nouns compare with the stems of the item nouns ("petten", "eigenschappen").
 * They ask about every word of every message, mostly in both languages: one memory per knowledge
 * (bounded) holds both languages' answers for a word, each worked out when first asked, so a word
 * costs one look-up a turn, not one per language.
 */
import type { Matcher } from '../matching/matcher';
import type { Language } from '../text/language';
import { memoize } from '../text/memoize';

/** A word's stems so far: undefined not yet asked, null when the word has none (a stopword). */
export type WordStems = Partial<Record<Language, string | null>>;

/** Distinct words whose stems are remembered (bounded). */
const REMEMBERED_WORDS = 10_000;

export class ItemNounStems {
  /** The word's record, filled in per language as asked (the answers depend on the word alone). */
  readonly of: (word: string) => WordStems = memoize(REMEMBERED_WORDS, (): WordStems => ({}));

  constructor(private readonly matcher: Matcher) {}

  /** The word's stem in the language, from its record (`stems`, this memory's record of `word`). */
  stemIn(stems: WordStems, word: string, language: Language): string | undefined {
    let stem = stems[language];
    if (stem === undefined)
      stems[language] = stem = this.matcher.indexes[language].pipeline.stems(word)[0] ?? null;
    return stem ?? undefined;
  }

  /** The word's stem in the language (one look-up of its record). */
  stemOf(word: string, language: Language): string | undefined {
    return this.stemIn(this.of(word), word, language);
  }
}
