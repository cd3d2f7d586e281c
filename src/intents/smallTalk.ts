/**
 * Greetings, thanks, goodbyes, compliments, "help", "who are you": a short
 * social reply in the visitor's language, never an FAQ answer. Only a message
 * that is small talk as a whole counts: "Hallo, wat is sociaal ondernemen?" is
 * a question.
 */
import { MESSAGES } from '../conversation/messages';
import type { SmallTalkKind } from '../text/smallTalkLexicon';
import { recogniseSmallTalk, type SmallTalk } from '../text/smallTalkRecogniser';
import { smallTalkWithRemark } from '../text/smallTalkRemark';
import { emojiSmallTalk } from '../text/emojiSmallTalk';
import { ordinalIn } from './ordinal';
import type { Turn } from '../conversation/turn';
import type { Language } from '../text/language';
import { intent, type Outcome } from './types';

export const smallTalk = intent<SmallTalk>({
  name: 'smallTalk',
  select: (turn) =>
    // Emoji leave nothing once normalised: only such a message is looked at for them.
    recogniseSmallTalk(turn.normalized, turn.deps.matcher.words.smallTalk) ??
    (turn.normalized === '' ? emojiSmallTalk(turn.text) : undefined),
  handle: smallTalkReply,
});

/**
 * "Dank je, ik ga aan de slag.": thanks (or a goodbye, or a greeting with who writes) beside a remark
 * that asks nothing (text/smallTalkRemark.ts). Tried after the follow-ups and item questions, just
 * before the FAQ: "bedankt, de volgende graag" is a step through the list.
 */
export const smallTalkWithRemarkIntent = intent<SmallTalk>({
  // The same name as whole-message small talk: the turn log and the learning signals count them alike.
  name: 'smallTalk',
  select: (turn) =>
    smallTalkWithRemark(
      turn.text,
      (clause) => turn.followUpIn(clause) !== undefined || ordinalIn(turn, clause) !== undefined,
      turn.deps.matcher.words.smallTalk,
    ),
  handle: smallTalkReply,
});

function smallTalkReply(turn: Turn, { kind, language }: SmallTalk): Outcome {
  // A word both languages use ("ok", "hey", "top") keeps the conversation's language.
  const replyLanguage = language ?? turn.detected ?? turn.language;
  const { replies } = turn.deps;
  const buttons = WITH_TOPICS.includes(kind) ? replies.topicButtons(replyLanguage) : [];
  return {
    replies: [
      {
        kind: 'smalltalk',
        language: replyLanguage,
        text: replyText(kind, replyLanguage, replies),
        buttons,
      },
    ],
    language: replyLanguage,
  };
}

const WITH_TOPICS: SmallTalkKind[] = ['help', 'greeting', 'who', 'languages', 'complaint'];

/** The reply of a kind: "help" names example questions; a complaint ends with how to reach people. */
function replyText(kind: SmallTalkKind, language: Language, replies: Turn['deps']['replies']): string {
  const m = MESSAGES[language];
  if (kind === 'help') return m.help(replies.topicQuestions(language));
  if (kind === 'complaint') return `${m.smallTalk.complaint}\n\n${m.contactLine(replies.contact)}`;
  return m.smallTalk[kind];
}
