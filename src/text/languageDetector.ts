/**
 * Dutch or English? Short questions defeat statistical detectors, so this
 * counts the words only one of the two languages has: function words weigh
 * most ("what", "the" versus "wat", "de"), then the knowledge base's own
 * vocabulary in each language. Words both languages share count for neither.
 */
import type { Language } from './language';
import { memoize } from './memoize';
import { normalizedWords } from './normalize';
import { isFunctionWord, isStopword, stopwordList } from './stopwords';

const FUNCTION_WORD_WEIGHT = 3;

/** What a stopword says of each language: function words most, frame words less, 0 when only the vocabulary can tell. */
type StopWeights = Record<Language, number>;

function stopWeight(word: string, language: Language): number {
  if (isFunctionWord(word, language)) return FUNCTION_WORD_WEIGHT;
  return isStopword(word, language) ? 2 : 0;
}

/**
 * The stopwords of both languages, weighed once: a word then costs one look-up here (and the
 * vocabularies') instead of four set look-ups per language, and most words of a message are none.
 */
const STOP_WEIGHTS: ReadonlyMap<string, StopWeights> = new Map(
  [...stopwordList('nl'), ...stopwordList('en')].map((w) => [
    w,
    { nl: stopWeight(w, 'nl'), en: stopWeight(w, 'en') },
  ]),
);

/** The turn asks about its message once, the matcher again: the last few answers are kept (not earlier turns'). */
const RECENT_TEXTS = 4;

export class LanguageDetector {
  private readonly recent = memoize(RECENT_TEXTS, (text) => this.count(text));
  /**
   * What each word says of each language, stopword weight or vocabulary, worked out once per
   * knowledge: one look-up per word of a message instead of three (the stopwords' and both
   * vocabularies'). A word not in it says nothing of either language.
   */
  private readonly weights = new Map<string, StopWeights>();

  constructor(private readonly vocabulary: Record<Language, ReadonlySet<string>>) {
    for (const word of [...STOP_WEIGHTS.keys(), ...vocabulary.nl, ...vocabulary.en]) {
      const stop = STOP_WEIGHTS.get(word);
      this.weights.set(word, {
        nl: stop?.nl || this.inVocabulary(word, 'nl'),
        en: stop?.en || this.inVocabulary(word, 'en'),
      });
    }
  }

  /** The language of the text, or undefined when the words do not tell. */
  detect(text: string): Language | undefined {
    return this.recent(text);
  }

  private count(text: string): Language | undefined {
    const score: Record<Language, number> = { nl: 0, en: 0 };
    for (const word of normalizedWords(text)) {
      const weights = this.weights.get(word);
      if (weights === undefined) continue; // 0 for both: adds nothing
      const { nl, en } = weights;
      if (nl > 0 && en > 0) continue;
      score.nl += nl;
      score.en += en;
    }
    if (score.nl === score.en) return undefined;
    return score.nl > score.en ? 'nl' : 'en';
  }

  /** The weight of a word that is no stopword of the language: 1 when the knowledge uses it. */
  private inVocabulary(word: string, language: Language): number {
    return this.vocabulary[language].has(word) ? 1 : 0;
  }
}
