/** A message without letters or digits (emoji, punctuation, an empty card submit). */
import { MESSAGES } from '../conversation/messages';
import { intent } from './types';

export const noWords = intent<true>({
  name: 'noWords',
  select: (turn) => (turn.normalized === '' ? true : undefined),
  handle(turn) {
    const m = MESSAGES[turn.language];
    const { replies } = turn.deps;
    const text = `${m.noWords(replies.topicQuestions(turn.language)[0])}\n\n${m.contactLine(replies.contact)}`;
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
