/**
 * "Waar hoort dit eigenlijk bij, wat is het grotere verhaal?", "what is this part of?" right after a
 * list item or an excerpt: the whole it belongs to (the list, the answer it was cut from). The
 * matcher read the words alone and fell back (visitors-cu, -dn).
 */
import type { KnowledgeEntry } from '../knowledge/types';
import { asksWhatItIsPartOf } from '../text/partOfQuestion';
import { intent } from './types';
import { showEntry } from './showEntry';

export const wholeOfFocus = intent<KnowledgeEntry>({
  name: 'wholeOfFocus',
  select(turn) {
    const focus = turn.focus;
    if (!focus?.partOf || turn.memory.focusFaded || !asksWhatItIsPartOf(turn.normalized)) return undefined;
    return turn.knowledge.get(focus.partOf);
  },
  handle: (turn, whole) => showEntry(turn, whole),
});
