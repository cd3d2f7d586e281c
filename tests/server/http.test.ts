/**
 * The server end to end, as the Emulator uses it: the real app on an ephemeral
 * port, activities posted over HTTP, replies arriving at a fake Bot Connector.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeConnector } from '../helpers/fakeConnector';
import { emulatorActivity, post, startBot, type RunningBot } from '../helpers/runningBot';
import { MESSAGES } from '../../src/conversation/messages';
import { ENTRY_COUNT, itemsOf, topicQuestions, topicTitles } from '../helpers/knowledgeText';

let bot: RunningBot;
let connector: FakeConnector;
let serviceUrl: string;

beforeAll(async () => {
  connector = new FakeConnector();
  serviceUrl = await connector.start();
  bot = await startBot({ MAX_BODY_BYTES: '65536', MAX_TEXT_CHARS: '2000' });
});

afterAll(async () => {
  await bot.stop();
  await connector.stop();
});

/** Posts one activity and returns what the connector received for it. */
async function exchange(conversationId: string, extra: Record<string, unknown>) {
  const before = connector.calls.length;
  const response = await post(bot.url, emulatorActivity(serviceUrl, conversationId, extra));
  expect(response.status).toBe(200);
  return connector.calls.slice(before).map((c) => c.activity);
}

describe('POST /api/messages as the Emulator sends it', () => {
  it('welcomes on conversationUpdate, then answers, drills down and follows up', async () => {
    const welcome = await exchange('conv-a', {
      type: 'conversationUpdate',
      membersAdded: [
        { id: 'user-1', name: 'User' },
        { id: 'bot-1', name: 'Bot' },
      ],
    });
    expect(welcome).toHaveLength(1);
    expect(welcome[0]!.text).toBe(MESSAGES.nl.welcome(topicTitles('nl')));
    expect(welcome[0]!.suggestedActions?.actions.map((a) => a.title)).toEqual(topicTitles('nl'));

    const list = await exchange('conv-a', {
      type: 'message',
      text: 'Welke petten zet een sociaal ondernemer op?',
    });
    expect(list[0]!.text).toContain(
      '9. Schatbewaarder | U hebt oog voor de balans van kosten en opbrengsten.',
    );
    const actions = list[0]!.suggestedActions!.actions;
    // The hats, then the feedback pair (see src/bot/render/markdownActivity.ts).
    const hats = itemsOf('negen-petten').length;
    expect(actions.map((a) => a.type)).toEqual([
      ...Array<string>(hats).fill('imBack'),
      'messageBack',
      'messageBack',
    ]);
    const buttons = actions.slice(0, hats);
    expect(buttons[5]).toMatchObject({ type: 'imBack', title: 'Partner' });

    // Clicking a button sends its imBack value as a message.
    const item = await exchange('conv-a', { type: 'message', text: String(buttons[5]!.value) });
    expect(item[0]!.text).toContain('U denkt mee met uw relaties.');
    expect(item[0]!.text).not.toContain('U zet de koers uit');

    const next = await exchange('conv-a', { type: 'message', text: 'en de volgende?' });
    expect(next[0]!.text).toContain('U versterkt uw professionele kracht.');
  });

  it('sends replies to the conversation and in reply to the activity, through the serviceUrl', async () => {
    const before = connector.calls.length;
    const activity = emulatorActivity(serviceUrl, 'conv-b', {
      type: 'message',
      text: 'Wat is vitaal vakmanschap?',
    });
    await post(bot.url, activity);
    const call = connector.calls[before]!;
    expect(call.path).toBe(`/v3/conversations/conv-b/activities/${String(activity.id)}`);
    expect(call.activity).toMatchObject({
      type: 'message',
      replyToId: activity.id,
      conversation: { id: 'conv-b' },
      recipient: { id: 'user-1' },
      textFormat: 'markdown',
    });
  });

  it('returns the replies in the response body with deliveryMode expectReplies', async () => {
    const before = connector.calls.length;
    const response = await post(
      bot.url,
      emulatorActivity(serviceUrl, 'conv-c', {
        type: 'message',
        text: 'Hoe kan ik jullie bellen?',
        deliveryMode: 'expectReplies',
      }),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { activities: { text: string }[] };
    expect(body.activities).toHaveLength(1);
    expect(body.activities[0]!.text).toContain('0345 - 532 187');
    expect(connector.calls.length).toBe(before);
  });

  it('answers /healthz', async () => {
    const response = await fetch(`${bot.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', entries: ENTRY_COUNT });
  });
});

describe('malformed and hostile requests get a 4xx with a message, never a 5xx', () => {
  const valid = () => emulatorActivity(serviceUrl, 'conv-bad', { type: 'message', text: 'hallo' });
  const without = (field: string) => {
    const activity = valid();
    delete activity[field];
    return activity;
  };
  const cases: [string, () => unknown, number, RegExp, string?][] = [
    ['invalid JSON', () => '{"type": "message",', 400, /not valid JSON/],
    ['an empty body', () => '', 400, /JSON object/],
    ['a JSON array', () => [valid()], 400, /JSON object/],
    ['a JSON string', () => '"hallo"', 400, /JSON object/],
    ['null', () => 'null', 400, /JSON object/],
    ['no type', () => without('type'), 400, /"type"/],
    ['a numeric type', () => ({ ...valid(), type: 42 }), 400, /"type"/],
    ['no conversation', () => without('conversation'), 400, /"conversation"/],
    [
      'a conversation without id',
      () => ({ ...valid(), conversation: { name: 'x' } }),
      400,
      /conversation\.id/,
    ],
    ['no from', () => without('from'), 400, /"from"/],
    ['no recipient', () => without('recipient'), 400, /"recipient"/],
    ['no serviceUrl', () => without('serviceUrl'), 400, /serviceUrl/],
    ['a serviceUrl that is not a URL', () => ({ ...valid(), serviceUrl: 'not a url' }), 400, /serviceUrl/],
    [
      'a javascript: serviceUrl',
      () => ({ ...valid(), serviceUrl: 'javascript:alert(1)' }),
      400,
      /serviceUrl/,
    ],
    ['text that is an object', () => ({ ...valid(), text: { $ne: null } }), 400, /"text" must be a string/],
    [
      '100 000 characters of text',
      () => ({ ...valid(), text: 'a'.repeat(100_000) }),
      413,
      /longer than|larger than/,
    ],
    [
      'a body over the size limit',
      () => ({ ...valid(), channelData: { padding: 'x'.repeat(70_000) } }),
      413,
      /larger than 65536 bytes/,
    ],
    [
      'membersAdded that is not a list',
      () => ({ ...valid(), type: 'conversationUpdate', membersAdded: 'everyone' }),
      400,
      /membersAdded/,
    ],
    ['an invalid timestamp', () => ({ ...valid(), timestamp: 'yesterday' }), 400, /timestamp/],
    ['an unknown deliveryMode', () => ({ ...valid(), deliveryMode: 'fast' }), 400, /deliveryMode/],
    ['attachments that are not objects', () => ({ ...valid(), attachments: ['x'] }), 400, /attachments/],
    ['a text/plain body', () => JSON.stringify(valid()), 415, /JSON/, 'text/plain'],
  ];

  it.each(cases)('%s', async (_name, body, status, message, contentType) => {
    const response = await post(bot.url, body(), contentType);
    expect(response.status).toBe(status);
    const json = (await response.json()) as { message: string };
    expect(json.message).toMatch(message);
  });

  it('refuses other methods on /api/messages', async () => {
    const response = await fetch(`${bot.url}/api/messages`);
    expect(response.status).toBe(405);
  });

  it('answers emoji only and control characters with a reply, not an error', async () => {
    // ("👍", "🙂" alone are small talk: text/emojiSmallTalk.ts)
    const emoji = await exchange('conv-odd', { type: 'message', text: '🤔🎲🌧️' });
    expect(emoji[0]!.text).toContain(MESSAGES.nl.noWords(topicQuestions('nl')[0]));
    const control = await exchange('conv-odd', {
      type: 'message',
      text: 'Wat is\u0000 vitaal\u0007 vak\u200bmanschap?\u001b',
    });
    expect(control[0]!.text).toContain('Vitale vakmensen blijven in verbinding');
  });

  it('still answers normally after all of that', async () => {
    const reply = await exchange('conv-after', { type: 'message', text: 'Wat doet de schatbewaarder?' });
    expect(reply[0]!.text).toContain('U hebt oog voor de balans van kosten en opbrengsten.');
  });
});
