/** A message without letters or digits (emoji, punctuation, an empty card submit). */
import { MESSAGES } from '../conversation/messages';
import { intent } from './types';
import { emojiSmallTalk } from '../text/emojiSmallTalk';

export const noWords = intent<true>({
  name: 'noWords',
  // "👍", "🙏": emoji that say "ok" or "thanks" are small talk (text/emojiSmallTalk.ts).
  select: (turn) => (turn.normalized === '' && !emojiSmallTalk(turn.text) ? true : undefined),
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
