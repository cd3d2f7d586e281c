/**
 * A turn that fails inside the bot: logged, the visitor told in their language,
 * the HTTP caller answered without a 5xx, and the server keeps serving.
 */
import { ActivityHandler } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapter } from '../../src/server/createAdapter';
import { createServer } from '../../src/server/createServer';
import { createLogger } from '../../src/logger';
import { MESSAGES, localeLanguage } from '../../src/conversation/messages';
import { FakeConnector } from '../helpers/fakeConnector';
import { emulatorActivity, post } from '../helpers/runningBot';
import type { Server } from 'restify';

const logged: string[] = [];
let server: Server;
let url: string;
let connector: FakeConnector;
let serviceUrl: string;

beforeAll(async () => {
  connector = new FakeConnector();
  serviceUrl = await connector.start();
  const logger = createLogger('info', (line) => logged.push(line));
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    if (context.activity.text === 'breek') throw new Error('kapot');
    await context.sendActivity('heel');
    await next();
  });
  server = createServer({
    adapter: createAdapter({ appId: '', appPassword: '', appType: 'MultiTenant', tenantId: '' }, logger),
    bot,
    logger,
    maxBodyBytes: 65536,
    maxTextChars: 2000,
    health: () => ({}),
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve());
  });
  url = `http://127.0.0.1:${server.address().port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
  });
  await connector.stop();
});

describe('a failing turn', () => {
  it.each([
    ['nl-NL', MESSAGES.nl.turnFailed],
    ['en-GB', MESSAGES.en.turnFailed],
  ])('is answered with an apology (%s), logged, and not a 5xx', async (locale, apology) => {
    const before = connector.calls.length;
    const response = await post(
      url,
      emulatorActivity(serviceUrl, `fail-${locale}`, { type: 'message', text: 'breek', locale }),
    );
    expect(response.status).toBe(200);
    expect(connector.calls.slice(before).map((c) => c.activity.text)).toEqual([apology]);
    expect(logged.some((line) => line.includes('"msg":"turn failed"') && line.includes('kapot'))).toBe(true);
  });

  it('leaves the server serving', async () => {
    const before = connector.calls.length;
    expect(
      (await post(url, emulatorActivity(serviceUrl, 'after', { type: 'message', text: 'hallo' }))).status,
    ).toBe(200);
    expect(connector.calls.slice(before).map((c) => c.activity.text)).toEqual(['heel']);
  });
});

describe('localeLanguage', () => {
  it.each([
    ['nl-NL', 'nl'],
    ['nl-BE', 'nl'],
    ['EN-us', 'en'],
    ['de-DE', undefined],
    [undefined, undefined],
  ])('%s → %s', (locale, language) => {
    expect(localeLanguage(locale)).toBe(language);
  });
});
