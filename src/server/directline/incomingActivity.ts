/**
 * What a browser may post to the local Direct Line endpoint, checked and
 * completed the way the Direct Line service does it: the sender, conversation,
 * recipient and channel come from the token, never from the client.
 */
import type { Activity } from 'botbuilder';
import { validateActivity } from '../validateActivity';
import type { LocalConversation } from './conversationStore';

export const LOCAL_BOT = Object.freeze({ id: 'quanta-faq-bot', name: 'Quanta NpM', role: 'bot' });

/** The fields a client may set; everything else is ignored. */
const CLIENT_FIELDS = [
  'type',
  'text',
  'textFormat',
  'locale',
  'localTimestamp',
  'value',
  'name',
  'channelData',
  'entities',
  'attachments',
] as const;

const TYPES = ['message', 'event'];

export type IncomingCheck =
  { ok: true; activity: Partial<Activity> } | { ok: false; status: number; message: string };

export function incomingActivity(
  body: unknown,
  conversation: LocalConversation,
  maxTextChars: number,
): IncomingCheck {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, status: 400, message: 'the body must be a JSON object: an activity' };
  }
  const client = body as Record<string, unknown>;
  if (typeof client.type !== 'string' || !TYPES.includes(client.type)) {
    return { ok: false, status: 400, message: `"type" must be one of ${TYPES.join(', ')}` };
  }
  const activity: Record<string, unknown> = {};
  for (const field of CLIENT_FIELDS) if (client[field] !== undefined) activity[field] = client[field];
  const from = client.from as { name?: unknown } | undefined;
  Object.assign(activity, {
    channelId: 'webchat',
    from: {
      id: conversation.userId,
      role: 'user',
      ...(typeof from?.name === 'string' ? { name: from.name } : {}),
    },
    conversation: { id: conversation.id },
    recipient: LOCAL_BOT,
  });
  if (activity.type === 'event' && (typeof activity.name !== 'string' || activity.name === '')) {
    return { ok: false, status: 400, message: 'an event needs a "name"' };
  }
  const check = validateActivity(
    { ...activity, serviceUrl: 'http://localhost', timestamp: undefined },
    maxTextChars,
  );
  return check.ok ? { ok: true, activity } : check;
}
