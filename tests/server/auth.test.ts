/**
 * With MicrosoftAppId set, /api/messages accepts only a valid Bot Framework
 * token for this bot: every other request gets a 401 with a JSON message
 * (CloudAdapter.process alone would answer a forged or wrong-audience token
 * with a plain-text 500).
 */
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulatorActivity, post, startBot, type RunningBot } from '../helpers/runningBot';
import { fakeBotFrameworkTokenService, type TokenService } from '../helpers/botFrameworkTokens';

const APP_ID = '00000000-0000-4000-8000-000000000001';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';
let bot: RunningBot;
let tokens: TokenService;

beforeAll(async () => {
  tokens = fakeBotFrameworkTokenService();
  bot = await startBot({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-password' });
});

afterAll(async () => {
  await bot.stop();
  nock.cleanAll();
});

function activity(channelId = 'webchat') {
  // expectReplies: the replies come back in the response, so no outbound token or connector is needed.
  return emulatorActivity(SERVICE_URL, 'auth-conv', {
    type: 'message',
    text: 'Wat doet de schatbewaarder?',
    channelId,
    deliveryMode: 'expectReplies',
  });
}

function send(authorization: string | undefined, channelId?: string) {
  return post(bot.url, activity(channelId), undefined, {
    headers: authorization === undefined ? {} : { authorization },
  });
}

describe('Bot Framework authentication', () => {
  it('accepts a valid token and answers', async () => {
    const response = await send(`Bearer ${tokens.sign({ aud: APP_ID, serviceurl: SERVICE_URL })}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { activities: { text: string }[] };
    expect(body.activities[0]!.text).toContain('U hebt oog voor de balans van kosten en opbrengsten.');
  });

  const refused: [string, () => string | undefined, string?][] = [
    ['no Authorization header', () => undefined],
    ['an empty Authorization header', () => ''],
    ['a token that is not a JWT', () => 'Bearer not-a-token'],
    ['another scheme', () => `Basic ${Buffer.from('user:password').toString('base64')}`],
    [
      'a token signed with another key (forged)',
      () => `Bearer ${tokens.sign({ aud: APP_ID, serviceurl: SERVICE_URL }, { key: tokens.strangerKey })}`,
    ],
    [
      'an expired token',
      () => `Bearer ${tokens.sign({ aud: APP_ID, serviceurl: SERVICE_URL }, { expiresInSeconds: -3600 })}`,
    ],
    [
      'a token for another bot (wrong audience)',
      () => `Bearer ${tokens.sign({ aud: 'another-bot', serviceurl: SERVICE_URL })}`,
    ],
    [
      'a token from another issuer',
      () => `Bearer ${tokens.sign({ aud: APP_ID, serviceurl: SERVICE_URL, iss: 'https://evil.example' })}`,
    ],
    [
      'a token for another serviceUrl',
      () => `Bearer ${tokens.sign({ aud: APP_ID, serviceurl: 'https://evil.example/' })}`,
    ],
    [
      'a key not endorsed for the channel',
      () => `Bearer ${tokens.sign({ aud: APP_ID, serviceurl: SERVICE_URL })}`,
      'unknown-channel',
    ],
  ];

  it.each(refused)('refuses %s with 401 and a JSON message', async (_name, authorization, channelId) => {
    const response = await send(authorization(), channelId);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toEqual({
      error: 'Unauthorized',
      message: 'the request does not carry a valid Bot Framework token for this bot',
    });
  });

  it('still checks the body before the token: a malformed activity is a 400', async () => {
    const response = await post(bot.url, { type: 'message' });
    expect(response.status).toBe(400);
  });
});
