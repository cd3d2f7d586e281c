import type { Turn } from '../conversation/turn';
import type { Button } from '../conversation/reply';
import type { Outcome } from './types';

/** A message of the bot's own (not FAQ text), with buttons to go on from there. */
export function notice(turn: Turn, text: string, buttons: Button[]): Outcome {
  return { replies: [{ kind: 'notice', language: turn.language, text, buttons }] };
}
