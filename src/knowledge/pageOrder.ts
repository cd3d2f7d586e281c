/**
 * The order of the FAQ page, for everything that lists entries to visitors (the
 * welcome's topics, the lists named when an ordinal has no list, the Teams
 * command menu).
 */
import type { KnowledgeBase, KnowledgeEntry } from './types';
import { normalizeText } from '../text/normalize';

/**
 * Entries in the order the FAQ page answers them: by where the longest line of their answer stands
 * on the page (answers are the page's own words, so it is there; the questions are not a guide, as
 * the page lists its main questions above all answers). Entries not found keep their order, last.
 */
export function inPageOrder(knowledge: KnowledgeBase, entries: readonly KnowledgeEntry[]): KnowledgeEntry[] {
  const page = ` ${normalizeText(knowledge.sourceText)} `;
  const at = new Map(
    entries.map((e) => {
      const longest = e.answer
        .split('\n')
        .map(normalizeText)
        .reduce((a, b) => (b.length > a.length ? b : a), '');
      const found = longest ? page.indexOf(` ${longest} `) : -1;
      return [e, found >= 0 ? found : Number.MAX_SAFE_INTEGER];
    }),
  );
  return [...entries].sort((a, b) => at.get(a)! - at.get(b)!);
}
