/**
 * The one place that decides how a reply looks on a channel. Teams gets an
 * Adaptive Card for its buttons (it shows at most three suggested actions, and
 * none on a message with a card); every other channel (Web Chat, Direct Line,
 * the Emulator, …) gets Markdown with suggested actions.
 */
import type { Activity } from 'botbuilder';
import type { Reply } from '../../conversation/reply';
import { markdownActivity } from './markdownActivity';
import { teamsActivity } from './teamsActivity';

export interface RenderTarget {
  /** The Bot Framework channel, e.g. "msteams", "webchat", "directline", "emulator". */
  channelId: string;
  /** The visitor the buttons are meant for. */
  recipientId: string;
}

export function renderReply(reply: Reply, target: RenderTarget): Partial<Activity> {
  return target.channelId === 'msteams' ? teamsActivity(reply) : markdownActivity(reply, target.recipientId);
}
