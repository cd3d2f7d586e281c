/**
 * Which greeting an install or join deserves.
 *
 * Teams: the bot greets on the installationUpdate ("add") that Teams sends when
 * the app is installed: a welcome in a personal chat, a short intro in a team
 * or group chat. Teams also sends a conversationUpdate with the bot among the
 * members added; answering only one of the two means they cannot race into
 * two welcomes (the Microsoft 365 Agents Playground sends only the
 * installationUpdate). People joining a team or group chat later are not
 * greeted, so a busy team is not greeted per new colleague.
 *
 * Other channels (Web Chat, the Emulator): a welcome when a visitor joins.
 */
import type { Activity } from 'botbuilder';

export type Greeting = 'welcome' | 'teamIntro';

export function greetingFor(activity: Activity): Greeting | undefined {
  if (activity.channelId === 'msteams') {
    if (activity.type !== 'installationUpdate' || !activity.action?.startsWith('add')) return undefined;
    return activity.conversation.conversationType === 'personal' ? 'welcome' : 'teamIntro';
  }
  if (activity.type !== 'conversationUpdate') return undefined;
  const bot = activity.recipient.id;
  return (activity.membersAdded ?? []).some((m) => m.id !== bot) ? 'welcome' : undefined;
}
