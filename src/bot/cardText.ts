/**
 * The data of a card button that stands for words: a click is handled as if
 * the visitor had typed the button's value. A plain Action.Submit (no
 * `msteams` imBack/messageBack) is used because Teams and the Microsoft 365
 * Agents Playground both deliver it: the Playground does nothing on a Submit
 * whose data carries `msteams`.
 */
export interface CardText {
  text: string;
}

export function cardText(text: string): CardText {
  return { text };
}

/** The words of a card button click (activity.value), if the value is one. */
export function readCardText(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const text = (value as Record<string, unknown>).text;
  return typeof text === 'string' ? text : undefined;
}
