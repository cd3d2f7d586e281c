/**
 * The Adaptive Card that carries a reply's buttons in Teams: the buttons that
 * lead on (list items, navigation, topics) and the feedback pair.
 *
 * - Schema 1.5: the newest version Teams renders on desktop, web and mobile.
 * - Up to three buttons share a row; longer lists (the nine hats) get one
 *   button per row, which Teams shows as a readable column instead of
 *   hiding the rest behind "…".
 * - Every button is a plain Action.Submit; its data arrives as the activity's
 *   value. A lead-on button's data is its words ({ text }), which the bot
 *   handles as if typed (src/bot/cardText.ts); a feedback button's data is the
 *   rating, which the feedback intent reads. (An Action.Submit with `msteams`
 *   imBack/messageBack data does nothing in the Agents Playground.)
 */
import type { Button, FeedbackPrompt, PayloadButton } from '../../conversation/reply';
import { cardText } from '../cardText';

export const CARD_VERSION = '1.5';
const ROW = 3;

type CardElement = Record<string, unknown>;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: string;
  body: CardElement[];
}

export function buttonsCard(buttons: Button[], feedback: FeedbackPrompt | undefined): AdaptiveCard {
  const rows = buttons.length <= ROW ? [buttons] : buttons.map((b) => [b]);
  const body: CardElement[] = rows
    .filter((row) => row.length > 0)
    .map((row) => ({ type: 'ActionSet', actions: row.map(leadOn) }));
  if (feedback) {
    body.push(
      {
        type: 'TextBlock',
        text: feedback.question,
        wrap: true,
        size: 'Small',
        isSubtle: true,
        spacing: 'Medium',
        separator: body.length > 0,
      },
      { type: 'ActionSet', spacing: 'Small', actions: feedback.options.map(submit) },
    );
  }
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    body,
  };
}

function leadOn(button: Button): CardElement {
  return {
    type: 'Action.Submit',
    title: button.title,
    data: cardText(button.value),
  };
}

function submit(button: PayloadButton): CardElement {
  return { type: 'Action.Submit', title: button.title, data: { ...button.payload } };
}
