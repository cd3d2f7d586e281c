/**
 * "volgende", "en de vorige?", "terug naar de lijst", "next": moves through
 * the list in focus.
 */
import type { KnowledgeEntry } from '../knowledge/types';
import type { Turn } from '../conversation/turn';
import { MESSAGES } from '../conversation/messages';
import { intent, type Outcome } from './types';
import { showEntry } from './showEntry';
import { noList, notice } from './notice';

type Direction = 'next' | 'previous' | 'list';

export const navigate = intent<Direction>({
  name: 'navigate',
  select(turn) {
    const kind = turn.followUp;
    return kind === 'next' || kind === 'previous' || kind === 'list' ? kind : undefined;
  },
  handle(turn, direction) {
    const list = turn.focusList;
    if (!list) return noList(turn);
    if (direction === 'list') return showEntry(turn, list);
    const focus = turn.focus!;
    // With the list itself in focus, "volgende" starts at its first item.
    const from = focus.id === list.id ? 0 : (focus.position ?? 0);
    const to = direction === 'next' ? from + 1 : from - 1;
    const target = list.items[to - 1];
    return target ? showEntry(turn, turn.knowledge.require(target)) : edge(turn, list, direction);
  },
});

/** At either end of the list: says so, with the items as buttons. */
export function edge(turn: Turn, list: KnowledgeEntry, direction: 'next' | 'previous'): Outcome {
  const m = MESSAGES[turn.language];
  const title = turn.deps.replies.title(list, turn.language);
  const text = direction === 'next' ? m.endOfList(title) : m.startOfList(title);
  return notice(turn, text, turn.deps.replies.itemButtons(list, turn.language));
}
