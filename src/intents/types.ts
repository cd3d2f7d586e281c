import type { Language } from '../text/language';
import type { Turn } from '../conversation/turn';
import type { Reply } from '../conversation/reply';
import type { RatedAnswer } from '../conversation/feedbackPrompt';

/** What handling a message produced: the replies and what the conversation now remembers. */
export interface Outcome {
  replies: Reply[];
  /** The entry now in focus; undefined leaves the focus as it was. */
  focusId?: string;
  /** Entries offered in a clarification ("de eerste" picks from them). Cleared when absent. */
  choiceIds?: string[];
  /** Set when the message showed its language, so later short messages get the same. */
  language?: Language;
  /** The bot had no answer: record the question for staff. */
  unanswered?: boolean;
  /** The entries a fallback offered as the nearest topics (for the learning signals). */
  offered?: string[];
  /** The visitor rated an answer: record it for staff. */
  rated?: RatedAnswer;
  debug?: boolean;
}

/**
 * One kind of message the bot understands. The bot tries intents in order; the
 * first whose `select` returns something handles the message.
 */
export interface Intent<T = unknown> {
  name: string;
  /** What the intent recognised in the message, or undefined when it does not apply. */
  select(turn: Turn): T | undefined;
  handle(turn: Turn, selected: T): Outcome;
}

/** Declares an intent with its own selection type, stored in the untyped intent list. */
export function intent<T>(definition: Intent<T>): Intent {
  return definition;
}
