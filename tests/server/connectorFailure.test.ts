/**
 * The Bot Connector fails while the bot sends its reply (500, no answer,
 * connection refused): the turn fails cleanly and is logged, the HTTP caller is
 * answered, retries stay bounded, and the server keeps serving.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulatorActivity, post, startBot, type RunningBot } from '../helpers/runningBot';
import { capturingLogger } from '../helpers/capturingLogger';
import { FaultyConnector, closedPortUrl, type ConnectorFault } from '../helpers/faultyConnector';

const DEADLINE_MS = 1000;
/** Each send (the reply, then the apology) makes at most 1 + 3 retries before its deadline. */
const MAX_REQUESTS_PER_TURN = 2 * 4;

let bot: RunningBot;
let connector: FaultyConnector;
let connectorUrl: string;
const { logger, lines } = capturingLogger();

beforeAll(async () => {
  connector = new FaultyConnector();
  connectorUrl = await connector.start();
  bot = await startBot({ CONNECTOR_TIMEOUT_MS: String(DEADLINE_MS) }, logger);
});

afterAll(async () => {
  await bot.stop();
  await connector.stop();
});

async function turn(serviceUrl: string, conversation: string, text = 'Wat is vitaal vakmanschap?') {
  // A bound far above the deadline: without one, a hanging connector would hang this test until vitest's timeout.
  return post(bot.url, emulatorActivity(serviceUrl, conversation, { type: 'message', text }), undefined, {
    timeoutMs: 15_000,
  });
}

describe('when the Bot Connector fails', () => {
  it.each<[string, ConnectorFault | 'closed']>([
    ['answers 500', 'error500'],
    ['never answers', 'hang'],
    ['refuses the connection', 'closed'],
  ])('%s: the caller is answered, the failure logged, the retries bounded', async (name, fault) => {
    const serviceUrl = fault === 'closed' ? await closedPortUrl() : connectorUrl;
    if (fault !== 'closed') connector.fault = fault;
    const requestsBefore = connector.requests;
    const logged = lines.length;

    const response = await turn(serviceUrl, `fault-${name}`);

    expect(response.status).toBe(200);
    const newLines = lines.slice(logged).map((l) => JSON.parse(l) as { level: string; msg: string });
    expect(newLines).toContainEqual(expect.objectContaining({ level: 'error', msg: 'turn failed' }));
    expect(newLines).toContainEqual(
      expect.objectContaining({ msg: 'could not tell the visitor about the failed turn' }),
    );
    const requests = connector.requests - requestsBefore;
    if (fault === 'closed') expect(requests).toBe(0);
    else expect(requests).toBeGreaterThanOrEqual(1);
    expect(requests).toBeLessThanOrEqual(MAX_REQUESTS_PER_TURN);
  });

  it('keeps serving: the next turn with a working connector is answered', async () => {
    connector.fault = 'ok';
    const delivered = connector.delivered.length;
    expect((await turn(connectorUrl, 'after-faults', 'Wat doet de schatbewaarder?')).status).toBe(200);
    expect(connector.delivered.slice(delivered).join('\n')).toContain(
      'U hebt oog voor de balans van kosten en opbrengsten.',
    );
  });
});
