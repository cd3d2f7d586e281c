/**
 * Web Chat, Direct Line, the Emulator and other channels: the reply's Markdown
 * text, and its buttons as suggested actions (imBack, so a click sends the
 * button's text as the visitor's message).
 *
 * The feedback pair comes last, as two messageBack actions after the item
 * buttons: suggested actions disappear with the next message, so old answers
 * never keep a stale pair, and the pair sits behind the buttons that lead on
 * instead of in front of them. Its question closes the text, in italics.
 */
import { ActionTypes, ActivityTypes, InputHints, type Activity, type CardAction } from 'botbuilder';
import type { Reply } from '../../conversation/reply';
import { LOCALES } from './locales';

/** @param recipientId the visitor the buttons are meant for */
export function markdownActivity(reply: Reply, recipientId: string): Partial<Activity> {
  const text = reply.feedback ? `${reply.text}\n\n_${reply.feedback.question}_` : reply.text;
  const activity: Partial<Activity> = {
    type: ActivityTypes.Message,
    text,
    textFormat: 'markdown',
    locale: LOCALES[reply.language],
    inputHint: InputHints.AcceptingInput,
  };
  const actions: CardAction[] = [
    ...reply.buttons.map((b) => ({ type: ActionTypes.ImBack, title: b.title, value: b.value })),
    ...(reply.feedback?.options ?? []).map((o) => ({
      type: ActionTypes.MessageBack,
      title: o.title,
      displayText: o.title,
      value: o.payload,
    })),
  ];
  if (actions.length > 0) activity.suggestedActions = { to: [recipientId], actions };
  return activity;
}
