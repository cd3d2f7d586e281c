/**
 * Which entry a phrase names by its title, Dutch or English ("sociaal
 * ondernemen", "the nine hats"): quoted in a message, it says what is asked.
 */
import type { KnowledgeBase } from './types';
import { normalizeText } from '../text/normalize';

/** The id of the entry `phrase` (normalised) is the title of, without a leading article. */
export function entryTitled(knowledge: KnowledgeBase, phrase: string): string | undefined {
  return titlesOf(knowledge).get(withoutArticle(phrase));
}

const ARTICLE = /^(de|het|een|the|a|an) /;
const withoutArticle = (phrase: string) => phrase.replace(ARTICLE, '');

/** Per knowledge: each entry's titles, normalised and without article → its id. */
const titles = new WeakMap<KnowledgeBase, ReadonlyMap<string, string>>();

function titlesOf(knowledge: KnowledgeBase): ReadonlyMap<string, string> {
  let byTitle = titles.get(knowledge);
  if (!byTitle) {
    const map = new Map<string, string>();
    for (const entry of knowledge.entries)
      for (const title of [entry.title, entry.translation_en?.title])
        if (title) map.set(withoutArticle(normalizeText(title)), entry.id);
    titles.set(knowledge, (byTitle = map));
  }
  return byTitle;
}
