/**
 * The per-conversation rate limit on /api/messages: past the limit a
 * conversation gets 429 with Retry-After and a JSON message; other
 * conversations are not affected.
 */
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulatorActivity, post, startBot, type RunningBot } from '../helpers/runningBot';
import { fakeBotFrameworkTokenService } from '../helpers/botFrameworkTokens';

const LIMIT = 5;
let bot: RunningBot;

beforeAll(async () => {
  bot = await startBot({ RATE_LIMIT_PER_MINUTE: String(LIMIT) });
});

afterAll(async () => {
  await bot.stop();
});

function ask(conversationId: string) {
  return post(
    bot.url,
    emulatorActivity('http://127.0.0.1:9', conversationId, {
      type: 'message',
      text: 'hallo',
      deliveryMode: 'expectReplies',
    }),
  );
}

describe('rate limit per conversation', () => {
  it(`answers ${LIMIT} messages a minute, then 429 with Retry-After and a JSON message`, async () => {
    for (let i = 0; i < LIMIT; i++) expect((await ask('busy')).status).toBe(200);
    const refused = await ask('busy');
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await refused.json()).toEqual({
      error: 'TooManyRequests',
      message: `too many messages in this conversation; try again in ${retryAfter} s`,
    });
  });

  it('does not apply across conversations', async () => {
    expect((await ask('busy')).status).toBe(429);
    expect((await ask('quiet')).status).toBe(200);
  });
});

describe('rate limit with authentication on', () => {
  const APP_ID = '00000000-0000-4000-8000-000000000002';
  const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';
  let authBot: RunningBot;
  const tokens = fakeBotFrameworkTokenService();

  beforeAll(async () => {
    authBot = await startBot({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'not-a-real-password',
      RATE_LIMIT_PER_MINUTE: String(LIMIT),
    });
  });

  afterAll(async () => {
    await authBot.stop();
    nock.cleanAll();
  });

  const send = (authorization: string) =>
    post(
      authBot.url,
      emulatorActivity(SERVICE_URL, 'targeted', {
        type: 'message',
        text: 'hallo',
        channelId: 'webchat',
        deliveryMode: 'expectReplies',
      }),
      undefined,
      { headers: { authorization } },
    );

  it('does not count requests it refused as unauthenticated against the conversation', async () => {
    const forged = `Bearer ${tokens.sign({ aud: APP_ID, serviceurl: SERVICE_URL }, { key: tokens.strangerKey })}`;
    for (let i = 0; i < 3 * LIMIT; i++) expect((await send(forged)).status).toBe(401);

    const valid = `Bearer ${tokens.sign({ aud: APP_ID, serviceurl: SERVICE_URL })}`;
    for (let i = 0; i < LIMIT; i++) expect((await send(valid)).status).toBe(200);
    expect((await send(valid)).status).toBe(429);
  });
});
