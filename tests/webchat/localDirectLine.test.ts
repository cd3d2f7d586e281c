/**
 * The local Direct Line endpoint and the page, through the real app on an
 * ephemeral port, spoken to as Web Chat (DirectLineJS with polling) does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../helpers/runningBot';
import { MESSAGES } from '../../src/conversation/messages';
import { topicTitles } from '../helpers/knowledgeText';

/** The FAQ's answer to a question, from the knowledge files. */
function answerOf(question: string): string {
  const file = path.join(__dirname, '../../knowledge/vitaal-vakmanschap.yaml');
  const entries = load(readFileSync(file, 'utf8')) as { question: string; answer: string }[];
  return entries.find((e) => e.question === question)!.answer;
}

let bot: RunningBot;
let dl: string;

beforeAll(async () => {
  bot = await startBot({ DIRECT_LINE_LOCAL: 'true', MAX_TEXT_CHARS: '100' });
  dl = `${bot.url}/v3/directline`;
});

afterAll(() => bot.stop());

interface Activities {
  activities: { type: string; text?: string; from: { id: string; role?: string }; id: string }[];
  watermark: string;
}

async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

function call(path: string, token: string | undefined, body?: unknown, method = 'POST'): Promise<Response> {
  return fetch(`${dl}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
}

/** A conversation as the page starts it: a token from our endpoint, then "start conversation". */
async function startConversation(): Promise<{ token: string; id: string }> {
  const grant = await json<{ token: string; domain: string; webSocket: boolean }>(
    await fetch(`${bot.url}/api/directline/token`, { method: 'POST' }),
  );
  expect(grant).toMatchObject({ domain: '/v3/directline', webSocket: false });
  const started = await call('/conversations', grant.token);
  expect(started.status).toBe(201);
  const { conversationId } = await json<{ conversationId: string }>(started);
  return { token: grant.token, id: conversationId };
}

describe('local Direct Line', () => {
  it('welcomes on the join event, echoes the visitor, answers, and pages with the watermark', async () => {
    const { token, id } = await startConversation();
    const posted = await call(`/conversations/${id}/activities`, token, {
      type: 'event',
      name: 'webchat/join',
      locale: 'nl-NL',
      from: { id: 'spoofed-id' },
    });
    expect(posted.status).toBe(200);
    expect((await json<{ id: string }>(posted)).id).toBe(`${id}|0000000`);

    const first = await json<Activities>(
      await call(`/conversations/${id}/activities?watermark=`, token, undefined, 'GET'),
    );
    expect(first.activities.map((a) => a.type)).toEqual(['event', 'message']);
    expect(first.activities[0]!.from.id).toMatch(/^dl_/); // the id from the token, not the client's
    expect(first.activities[1]!.text).toBe(MESSAGES.nl.welcome(topicTitles('nl')));
    expect(first.activities[1]!.from.role).toBe('bot');

    // A second join (a reload) does not welcome again.
    await call(`/conversations/${id}/activities`, token, { type: 'event', name: 'webchat/join' });
    await call(`/conversations/${id}/activities`, token, {
      type: 'message',
      text: 'Wat is vitaal vakmanschap?',
    });
    const next = await json<Activities>(
      await call(`/conversations/${id}/activities?watermark=${first.watermark}`, token, undefined, 'GET'),
    );
    expect(next.activities.map((a) => `${a.type}:${a.from.role ?? ''}`)).toEqual([
      'event:user',
      'message:user',
      'message:bot',
    ]);
    expect(next.activities[2]!.text).toContain(answerOf('Wat is vitaal vakmanschap?').split('\n')[0]);
    expect(next.watermark).toBe('5');
  });

  it('does not welcome on other events', async () => {
    const { token, id } = await startConversation();
    await call(`/conversations/${id}/activities`, token, { type: 'event', name: 'something/else' });
    const { activities } = await json<Activities>(
      await call(`/conversations/${id}/activities`, token, undefined, 'GET'),
    );
    expect(activities.map((a) => a.type)).toEqual(['event']);
  });

  it('refreshes a token, and the new one works', async () => {
    const { token, id } = await startConversation();
    const refreshed = await json<{ token: string; conversationId: string }>(
      await call('/tokens/refresh', token),
    );
    expect(refreshed.conversationId).toBe(id);
    expect((await call(`/conversations/${id}/activities`, refreshed.token, undefined, 'GET')).status).toBe(
      200,
    );
    expect((await call('/tokens/generate', undefined)).status).toBe(200);
  });

  it.each([
    ['no token', undefined, {}, 401],
    ['a wrong token', 'nonsense', {}, 403],
  ])('refuses %s', async (_name, token, body, status) => {
    const { id } = await startConversation();
    const response = await call(`/conversations/${id}/activities`, token, body);
    expect(response.status).toBe(status);
    const refusal = await json<{ error: string; message: string }>(response);
    expect(refusal.error).toBe(status === 401 ? 'Unauthorized' : 'Forbidden');
    expect(refusal.message).toMatch(/token/);
  });

  it('keeps conversations apart: a token for one cannot read or write another', async () => {
    const a = await startConversation();
    const b = await startConversation();
    expect((await call(`/conversations/${b.id}/activities`, a.token, undefined, 'GET')).status).toBe(403);
    expect(
      (await call(`/conversations/unknown/activities`, a.token, { type: 'message', text: 'x' })).status,
    ).toBe(404);
  });

  it.each([
    ['not JSON', '{"type":', 400, /JSON/],
    ['not an object', '[1,2]', 400, /JSON object/],
    ['a conversationUpdate', { type: 'conversationUpdate' }, 400, /"type" must be one of message, event/],
    ['an event without a name', { type: 'event' }, 400, /"name"/],
    ['text that is not a string', { type: 'message', text: 42 }, 400, /"text" must be a string/],
    ['too long a text', { type: 'message', text: 'x'.repeat(101) }, 413, /longer than 100/],
  ])('answers %s with a 4xx JSON message', async (_name, body, status, message) => {
    const { token, id } = await startConversation();
    const response = await call(`/conversations/${id}/activities`, token, body);
    expect(response.status).toBe(status);
    expect((await json<{ message: string }>(response)).message).toMatch(message);
  });

  it('refuses a watermark that is not a number', async () => {
    const { token, id } = await startConversation();
    const response = await call(`/conversations/${id}/activities?watermark=abc`, token, undefined, 'GET');
    expect(response.status).toBe(400);
  });
});

describe('the page', () => {
  it('is Dutch, has a CSP that allows only self, and its nonce is the one Web Chat gets', async () => {
    const response = await fetch(`${bot.url}/`);
    const html = await response.text();
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self';");
    const nonce = /nonce="([^"]+)"/.exec(html)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain(`'nonce-${nonce}'`);
    expect(html).toContain('<html lang="nl">');
    expect(html).not.toMatch(/https?:\/\//);
    // A fresh nonce on every view.
    expect(await (await fetch(`${bot.url}/`)).text()).not.toContain(nonce);
  });

  it('serves Web Chat from the installed package, compressed', async () => {
    const response = await fetch(`${bot.url}/webchat/webchat.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect((await response.text()).length).toBeGreaterThan(1_000_000);
  });
});

describe('with the local endpoint off', () => {
  it('has no /v3/directline routes, and the token endpoint says what is missing', async () => {
    const off = await startBot({ DIRECT_LINE_LOCAL: 'false' });
    try {
      expect((await fetch(`${off.url}/v3/directline/tokens/generate`, { method: 'POST' })).status).toBe(404);
      const token = await fetch(`${off.url}/api/directline/token`, { method: 'POST' });
      expect(token.status).toBe(503);
      const page = await fetch(`${off.url}/`);
      expect(page.headers.get('content-security-policy')).toContain(
        "connect-src 'self' https://directline.botframework.com wss://directline.botframework.com",
      );
    } finally {
      await off.stop();
    }
  });
});
