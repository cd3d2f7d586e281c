import type { Language } from '../knowledge/types';

/**
 * Everything the bot remembers about one conversation, kept in Bot Framework
 * conversation state between turns. One typed object; nothing else is stored.
 */
export interface ConversationMemory {
  /** The welcome was sent; it is sent once per conversation. */
  welcomed: boolean;
  /** The language of the visitor's last message that showed one. */
  language?: Language;
  /** The entry shown last (an answer, a list or a list item): what follow-ups refer to. */
  focusId?: string;
  /** The entries offered in the last clarification, so "de eerste" can pick one. */
  choiceIds?: string[];
  /** Staff view: scores under every reply (only when BOT_DEBUG allows it). */
  debug: boolean;
}

export function newMemory(): ConversationMemory {
  return { welcomed: false, debug: false };
}

/** Restores a memory read from storage, dropping anything that does not fit the shape. */
export function reviveMemory(stored: unknown): ConversationMemory {
  const memory = newMemory();
  if (typeof stored !== 'object' || stored === null) return memory;
  const s = stored as Record<string, unknown>;
  memory.welcomed = s.welcomed === true;
  memory.debug = s.debug === true;
  if (s.language === 'nl' || s.language === 'en') memory.language = s.language;
  if (typeof s.focusId === 'string') memory.focusId = s.focusId;
  if (Array.isArray(s.choiceIds) && s.choiceIds.every((c) => typeof c === 'string'))
    memory.choiceIds = s.choiceIds;
  return memory;
}
