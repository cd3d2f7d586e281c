/**
 * Which greeting a conversationUpdate deserves.
 *
 * Teams: a welcome when the bot is installed for one person (the bot itself is
 * the member added in a personal chat); a short intro once when the bot is
 * added to a team or group chat, and nothing when people join it later, so a
 * busy team is not greeted per new colleague. Teams also sends an
 * installationUpdate on install; the bot answers only the conversationUpdate,
 * so the two cannot race into two welcomes.
 *
 * Other channels (Web Chat, the Emulator): a welcome when a visitor joins.
 */
import type { Activity } from 'botbuilder';

export type Greeting = 'welcome' | 'teamIntro';

export function greetingFor(activity: Activity): Greeting | undefined {
  const bot = activity.recipient.id;
  const added = activity.membersAdded ?? [];
  if (activity.channelId !== 'msteams') return added.some((m) => m.id !== bot) ? 'welcome' : undefined;
  if (!added.some((m) => m.id === bot)) return undefined;
  return activity.conversation.conversationType === 'personal' ? 'welcome' : 'teamIntro';
}
