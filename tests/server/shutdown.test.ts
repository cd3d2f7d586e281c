/**
 * SIGTERM, as App Service sends it before replacing an instance: the real
 * process stops accepting connections, finishes the turn in flight (its reply
 * still reaches the Bot Connector) and exits with code 0.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulatorActivity, post } from '../helpers/runningBot';
import { FaultyConnector } from '../helpers/faultyConnector';
import { startChildBot, type ChildBot } from '../helpers/childBot';
import { eventually } from '../helpers/eventually';

let connector: FaultyConnector;
let serviceUrl: string;
let bot: ChildBot;

beforeAll(async () => {
  connector = new FaultyConnector();
  serviceUrl = await connector.start();
  bot = await startChildBot({ SHUTDOWN_GRACE_MS: '15000' });
});

afterAll(async () => {
  if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
  await connector.stop();
});

describe('SIGTERM', () => {
  it('finishes the turn in flight, refuses new connections and exits 0', async () => {
    // The connector takes its time with the reply, so the turn is still running when SIGTERM arrives.
    connector.fault = { delayMs: 1500 };
    const turn = post(
      bot.url,
      emulatorActivity(serviceUrl, 'shutdown', { type: 'message', text: 'Wat doet de schatbewaarder?' }),
      undefined,
      { timeoutMs: 15_000 },
    );
    await eventually(() => connector.requests >= 1 || undefined, 'the reply to reach the connector');
    expect(connector.delivered).toEqual([]);

    bot.child.kill('SIGTERM');

    const refused = await eventually(
      () =>
        fetch(`${bot.url}/healthz`).then(
          () => undefined,
          (error: Error & { cause?: { code?: string } }) => error.cause?.code,
        ),
      'new connections to be refused',
    );
    expect(refused).toBe('ECONNREFUSED');
    expect((await turn).status).toBe(200);
    expect(connector.delivered.join('\n')).toContain('U hebt oog voor de balans van kosten en opbrengsten.');
    expect(await bot.exited).toEqual({ code: 0, signal: null });
    expect(bot.lines.some((l) => l.includes('"msg":"stopped"'))).toBe(true);
  });
});
