/**
 * POST /api/directline/token on the production path: the secret is exchanged
 * at Direct Line (mocked with nock) and never reaches the caller.
 */
import restify, { type Server } from 'restify';
import nock from 'nock';
import { ActivityHandler } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { silentLogger } from '../../src/logger';
import { registerWebChat } from '../../src/webchat/registerWebChat';

const EUROPE = 'https://europe.directline.botframework.com';
const SECRET = 'the-secret-value';
let server: Server | undefined;

async function start(env: Record<string, string>, points = 100): Promise<string> {
  server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  registerWebChat(server, {
    config: loadConfig({ DIRECT_LINE_LOCAL: 'false', ...env }),
    bot: new ActivityHandler(),
    logger: silentLogger,
    limits: { tokenRate: { points, durationSeconds: 60 }, upstreamTimeoutMs: 100 },
  });
  await new Promise<void>((resolve) => {
    server!.listen(0, '127.0.0.1', () => resolve());
  });
  return `http://127.0.0.1:${server.address().port}/api/directline/token`;
}

const withSecret = {
  DIRECT_LINE_SECRET: SECRET,
  DIRECT_LINE_ENDPOINT: 'europe',
  DIRECT_LINE_TRUSTED_ORIGINS: 'https://www.quanta.nl',
};

afterEach(async () => {
  nock.cleanAll();
  await new Promise<void>((resolve) => {
    if (server) server.close(() => resolve());
    else resolve();
  });
  server = undefined;
});

describe('POST /api/directline/token with a Direct Line secret', () => {
  it('exchanges the secret for a token for a new dl_ user, with the trusted origins', async () => {
    let sent: { user: { id: string }; trustedOrigins: string[] } | undefined;
    const scope = nock(EUROPE)
      .post('/v3/directline/tokens/generate', (body: typeof sent) => ((sent = body), true))
      .matchHeader('authorization', `Bearer ${SECRET}`)
      .reply(200, { conversationId: 'conv-1', token: 'token-1', expires_in: 3600 });
    const url = await start(withSecret);
    const response = await fetch(url, { method: 'POST' });
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(JSON.parse(text)).toEqual({
      conversationId: 'conv-1',
      token: 'token-1',
      expires_in: 3600,
      domain: `${EUROPE}/v3/directline`,
      webSocket: true,
    });
    expect(text).not.toContain(SECRET);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(sent?.user.id).toMatch(/^dl_[0-9a-f]{24}$/);
    expect(sent?.trustedOrigins).toEqual(['https://www.quanta.nl']);
    expect(scope.isDone()).toBe(true);
  });

  it('gives each visitor another user id', async () => {
    const ids: string[] = [];
    nock(EUROPE)
      .post(
        '/v3/directline/tokens/generate',
        (body: { user: { id: string } }) => (ids.push(body.user.id), true),
      )
      .times(2)
      .reply(200, { conversationId: 'c', token: 't' });
    const url = await start(withSecret);
    await fetch(url, { method: 'POST' });
    await fetch(url, { method: 'POST' });
    expect(ids).toHaveLength(2);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it.each([
    [401, {}, 502, /refused the secret \(401\).*DIRECT_LINE_SECRET/],
    [500, { error: 'boom' }, 502, /Direct Line answered 500/],
    [200, { nothing: true }, 502, /without a token/],
  ])('upstream %i → %i with a message', async (upstream, body, status, message) => {
    nock(EUROPE).post('/v3/directline/tokens/generate').reply(upstream, body);
    const url = await start(withSecret);
    const response = await fetch(url, { method: 'POST' });
    const text = await response.text();
    expect(response.status).toBe(status);
    expect((JSON.parse(text) as { message: string }).message).toMatch(message);
    expect(text).not.toContain(SECRET);
  });

  it('answers 504 when Direct Line does not answer in time', async () => {
    nock(EUROPE)
      .post('/v3/directline/tokens/generate')
      .delay(2_000)
      .reply(200, { conversationId: 'c', token: 't' });
    const url = await start(withSecret);
    const response = await fetch(url, { method: 'POST' });
    expect(response.status).toBe(504);
    const body = (await response.json()) as { error: string; message: string };
    expect(body.error).toBe('GatewayTimeout');
    expect(body.message).toMatch(/100 ms/);
  });

  it('answers 503 with a clear message when no secret is configured', async () => {
    const url = await start({});
    const response = await fetch(url, { method: 'POST' });
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      error: 'ServiceUnavailable',
      message: 'Web Chat is not configured: DIRECT_LINE_SECRET is not set',
    });
  });

  it('limits requests per client IP: 429 with Retry-After', async () => {
    nock(EUROPE)
      .post('/v3/directline/tokens/generate')
      .times(2)
      .reply(200, { conversationId: 'c', token: 't' });
    const url = await start(withSecret, 2);
    expect((await fetch(url, { method: 'POST' })).status).toBe(200);
    expect((await fetch(url, { method: 'POST' })).status).toBe(200);
    const limited = await fetch(url, { method: 'POST' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ error: 'TooManyRequests' });
  });

  it('lets trusted origins call it (CORS) and refuses other websites', async () => {
    nock(EUROPE).post('/v3/directline/tokens/generate').reply(200, { conversationId: 'c', token: 't' });
    const url = await start(withSecret);
    const trusted = await fetch(url, { method: 'POST', headers: { origin: 'https://www.quanta.nl' } });
    expect(trusted.status).toBe(200);
    expect(trusted.headers.get('access-control-allow-origin')).toBe('https://www.quanta.nl');

    const preflight = await fetch(url, { method: 'OPTIONS', headers: { origin: 'https://www.quanta.nl' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('POST');

    const other = await fetch(url, { method: 'POST', headers: { origin: 'https://evil.example' } });
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(((await other.json()) as { message: string }).message).toMatch(/DIRECT_LINE_TRUSTED_ORIGINS/);
  });
});
