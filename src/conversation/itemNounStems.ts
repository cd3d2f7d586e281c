/**
 * A word's stem in each language, as that language's pipeline analyses it (synonyms included): what
 * the recognisers of list nouns compare with the stems of the item nouns ("petten", "eigenschappen").
 * They ask about every word of every message, mostly in both languages: the answers are kept in the
 * matcher's memory of words (one record per word for both languages and the matcher's own
 * analyses), each worked out when first asked.
 */
import type { Matcher } from '../matching/matcher';
import type { WordRecord } from '../matching/wordMemory';
import type { Language } from '../text/language';

export type { WordRecord };

export class ItemNounStems {
  constructor(private readonly matcher: Matcher) {}

  /** The word's record in the matcher's memory of words. */
  of(word: string): WordRecord {
    return this.matcher.words.of(word);
  }

  /** The word's stem in the language, from its record (`record`, this memory's record of `word`). */
  stemIn(record: WordRecord, word: string, language: Language): string | undefined {
    return this.matcher.words.stemIn(record, word, language);
  }

  /** The word's stem in the language (one look-up of its record). */
  stemOf(word: string, language: Language): string | undefined {
    return this.stemIn(this.of(word), word, language);
  }
}
