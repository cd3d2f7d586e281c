/**
 * "En die na de partner?", "wat komt er voor de schatbewaarder?", "the one
 * after the strategist": the item next to one the visitor names, in its list.
 * Dutch "voor" is mostly "for" ("wat betekent dat voor de klant?"), so it
 * counts as "before" only after a word that asks which one comes ("die voor
 * de partner", "wat komt er voor …").
 */
import type { KnowledgeEntry } from '../knowledge/types';
import type { Turn } from '../conversation/turn';
import { normalizeText, normalizedWords } from '../text/normalize';
import { isFiller } from '../text/fillerWords';
import { intent } from './types';
import { showEntry } from './showEntry';
import { edge } from './navigate';
import { withFields } from '../text/withFields';

type Beside = { list: KnowledgeEntry; item: KnowledgeEntry; direction: 'next' | 'previous' };

const AFTER = new Set(['na', 'after', 'following']);
const BEFORE = new Set(['before', 'preceding']);
/** Words after which Dutch "voor" means "before": "die voor de partner", "wat komt er voor …". */
const BEFORE_CUES = new Set(['die', 'degene', 'welke', 'komt', 'kwam', 'zit', 'staat', 'er']);
const ARTICLES = new Set(['de', 'het', 'the', 'een', 'a']);
/** Longer messages are questions of their own. */
const MAX_WORDS = 8;

export const besideItem = intent<Beside>({
  name: 'besideItem',
  select(turn) {
    const words = normalizedWords(turn.question).filter(Boolean);
    if (words.length > MAX_WORDS) return undefined;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const before = BEFORE.has(word) || (word === 'voor' && BEFORE_CUES.has(words[i - 1] ?? ''));
      if (!AFTER.has(word) && !before) continue;
      // Everything before the preposition is filler: "en die", "wat komt er".
      if (!words.slice(0, i).every((w) => isFiller(w) || BEFORE_CUES.has(w))) continue;
      const named = words.slice(i + 1).filter((w) => !ARTICLES.has(w));
      const found = namedItem(turn, named);
      if (found) return withFields(found, { direction: before ? ('previous' as const) : ('next' as const) });
    }
    return undefined;
  },
  handle(turn, { list, item, direction }) {
    const at = list.items.indexOf(item.id) + (direction === 'next' ? 1 : -1);
    const target = list.items[at];
    return target ? showEntry(turn, turn.knowledge.require(target)) : edge(turn, list, direction);
  },
});

/** The item whose title the words are (the list in focus first), with its list. */
function namedItem(turn: Turn, words: string[]): { list: KnowledgeEntry; item: KnowledgeEntry } | undefined {
  if (words.length === 0) return undefined;
  const said = words.join(' ');
  const lists = [turn.focusList, ...turn.knowledge.entries.filter((e) => e.items.length > 0)].filter(
    (l): l is KnowledgeEntry => l !== undefined,
  );
  for (const list of lists) {
    for (const id of list.items) {
      const item = turn.knowledge.require(id);
      const titles = [item.title, item.translation_en?.title]
        .filter((t): t is string => !!t)
        .map(normalizeText);
      if (titles.includes(said)) return { list, item };
    }
  }
  return undefined;
}
