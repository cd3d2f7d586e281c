/**
 * A click on a card button that carries a payload (messageBack or
 * Action.Submit with `{ entryId }`): shows exactly that entry, no matching.
 */
import type { KnowledgeEntry } from '../knowledge/types';
import { intent } from './types';
import { showEntry } from './showEntry';

export const buttonPayload = intent<KnowledgeEntry>({
  name: 'buttonPayload',
  select(turn) {
    const value = turn.input.value;
    if (typeof value !== 'object' || value === null) return undefined;
    const entryId = (value as Record<string, unknown>).entryId;
    return typeof entryId === 'string' ? turn.knowledge.get(entryId) : undefined;
  },
  handle: showEntry,
});
