import type { Turn } from '../conversation/turn';
import type { Button } from '../conversation/reply';
import type { Outcome } from './types';
import { MESSAGES } from '../conversation/messages';

/** A message of the bot's own (not FAQ text), with buttons to go on from there. */
export function notice(turn: Turn, text: string, buttons: Button[]): Outcome {
  return { replies: [{ kind: 'notice', language: turn.language, text, buttons }] };
}

/** "Which list do you mean?": the knowledge's lists named, its topics as buttons. */
export function noList(turn: Turn): Outcome {
  const { replies } = turn.deps;
  const text = MESSAGES[turn.language].noList(replies.listTitles(turn.language));
  return notice(turn, text, replies.topicButtons(turn.language));
}
