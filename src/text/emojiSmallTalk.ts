/**
 * A message of emoji alone that says "ok" or "thanks": "👍", "👍👍", "🙏", "top 👌" without the word.
 * Colleagues in Teams answer so; the normaliser keeps no emoji, so without this the bot said it can
 * only read text (visitors-dx). Other emoji ("👎", "🤔", "😡") stay a message without words.
 */
import type { SmallTalk } from './smallTalkRecogniser';

/** Skin tones and the variation selector that make "👍🏽" and "❤️" of the plain ones. */
const MODIFIERS = /[\u{1F3FB}-\u{1F3FF}]|\u{FE0F}|\u{200D}/gu;
const THANKS = new Set(['🙏', '❤', '♥', '💐']);
const ACKNOWLEDGE = new Set([
  '👍',
  '👌',
  '✅',
  '✔',
  '💯',
  '🙂',
  '😊',
  '😀',
  '😃',
  '😄',
  '😁',
  '👏',
  '🤝',
  '💪',
  '🎉',
  '🥳',
  '😍',
  '🤩',
  '☺',
  '🆗',
]);

export function emojiSmallTalk(text: string): SmallTalk | undefined {
  const symbols = [...text.replace(MODIFIERS, '').replace(/[\s.,!?:;]+/g, '')];
  if (symbols.length === 0) return undefined;
  if (!symbols.every((s) => THANKS.has(s) || ACKNOWLEDGE.has(s))) return undefined;
  return { kind: symbols.some((s) => THANKS.has(s)) ? 'thanks' : 'acknowledge', language: undefined };
}
