/**
 * What the visitor said, without the Teams @mention: in channels and group
 * chats a message starts with "<at>Quanta FAQ</at>", which is no part of the
 * question. botbuilder removes the mention of this bot by its entity; what it
 * leaves (a mention written differently, or of someone else) is dropped here.
 */
import { TurnContext, type Activity } from 'botbuilder';
import { readCardText } from '../cardText';

const AT_TAG = /<at\b[^>]*>.*?<\/at>/gis;

/** The visitor's words: the text without mentions, or the words of the card button clicked. */
export function messageText(activity: Activity): string {
  const clicked = activity.text ? undefined : readCardText(activity.value);
  if (clicked !== undefined) return clicked;
  const withoutBot = activity.entities?.length ? TurnContext.removeRecipientMention(activity) : activity.text;
  return (withoutBot ?? activity.text ?? '').replace(AT_TAG, ' ').replace(/\s+/g, ' ').trim();
}
