/**
 * One round of load on POST /api/messages with autocannon (loopback), and the
 * activities it posts, in either delivery mode:
 * - expectReplies: the replies come back in the HTTP response;
 * - connector: normal delivery, as Azure Bot Service, Teams and the Emulator
 *   use it: the activity's serviceUrl points at the fake Bot Connector, the
 *   bot posts its replies there, and the HTTP response comes when the turn,
 *   its connector calls included, is done.
 */
import autocannon from 'autocannon';
import { readFile } from 'node:fs/promises';
import type { ConnectorCounts } from './fakeConnector';
import type { BotKind, StartedBot } from './servers';

export const DELIVERY_MODES = ['expectReplies', 'connector'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

export interface LoadRound {
  bot: BotKind;
  mode: DeliveryMode;
  /** The set of alternating rounds this one belongs to (0-based; -1 for a warm-up). */
  set: number;
  turns: number;
  turnsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  /** The bot process's CPU time (user + system, all threads) during the round, per turn. */
  cpuMsPerTurn: number;
  /** connector mode: what the fake connector received per turn, and its own CPU time per turn. */
  connector?: ConnectorPerTurn;
}

export interface ConnectorPerTurn {
  activitiesPerTurn: number;
  /** New TCP connections from the bot to the connector, per turn. */
  connectionsPerTurn: number;
  cpuMsPerTurn: number;
}

export interface RoundTarget {
  bot: StartedBot;
  mode: DeliveryMode;
  /** The fake connector (used in connector mode only). */
  connector?: StartedBot<'fake-connector'>;
  set: number;
}

export const CONNECTIONS = 10;
const CONVERSATIONS = 100;

export async function loadRound(
  target: RoundTarget,
  questions: string[],
  seconds: number,
): Promise<LoadRound> {
  const { bot, mode, set } = target;
  const connector = mode === 'connector' ? target.connector : undefined;
  if (mode === 'connector' && !connector) throw new Error('connector mode needs the fake connector');
  const serviceUrl = connector?.url ?? 'http://127.0.0.1:9';
  const cpuBefore = await cpuMs(bot.process.pid!);
  const connectorBefore = connector && (await connectorState(connector));
  const result = await autocannon({
    url: `${bot.url}/api/messages`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: activity(questions, mode, serviceUrl) }),
      },
    ],
  });
  // A refused or failed request is not a turn: counting it would make a bot that answers 429 look fast.
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(
      `${bot.kind} (${mode}): ${result.non2xx} non-2xx answers and ${result.errors} errors in a round; turns/s would count refusals`,
    );
  const turns = result.requests.total;
  if (turns === 0) throw new Error(`${bot.kind} (${mode}): no turn completed in ${seconds} s`);
  const cpuUsed = (await cpuMs(bot.process.pid!)) - cpuBefore;
  const round: LoadRound = {
    bot: bot.kind,
    mode,
    set,
    turns,
    turnsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    cpuMsPerTurn: cpuUsed / turns,
  };
  if (!connector || !connectorBefore) return round;
  const after = await connectorState(connector);
  const received = after.counts.activities - connectorBefore.counts.activities;
  // Without this a bot whose replies never left (or went elsewhere) would look fast in connector mode.
  if (received < turns)
    throw new Error(
      `${bot.kind} (connector): the fake connector received ${received} activities for ${turns} turns; the bench would measure turns that sent nothing`,
    );
  return {
    ...round,
    connector: {
      activitiesPerTurn: received / turns,
      connectionsPerTurn: (after.counts.connections - connectorBefore.counts.connections) / turns,
      cpuMsPerTurn: (after.cpuMs - connectorBefore.cpuMs) / turns,
    },
  };
}

async function connectorState(connector: StartedBot<'fake-connector'>) {
  const response = await fetch(`${connector.url}/counts`);
  if (!response.ok) throw new Error(`fake connector /counts answered ${response.status}`);
  return { counts: (await response.json()) as ConnectorCounts, cpuMs: await cpuMs(connector.process.pid!) };
}

/**
 * CPU time of a process so far (utime + stime from /proc/<pid>/stat, Linux, in clock ticks of 10 ms):
 * unlike turns per second, it does not count the time the process waited for a core on a busy machine.
 */
async function cpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

let sequence = 0;

function activity(questions: string[], mode: DeliveryMode, serviceUrl: string): string {
  sequence++;
  return JSON.stringify({
    type: 'message',
    id: `bench-${sequence}`,
    channelId: 'emulator',
    serviceUrl,
    ...(mode === 'expectReplies' ? { deliveryMode: 'expectReplies' } : {}),
    from: { id: 'user-1', name: 'User', role: 'user' },
    recipient: { id: 'bot-1', name: 'Bot', role: 'bot' },
    conversation: { id: `bench-conversation-${sequence % CONVERSATIONS}` },
    locale: 'nl-NL',
    text: questions[sequence % questions.length],
  });
}
