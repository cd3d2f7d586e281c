/**
 * Dutch or English? Short questions defeat statistical detectors, so this
 * counts the words only one of the two languages has: function words weigh
 * most ("what", "the" versus "wat", "de"), then the knowledge base's own
 * vocabulary in each language. Words both languages share count for neither.
 */
import type { Language } from './language';
import { memoize } from './memoize';
import { normalizeText } from './normalize';
import { isFunctionWord, isStopword } from './stopwords';

const FUNCTION_WORD_WEIGHT = 3;

/** The turn asks about its message once, the matcher again: the last few answers are kept (not earlier turns'). */
const RECENT_TEXTS = 4;

export class LanguageDetector {
  private readonly recent = memoize(RECENT_TEXTS, (text) => this.count(text));

  constructor(private readonly vocabulary: Record<Language, ReadonlySet<string>>) {}

  /** The language of the text, or undefined when the words do not tell. */
  detect(text: string): Language | undefined {
    return this.recent(text);
  }

  private count(text: string): Language | undefined {
    const score: Record<Language, number> = { nl: 0, en: 0 };
    for (const word of normalizeText(text).split(' ')) {
      const nl = this.weight(word, 'nl');
      const en = this.weight(word, 'en');
      if (nl > 0 && en > 0) continue;
      score.nl += nl;
      score.en += en;
    }
    if (score.nl === score.en) return undefined;
    return score.nl > score.en ? 'nl' : 'en';
  }

  private weight(word: string, language: Language): number {
    if (isFunctionWord(word, language)) return FUNCTION_WORD_WEIGHT;
    if (isStopword(word, language)) return 2;
    return this.vocabulary[language].has(word) ? 1 : 0;
  }
}
