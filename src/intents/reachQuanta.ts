/**
 * "Hoe neem ik contact met jullie op voor een gesprek?": a question how to
 * reach Quanta is answered with the contact details (text/reachQuanta.ts), even
 * when its other words score an entry about services or hats higher.
 */
import type { KnowledgeEntry } from '../knowledge/types';
import { CONTACT_ENTRY_ID } from '../knowledge/faqParser';
import { asksToReachQuanta } from '../text/reachQuanta';
import { intent } from './types';
import { showEntry } from './showEntry';

export const reachQuanta = intent<KnowledgeEntry>({
  name: 'reachQuanta',
  select(turn) {
    const contact = turn.knowledge.get(CONTACT_ENTRY_ID);
    return contact && asksToReachQuanta(turn.question) ? contact : undefined;
  },
  handle: (turn, contact) => showEntry(turn, contact),
});
