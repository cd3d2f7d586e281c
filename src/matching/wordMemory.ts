/**
 * What a typed word comes to in this knowledge, in both languages: its tokens (spelling corrected,
 * synonyms, stemmed: the matcher's analysis) and its stem without correction (what the item nouns
 * are compared with). One bounded memory holds all of a word's answers, each worked out when first
 * asked: every recogniser asks about the same few words of a message, and on a busy server what
 * costs is reaching a memory, so one memory reached per word beats one per language and per kind.
 * Owned by the matcher, so a knowledge reload starts afresh.
 */
import type { Language } from '../text/language';
import type { AnalyzedToken } from '../text/pipeline';
import { memoize } from '../text/memoize';
import { couldStartOrdinal } from '../text/ordinals';
import { followUpKeywords } from '../text/followUpWords';
import { isSmallTalkWord, spellSmallTalk, type SmallTalkWords } from '../text/smallTalkRecogniser';
import type { LanguageIndex } from './languageIndex';

/** One word's answers so far: undefined not yet asked; a stem of null when the word has none. */
export class WordRecord {
  nlTokens: readonly AnalyzedToken[] | undefined = undefined;
  enTokens: readonly AnalyzedToken[] | undefined = undefined;
  nlStem: string | null | undefined = undefined;
  enStem: string | null | undefined = undefined;
  /** Whether an ordinal can start at the word (couldStartOrdinal: the same in any knowledge). */
  ordinalStart: boolean | undefined = undefined;
  /** The small-talk word it is meant to be, and whether it is one (smallTalkRecogniser.ts: any knowledge's). */
  smallTalkSpelling: string | undefined = undefined;
  smallTalkWord: boolean | undefined = undefined;
  /** The follow-up keywords it is (followUpWords.ts: any knowledge's). */
  followUpKeywords: ReadonlySet<string> | undefined = undefined;
}

/** Distinct typed words remembered (the least recently asked are forgotten). */
const REMEMBERED_WORDS = 20_000;

export class WordMemory {
  /** The word's record (the answers depend on the word and this knowledge alone). */
  readonly of: (word: string) => WordRecord = memoize(REMEMBERED_WORDS, () => new WordRecord());

  constructor(private readonly indexes: Record<Language, LanguageIndex>) {}

  /** The word's tokens in the language, as the language's pipeline analyses it with its corrector. */
  tokens(word: string, language: Language): readonly AnalyzedToken[] {
    const record = this.of(word);
    const index = this.indexes[language];
    if (language === 'nl') return (record.nlTokens ??= index.pipeline.tokensOfWord(word, index.corrector));
    return (record.enTokens ??= index.pipeline.tokensOfWord(word, index.corrector));
  }

  /** Whether an ordinal can start at the word (ordinals.ts). */
  mayStartOrdinal(word: string): boolean {
    const record = this.of(word);
    return (record.ordinalStart ??= couldStartOrdinal(word));
  }

  /** The follow-up keywords the word is, from its record. */
  followUpKeywords(word: string): ReadonlySet<string> {
    return (this.of(word).followUpKeywords ??= followUpKeywords(word));
  }

  /** What the small-talk recogniser asks about a word, from the word's record. */
  readonly smallTalk: SmallTalkWords = {
    spelled: (word) => (this.of(word).smallTalkSpelling ??= spellSmallTalk(word)),
    isSmallTalkWord: (word) => (this.of(word).smallTalkWord ??= isSmallTalkWord(word)),
  };

  /** The word's stem in the language without spelling correction (one look-up of its record). */
  stemOf(word: string, language: Language): string | undefined {
    return this.stemIn(this.of(word), word, language);
  }

  /** The word's stem in the language without spelling correction, from its record (`record` is this memory's `of(word)`). */
  stemIn(record: WordRecord, word: string, language: Language): string | undefined {
    // null is an answer (the word has no stem), remembered like any other: not `??=`, which would ask again.
    let stem = language === 'nl' ? record.nlStem : record.enStem;
    if (stem === undefined) {
      stem = this.indexes[language].pipeline.stems(word)[0] ?? null;
      if (language === 'nl') record.nlStem = stem;
      else record.enStem = stem;
    }
    return stem ?? undefined;
  }
}
