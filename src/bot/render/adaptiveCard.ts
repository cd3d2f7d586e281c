/**
 * The Adaptive Card that carries a reply's buttons in Teams: the buttons that
 * lead on (list items, navigation, topics) and the feedback pair.
 *
 * - Schema 1.5: the newest version Teams renders on desktop, web and mobile.
 * - Up to three buttons share a row; longer lists (the nine hats) get one
 *   button per row, which Teams shows as a readable column instead of
 *   hiding the rest behind "…".
 * - A lead-on button is a messageBack whose text is the button's value: the
 *   bot receives exactly what a typed message or a Web Chat imBack sends, in
 *   personal chats and in channel threads alike, and the chat shows the title.
 * - A feedback button is a plain Action.Submit: its data arrives as the
 *   activity's value (the feedback intent reads it) and nothing is posted.
 */
import type { Button, FeedbackPrompt, PayloadButton } from '../../conversation/reply';

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
    data: { msteams: { type: 'messageBack', text: button.value, displayText: button.title } },
  };
}

function submit(button: PayloadButton): CardElement {
  return { type: 'Action.Submit', title: button.title, data: { ...button.payload } };
}
