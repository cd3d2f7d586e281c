import type { Language } from '../text/language';

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
  /**
   * The bot fell back on a question after the focus was shown: the visitor asked about something
   * else. Follow-ups that say so ("en de derde?", "volgende") still use the focus, but it no longer
   * gives the candidates of an unrelated question a head start ("Hoe laat is het?" is no question
   * about the hat shown three turns before). Cleared when an entry is shown.
   */
  focusFaded?: boolean;
  /**
   * The lists shown in this conversation (a list or one of its items), the most recent last: "terug
   * naar de eigenschappen" goes back to the one of the lists that noun names that was seen. Kept when
   * the focus is let go.
   */
  listsShown?: string[];
  /** The entries offered in the last clarification, so "de eerste" can pick one. */
  choiceIds?: string[];
  /** Staff view: scores under every reply (only when BOT_DEBUG allows it). */
  debug: boolean;
  /** A question asked back on or not answered, waiting for what the visitor does next (learning signals). */
  pending?: PendingQuestion;
  /** The question that led to an answer, so a 👎 on that answer is recorded with it. */
  answered?: AnsweredQuestion;
}

/** How many turns after an ask-back or a fallback an answered question still counts as its rephrasing. */
export const PENDING_TURNS = 3;

/** The visitor's texts are kept redacted, as in the logs (src/text/redact.ts). */
export interface PendingQuestion {
  text: string;
  language: Language;
  outcome: 'clarify' | 'fallback';
  /** The entries offered: the "Bedoelt u …?" options, or the fallback's nearest topics. */
  offered: string[];
  /** Turns still to come in which an answer counts (PENDING_TURNS down to 1). */
  turnsLeft: number;
}

export interface AnsweredQuestion {
  text: string;
  entryId: string;
}

export function newMemory(): ConversationMemory {
  return { welcomed: false, debug: false };
}

/** What the conversation remembers of the entry in focus: forgotten on a new topic, checked on a reload. */
export const FOCUS_FIELDS: ReadonlySet<keyof ConversationMemory> = new Set([
  'focusId',
  'focusFaded',
  'choiceIds',
]);

/**
 * A copy of the memory without these fields, the others in the same order. Not `delete` nor a rest
 * pattern: either leaves V8 a slow object that every later copy of the memory pays for, once per turn.
 */
export function memoryWithout(
  memory: Readonly<ConversationMemory>,
  fields: ReadonlySet<keyof ConversationMemory>,
): ConversationMemory {
  const copy: Partial<Record<keyof ConversationMemory, unknown>> = {};
  for (const key of Object.keys(memory) as (keyof ConversationMemory)[])
    if (!fields.has(key)) copy[key] = memory[key];
  return copy as ConversationMemory;
}

/** Restores a memory read from storage, dropping anything that does not fit the shape. */
export function reviveMemory(stored: unknown): ConversationMemory {
  const memory = newMemory();
  if (typeof stored !== 'object' || stored === null) return memory;
  const s = stored as Record<string, unknown>;
  memory.welcomed = s.welcomed === true;
  memory.debug = s.debug === true;
  if (isLanguage(s.language)) memory.language = s.language;
  if (typeof s.focusId === 'string') memory.focusId = s.focusId;
  if (memory.focusId !== undefined && s.focusFaded === true) memory.focusFaded = true;
  if (isStrings(s.choiceIds)) memory.choiceIds = s.choiceIds;
  if (isStrings(s.listsShown)) memory.listsShown = s.listsShown;
  const pending = revivePending(s.pending);
  if (pending) memory.pending = pending;
  const answered = reviveAnswered(s.answered);
  if (answered) memory.answered = answered;
  return memory;
}

function revivePending(stored: unknown): PendingQuestion | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const p = stored as Record<string, unknown>;
  const { text, language, outcome, offered, turnsLeft } = p;
  if (typeof text !== 'string' || text === '' || !isLanguage(language) || !isStrings(offered))
    return undefined;
  if (outcome !== 'clarify' && outcome !== 'fallback') return undefined;
  if (
    typeof turnsLeft !== 'number' ||
    !Number.isInteger(turnsLeft) ||
    turnsLeft < 1 ||
    turnsLeft > PENDING_TURNS
  )
    return undefined;
  return { text, language, outcome, offered, turnsLeft };
}

function reviveAnswered(stored: unknown): AnsweredQuestion | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const { text, entryId } = stored as Record<string, unknown>;
  return typeof text === 'string' && text !== '' && typeof entryId === 'string'
    ? { text, entryId }
    : undefined;
}

function isLanguage(value: unknown): value is Language {
  return value === 'nl' || value === 'en';
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}
