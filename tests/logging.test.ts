/**
 * Logs are structured JSON and carry neither what visitors wrote nor any
 * secret: run answered and unanswered turns, an authentication failure and a
 * connector failure with a capturing logger and read every line.
 */
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulatorActivity, post, startBot, type RunningBot } from './helpers/runningBot';
import { capturingLogger } from './helpers/capturingLogger';
import { FaultyConnector } from './helpers/faultyConnector';
import { fakeBotFrameworkTokenService } from './helpers/botFrameworkTokens';

const PASSWORD = 'Pw-3f9a1c77-do-not-log';
const APP_ID = '00000000-0000-4000-8000-000000000002';
/** Visitor texts with words that appear nowhere else, so any of them in a log line is a leak. */
const VISITOR_TEXTS = [
  'Wat doet de schatbewaarder? Ik heet Zwanhilde Oosterbroek.',
  'Mijn wachtwoord is Kwispel-8812, kunt u mij bellen op 0612345678?',
  'Hoeveel kost een training bij Vlinderdas-Academie?',
  'Wat is vitaal vakmanschap, vraagt Bartholomeus?',
];
const LEAKS = ['Zwanhilde', 'Oosterbroek', 'Kwispel-8812', '0612345678', 'Vlinderdas', 'Bartholomeus'];

const { logger, lines } = capturingLogger('info');
const tokensSent: string[] = [];
let open: RunningBot;
let secured: RunningBot;
let connector: FaultyConnector;
let serviceUrl: string;

beforeAll(async () => {
  connector = new FaultyConnector();
  serviceUrl = await connector.start();
  const tokens = fakeBotFrameworkTokenService();
  open = await startBot({ CONNECTOR_TIMEOUT_MS: '300' }, logger);
  secured = await startBot({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: PASSWORD }, logger);

  const turn = (bot: RunningBot, text: string, headers: Record<string, string> = {}) =>
    post(bot.url, emulatorActivity(serviceUrl, 'log-conv', { type: 'message', text }), undefined, {
      headers,
    });
  for (const text of VISITOR_TEXTS.slice(0, 3)) expect((await turn(open, text)).status).toBe(200);
  connector.fault = 'error500';
  expect((await turn(open, VISITOR_TEXTS[3]!)).status).toBe(200);
  // Not JSON: JSON.parse's error message quotes the start of the body.
  expect((await post(open.url, 'Oosterbroek hier, {')).status).toBe(400);
  const forged = tokens.sign({ aud: 'another-bot', serviceurl: serviceUrl });
  tokensSent.push(forged);
  expect((await turn(secured, VISITOR_TEXTS[0]!, { authorization: `Bearer ${forged}` })).status).toBe(401);
});

afterAll(async () => {
  await open.stop();
  await secured.stop();
  await connector.stop();
  nock.cleanAll();
});

describe('logs', () => {
  it('recorded the turns, the connector failure and the authentication failure', () => {
    const messages = lines.map((l) => (JSON.parse(l) as { msg: string }).msg);
    // The fourth turn fails while sending, before its 'turn' line.
    expect(messages.filter((m) => m === 'turn')).toHaveLength(3);
    expect(messages).toContain('turn failed');
    expect(lines.some((l) => l.includes('"status":401'))).toBe(true);
    expect(lines.some((l) => l.includes('"status":400') && l.includes('not valid JSON'))).toBe(true);
  });

  it('are one JSON object per line with time, level and message', () => {
    for (const line of lines) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      expect([typeof entry.time, typeof entry.level, typeof entry.msg]).toEqual([
        'string',
        'string',
        'string',
      ]);
      expect(Number.isNaN(Date.parse(String(entry.time)))).toBe(false);
    }
  });

  it('contain no visitor text', () => {
    for (const leak of LEAKS) expect(lines.filter((l) => l.includes(leak))).toEqual([]);
  });

  it('contain no password, secret or token', () => {
    for (const line of lines) {
      expect(line).not.toContain(PASSWORD);
      for (const token of tokensSent) expect(line).not.toContain(token);
      expect(line).not.toMatch(/eyJ[\w-]+\.eyJ/); // any JWT
      expect(line).not.toMatch(/"[^"]*(password|secret|authorization)[^"]*":/i);
    }
  });
});
