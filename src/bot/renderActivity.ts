/**
 * Turns the channel-neutral Reply into a Bot Framework message activity:
 * Markdown text and the buttons as suggested actions (imBack, so a click sends
 * the button's text as the visitor's message, as Web Chat and the Emulator
 * show it).
 */
import { ActionTypes, ActivityTypes, InputHints, type Activity } from 'botbuilder';
import type { Reply } from '../conversation/reply';

const LOCALES = { nl: 'nl-NL', en: 'en-US' } as const;

/** @param recipientId the visitor the buttons are meant for */
export function renderActivity(reply: Reply, recipientId: string): Partial<Activity> {
  const activity: Partial<Activity> = {
    type: ActivityTypes.Message,
    text: reply.text,
    textFormat: 'markdown',
    locale: LOCALES[reply.language],
    inputHint: InputHints.AcceptingInput,
  };
  if (reply.buttons.length > 0) {
    activity.suggestedActions = {
      to: [recipientId],
      actions: reply.buttons.map((b) => ({ type: ActionTypes.ImBack, title: b.title, value: b.value })),
    };
  }
  return activity;
}
