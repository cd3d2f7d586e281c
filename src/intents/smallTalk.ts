/**
 * Greetings, thanks, goodbyes, compliments, "help", "who are you": a short
 * social reply in the visitor's language, never an FAQ answer. Only a message
 * that is small talk as a whole counts: "Hallo, wat is sociaal ondernemen?" is
 * a question.
 */
import { MESSAGES } from '../conversation/messages';
import type { SmallTalkKind } from '../text/smallTalkLexicon';
import { recogniseSmallTalk, type SmallTalk } from '../text/smallTalkRecogniser';
import { intent } from './types';

export const smallTalk = intent<SmallTalk>({
  name: 'smallTalk',
  select: (turn) => recogniseSmallTalk(turn.normalized, turn.deps.matcher.words.smallTalk),
  handle(turn, { kind, language }) {
    // A word both languages use ("ok", "hey", "top") keeps the conversation's language.
    const replyLanguage = language ?? turn.detected ?? turn.language;
    const { replies } = turn.deps;
    const buttons = WITH_TOPICS.includes(kind) ? replies.topicButtons(replyLanguage) : [];
    const m = MESSAGES[replyLanguage];
    return {
      replies: [
        {
          kind: 'smalltalk',
          language: replyLanguage,
          text: kind === 'help' ? m.help(replies.topicQuestions(replyLanguage)) : m.smallTalk[kind],
          buttons,
        },
      ],
      language: replyLanguage,
    };
  },
});

const WITH_TOPICS: SmallTalkKind[] = ['help', 'greeting', 'who'];
