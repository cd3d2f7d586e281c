/**
 * Whose memory a turn uses. In Teams channels and group chats several
 * colleagues talk in one conversation (a channel thread's id already ends in
 * ";messageid=…"), so each of them keeps their own drill-down: the key is per
 * user per thread. Personal chats, Web Chat and the Emulator: per conversation.
 */
export interface KeyedActivity {
  channelId: string;
  conversation: { id: string; conversationType?: string };
  from: { id: string; aadObjectId?: string };
}

const SHARED_CONVERSATIONS = new Set(['channel', 'groupChat']);

export function memoryKey(activity: KeyedActivity): string {
  const conversation = `${activity.channelId}/conversations/${activity.conversation.id}`;
  const shared =
    activity.channelId === 'msteams' &&
    SHARED_CONVERSATIONS.has(activity.conversation.conversationType ?? '');
  if (!shared) return conversation;
  return `${conversation}/users/${activity.from.aadObjectId ?? activity.from.id}`;
}
