/**
 * Microsoft Teams: the reply's Markdown text (FAQ answers use only what Teams
 * renders: bold, italics, lists, links; no tables), and its buttons and the
 * feedback pair in an Adaptive Card under it. Never suggested actions: Teams
 * shows at most three and drops them on a message with a card.
 */
import { ActivityTypes, CardFactory, InputHints, type Activity } from 'botbuilder';
import type { Reply } from '../../conversation/reply';
import { buttonsCard } from './adaptiveCard';
import { LOCALES } from './locales';

export function teamsActivity(reply: Reply): Partial<Activity> {
  const activity: Partial<Activity> = {
    type: ActivityTypes.Message,
    text: reply.text,
    textFormat: 'markdown',
    locale: LOCALES[reply.language],
    inputHint: InputHints.AcceptingInput,
  };
  if (reply.buttons.length > 0 || reply.feedback) {
    activity.attachments = [CardFactory.adaptiveCard(buttonsCard(reply.buttons, reply.feedback))];
  }
  return activity;
}
