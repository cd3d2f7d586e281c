/**
 * What the visitor said, without the Teams @mention: in channels and group
 * chats a message starts with "<at>Quanta FAQ</at>", which is no part of the
 * question. botbuilder removes the mention of this bot by its entity; what it
 * leaves (a mention written differently, or of someone else) is dropped here.
 */
import { TurnContext, type Activity } from 'botbuilder';

const AT_TAG = /<at\b[^>]*>.*?<\/at>/gis;

export function messageText(activity: Activity): string {
  const withoutBot = activity.entities?.length ? TurnContext.removeRecipientMention(activity) : activity.text;
  return (withoutBot ?? activity.text ?? '').replace(AT_TAG, ' ').replace(/\s+/g, ' ').trim();
}
