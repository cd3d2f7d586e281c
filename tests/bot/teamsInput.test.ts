/** The visitor's words without Teams @mentions. */
import type { Activity, Entity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { messageText } from '../../src/bot/teamsTurn/teamsInput';

const bot = { id: '28:bot', name: 'Quanta FAQ' };

function activity(text: string, entities: Entity[] = []): Activity {
  return { type: 'message', text, entities, recipient: bot } as unknown as Activity;
}

describe('messageText', () => {
  it.each([
    ['<at>Quanta FAQ</at> Wat doet de verkenner?', 'Wat doet de verkenner?'],
    ['Wat doet <at>Quanta FAQ</at> de verkenner?', 'Wat doet de verkenner?'],
    ['<at>Quanta FAQ</at>', ''],
  ])('removes the bot mention with its entity: %s', (text, expected) => {
    const mention = { type: 'mention', mentioned: bot, text: '<at>Quanta FAQ</at>' } as Entity;
    expect(messageText(activity(text, [mention]))).toBe(expected);
  });

  it.each([
    ['<at>Jan</at> wat is vitaal vakmanschap', 'wat is vitaal vakmanschap'],
    ['<AT id="0">Quanta\nFAQ</AT>  de tweede', 'de tweede'],
    ['Wat is sociaal ondernemen?', 'Wat is sociaal ondernemen?'],
  ])('drops <at> leftovers without an entity: %s', (text, expected) => {
    expect(messageText(activity(text))).toBe(expected);
  });

  it('reads an activity without text as empty', () => {
    expect(messageText({ type: 'message', recipient: bot } as unknown as Activity)).toBe('');
  });
});

describe('messageText of a card button click', () => {
  it('reads the words of an Action.Submit without text', () => {
    const click = { type: 'message', value: { text: 'volgende' }, recipient: bot } as unknown as Activity;
    expect(messageText(click)).toBe('volgende');
  });

  it('prefers typed text, and ignores values that are not words', () => {
    expect(messageText({ ...activity('de tweede'), value: { text: 'volgende' } })).toBe('de tweede');
    expect(messageText({ ...activity(''), value: { text: 42 } })).toBe('');
  });
});
