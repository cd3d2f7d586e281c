/**
 * SIGTERM, as App Service sends it before replacing an instance: the real
 * process stops accepting connections, finishes the turn in flight (its reply
 * still reaches the Bot Connector) and exits with code 0.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulatorActivity, post } from '../helpers/runningBot';
import { FaultyConnector } from '../helpers/faultyConnector';
import { startChildBot, type ChildBot } from '../helpers/childBot';
import { eventually } from '../helpers/eventually';

let connector: FaultyConnector;
let serviceUrl: string;
const children: ChildBot[] = [];

beforeAll(async () => {
  connector = new FaultyConnector();
  serviceUrl = await connector.start();
});

afterAll(async () => {
  for (const { child } of children) if (child.exitCode === null) child.kill('SIGKILL');
  await connector.stop();
});

async function start(env: Record<string, string>): Promise<ChildBot> {
  const bot = await startChildBot(env);
  children.push(bot);
  return bot;
}

/**
 * Opens a fresh TCP connection: undefined while the bot accepts it, the error
 * code once it does not. fetch would reuse its pooled keep-alive socket, which
 * the closing server resets (ECONNRESET), so it cannot tell "refuses new
 * connections" apart from "dropped an idle one". A connection that reached the
 * listening socket's backlog just as it closed is reset too (CI saw it once):
 * that is the close racing the probe, not yet the refusal, so it reads as
 * undefined and the probe is tried again.
 */
function newConnection(url: string): Promise<string | undefined> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => {
      socket.destroy();
      resolve(undefined);
    });
    socket.once('error', (error: NodeJS.ErrnoException) =>
      resolve(error.code === 'ECONNRESET' ? undefined : error.code),
    );
  });
}

describe('SIGTERM', () => {
  it('finishes the turn in flight, refuses new connections and exits 0', async () => {
    const bot = await start({ SHUTDOWN_GRACE_MS: '15000' });
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

    const refused = await eventually(() => newConnection(bot.url), 'new connections to be refused');
    expect(refused).toBe('ECONNREFUSED');
    expect((await turn).status).toBe(200);
    expect(connector.delivered.join('\n')).toContain('U hebt oog voor de balans van kosten en opbrengsten.');
    expect(await bot.exited).toEqual({ code: 0, signal: null });
    expect(bot.lines.some((l) => l.includes('"msg":"stopped"'))).toBe(true);
  });

  it('cuts off a turn that outlasts the grace period and exits 1', async () => {
    const bot = await start({ SHUTDOWN_GRACE_MS: '300', CONNECTOR_TIMEOUT_MS: '60000' });
    connector.fault = 'hang';
    const requests = connector.requests;
    const turn = post(
      bot.url,
      emulatorActivity(serviceUrl, 'shutdown-hung', { type: 'message', text: 'Wat doet de schatbewaarder?' }),
      undefined,
      { timeoutMs: 15_000 },
    ).then(
      () => 'answered',
      () => 'cut off',
    );
    await eventually(() => connector.requests > requests || undefined, 'the reply to reach the connector');

    bot.child.kill('SIGTERM');

    expect(await bot.exited).toEqual({ code: 1, signal: null });
    expect(await turn).toBe('cut off');
    expect(bot.lines.some((l) => l.includes('the grace period ended'))).toBe(true);
  });
});
