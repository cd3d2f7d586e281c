/**
 * In a Teams channel thread or group chat each colleague keeps their own
 * drill-down; in a personal chat, Web Chat or the Emulator the conversation
 * has one focus.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, startBot, type RunningBot } from '../helpers/runningBot';
import { answerOf } from '../helpers/knowledgeText';
import { memoryKey } from '../../src/state/memoryKey';

let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(() => bot?.stop());

const THREAD = '19:abc123@thread.tacv2;messageid=1700000000000';

function teams(conversation: Record<string, unknown>, user: string) {
  return (text: string) => ({
    type: 'message',
    id: `m-${Math.random()}`,
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    from: { id: `29:${user}`, aadObjectId: `aad-${user}`, name: user },
    recipient: { id: '28:bot', name: 'Bot' },
    conversation,
    locale: 'nl-NL',
    text,
    deliveryMode: 'expectReplies',
  });
}

async function say(activity: Record<string, unknown>): Promise<string> {
  const response = await post(bot.url, activity);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { activities: { text: string }[] };
  return body.activities.map((a) => a.text).join('\n');
}

describe('memory key', () => {
  it('is per user per thread in Teams channels and group chats, per conversation elsewhere', () => {
    const from = { id: '29:x', aadObjectId: 'aad-x' };
    const channel = { id: THREAD, conversationType: 'channel' };
    expect(memoryKey({ channelId: 'msteams', conversation: channel, from })).toBe(
      `msteams/conversations/${THREAD}/users/aad-x`,
    );
    expect(
      memoryKey({
        channelId: 'msteams',
        conversation: { id: 'g', conversationType: 'groupChat' },
        from: { id: '29:y' },
      }),
    ).toBe('msteams/conversations/g/users/29:y');
    expect(
      memoryKey({ channelId: 'msteams', conversation: { id: 'a:1', conversationType: 'personal' }, from }),
    ).toBe('msteams/conversations/a:1');
    expect(
      memoryKey({ channelId: 'webchat', conversation: { id: 'w', conversationType: 'channel' }, from }),
    ).toBe('webchat/conversations/w');
  });
});

describe('two colleagues in one Teams thread', () => {
  it.each(['channel', 'groupChat'])('each keep their own focus in a %s', async (conversationType) => {
    const conversation = { id: `${THREAD}-${conversationType}`, conversationType, isGroup: true };
    const anna = teams(conversation, 'anna');
    const bram = teams(conversation, 'bram');
    await say(anna('Wat zijn de negen petten?'));
    await say(bram('Wat zijn de kenmerken van diensten?'));
    expect(await say(anna('de derde'))).toContain(answerOf('pet-verkoper'));
    expect(await say(bram('de derde'))).toContain(answerOf('dienst-afnemer-produceert-mee'));
    expect(await say(anna('volgende'))).toContain(answerOf('pet-relatiebeheerder'));
  });

  it('share one focus in a personal chat (one conversation, one drill-down)', async () => {
    const conversation = { id: 'a:personal-1', conversationType: 'personal' };
    await say(teams(conversation, 'anna')('Wat zijn de negen petten?'));
    await say(teams(conversation, 'anna-other-device')('Wat zijn de kenmerken van diensten?'));
    expect(await say(teams(conversation, 'anna')('de derde'))).toContain(
      answerOf('dienst-afnemer-produceert-mee'),
    );
  });
});
