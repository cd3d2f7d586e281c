/**
 * Teams and feedback over HTTP: the real app on an ephemeral port, activities
 * shaped as Teams and Web Chat post them, replies at a fake Bot Connector.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeConnector } from '../helpers/fakeConnector';
import { emulatorActivity, post, startBot, type RunningBot } from '../helpers/runningBot';
import { MESSAGES } from '../../src/conversation/messages';

let bot: RunningBot;
let connector: FakeConnector;
let serviceUrl: string;

beforeAll(async () => {
  connector = new FakeConnector();
  serviceUrl = await connector.start();
  bot = await startBot();
});

afterAll(async () => {
  await bot.stop();
  await connector.stop();
});

async function send(activity: Record<string, unknown>) {
  const before = connector.calls.length;
  const response = await post(bot.url, activity);
  expect(response.status).toBe(200);
  return connector.calls.slice(before);
}

describe('Teams channel thread', () => {
  it('answers a channel message in its thread: same conversation id with ;messageid=, in reply to the message', async () => {
    const thread = '19:0a1b2c3d4e5f@thread.tacv2;messageid=1732730000000';
    const calls = await send({
      type: 'message',
      id: '1732730012345',
      channelId: 'msteams',
      serviceUrl,
      from: { id: '29:anna', name: 'Anna', aadObjectId: '00000000-0000-0000-0000-0000000000aa' },
      recipient: { id: '28:quanta-faq-bot', name: 'Quanta FAQ' },
      conversation: { id: thread, conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' },
      channelData: { teamsChannelId: '19:0a1b2c3d4e5f@thread.tacv2', tenant: { id: 'tenant-1' } },
      text: '<at>Quanta FAQ</at> Wat is vitaal vakmanschap?',
      entities: [
        {
          type: 'mention',
          mentioned: { id: '28:quanta-faq-bot', name: 'Quanta FAQ' },
          text: '<at>Quanta FAQ</at>',
        },
      ],
      locale: 'nl-NL',
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.path).toBe(`/v3/conversations/${encodeURIComponent(thread)}/activities/1732730012345`);
    const reply = calls[0]!.activity;
    expect(reply.conversation?.id).toBe(thread);
    expect(reply.replyToId).toBe('1732730012345');
    expect(reply.text).toContain('Vitale vakmensen');
    expect(reply.suggestedActions).toBeUndefined();
    expect(reply.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  });
});

describe('feedback from Web Chat', () => {
  it('offers the pair as the last two suggested actions and stores a click in FEEDBACK_LOG', async () => {
    const [answer] = await send(
      emulatorActivity(serviceUrl, 'conv-feedback', {
        channelId: 'webchat',
        type: 'message',
        text: 'Waarom zijn diensten vergankelijk?',
      }),
    );
    const actions = answer!.activity.suggestedActions!.actions;
    expect(answer!.activity.text!.endsWith(`\n\n_${MESSAGES.nl.feedback.question}_`)).toBe(true);
    const [up, down] = actions.slice(-2);
    expect([up!.type, up!.title, down!.type, down!.title]).toEqual([
      'messageBack',
      '👍',
      'messageBack',
      '👎',
    ]);

    // Web Chat posts a messageBack as a message with the action's value and no text.
    const [ack] = await send(
      emulatorActivity(serviceUrl, 'conv-feedback', {
        channelId: 'webchat',
        type: 'message',
        value: up!.value,
        channelData: { messageBack: { displayText: '👍' } },
      }),
    );
    expect(ack!.activity.text).toBe(MESSAGES.nl.feedback.thanks);

    await bot.flushLogs();
    const lines = (await readFile(bot.config.feedbackLogPath, 'utf8')).trim().split('\n');
    const record = JSON.parse(lines.at(-1)!) as Record<string, unknown>;
    expect(Object.keys(record).sort()).toEqual(['entryId', 'language', 'question', 'rating', 'time']);
    expect(record).toMatchObject({
      entryId: 'dienst-vergankelijk',
      rating: 'up',
      language: 'nl',
      question: 'Waarom zijn diensten vergankelijk?',
    });
    expect(Date.parse(String(record.time))).not.toBeNaN();
  });
});
