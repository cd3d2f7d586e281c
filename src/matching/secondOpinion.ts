/**
 * A second, independent reading of a question, for the one decision the
 * matcher's score cannot settle alone: when its best candidates are close, the
 * bot asks back ("Bedoelt u …?"). MiniSearch (BM25 over every phrasing, the
 * answer and the concepts of each entry, with prefix and fuzzy search) ranks
 * the same options its own way; when it puts the matcher's first option first,
 * well clear of the others, two different retrievals agree and the bot answers.
 *
 * How clearly it must agree is `secondOpinionRatio`; matcherOptions.ts gives
 * the development-set figures that set it. Only the intents ask it (on a
 * would-be ask-back of three topic words or more), so it costs nothing on
 * most turns.
 */
import MiniSearch from 'minisearch';
import type { KnowledgeBase } from '../knowledge/types';
import { phrasingsOf } from './languageIndex';
import { isStopword } from '../text/stopwords';
import { normalizeText } from '../text/normalize';

/** One phrasing (or answer, or concept) of an entry, as MiniSearch indexes it. */
export interface Doc {
  id: number;
  entryId: string;
  text: string;
}

/**
 * MiniSearch over Dutch and English text, with the stopword filtering its documentation recommends
 * (without it every question matches on "wat" or "de"), fuzzy and prefix search. The bench's
 * MiniSearch peer (bench/peers.ts) uses the same.
 */
export const MINISEARCH_OPTIONS = {
  fields: ['text'],
  storeFields: ['entryId'],
  processTerm: (term: string) => {
    const word = normalizeText(term);
    return !word || isStopword(word, 'nl') || isStopword(word, 'en') ? null : word;
  },
  // maxFuzzy: 0.2 of a 21-letter word ("overheidsorganisaties") is 4 edits, and such a search took
  // milliseconds (2.5 ms; 0.26 ms at one edit). One edit still forgives a typo per word; on the
  // development sets it settled one more question right and none wrong.
  searchOptions: { fuzzy: 0.2, prefix: true, maxFuzzy: 1 },
};

export class SecondOpinion {
  private readonly search: MiniSearch<Doc>;

  constructor(knowledge: KnowledgeBase) {
    this.search = new MiniSearch<Doc>(MINISEARCH_OPTIONS);
    let id = 0;
    this.search.addAll(
      knowledge.entries.flatMap((entry) =>
        [
          ...phrasingsOf(entry, 'nl'),
          ...phrasingsOf(entry, 'en'),
          entry.answer,
          ...(entry.concepts ?? []),
          ...(entry.concepts_en ?? []),
        ].map((text) => ({ id: id++, entryId: entry.id, text })),
      ),
    );
  }

  /**
   * Whether this reading puts `options[0]` first among the options, by at least `ratio` times the
   * score of the next (an option it does not find at all scores 0).
   */
  confirmsFirst(question: string, options: readonly string[], ratio: number): boolean {
    const [first] = options;
    if (!first || options.length < 2) return false;
    const best = new Map<string, number>();
    for (const hit of this.search.search(question)) {
      const id = String(hit['entryId']);
      if (options.includes(id) && hit.score > (best.get(id) ?? 0)) best.set(id, hit.score);
    }
    const mine = best.get(first) ?? 0;
    const rival = Math.max(0, ...options.slice(1).map((id) => best.get(id) ?? 0));
    return mine > 0 && mine >= ratio * rival;
  }
}
