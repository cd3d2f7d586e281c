/** A message without letters or digits (emoji, punctuation, an empty card submit). */
import { MESSAGES } from '../conversation/messages';
import { intent } from './types';

export const noWords = intent<true>({
  name: 'noWords',
  select: (turn) => (turn.normalized === '' ? true : undefined),
  handle(turn) {
    const m = MESSAGES[turn.language];
    const text = `${m.noWords}\n\n${m.contactLine(turn.deps.replies.contact)}`;
    return {
      replies: [
        {
          kind: 'fallback',
          language: turn.language,
          text,
          buttons: turn.deps.replies.topicButtons(turn.language),
        },
      ],
    };
  },
});
