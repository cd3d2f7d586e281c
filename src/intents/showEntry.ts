import type { KnowledgeEntry } from '../knowledge/types';
import type { Turn } from '../conversation/turn';
import type { Outcome } from './types';

/** The outcome of showing an entry: its reply, and the focus moves to it. */
export function showEntry(turn: Turn, entry: KnowledgeEntry): Outcome {
  return { replies: [turn.deps.replies.entry(entry, turn.language)], focusId: entry.id };
}
