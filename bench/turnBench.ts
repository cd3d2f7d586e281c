/**
 * Part 2: turns per second, latency and CPU time per turn of POST
 * /api/messages, in one run, for three bots in alternating rounds so all see
 * the same machine load: the BotBuilder sample echo bot on stock botbuilder
 * ("echo", the target's baseline), an echo bot on our server and adapter
 * ("echo-our-stack", the floor of our own stack) and ours. Both delivery
 * modes are measured (see lib/loadRound.ts): expectReplies and normal
 * delivery to a fake Bot Connector in its own process. Part 3's memory
 * figures (RSS after start and after the load) come from the same processes.
 */
import {
  BOT_KINDS,
  residentMb,
  startBot,
  startFakeConnector,
  type BotKind,
  type StartedBot,
} from './lib/servers';
import {
  CONNECTIONS,
  DELIVERY_MODES,
  loadRound,
  type ConnectorPerTurn,
  type DeliveryMode,
  type LoadRound,
} from './lib/loadRound';
import { pairedRatio, type PairedRatio } from './lib/pairs';
import { profileBot, type BotProfile } from './lib/profileBot';
import { median } from './lib/stats';

export interface BotFigures {
  turnsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  cpuMsPerTurn: number;
  /** connector mode: what the fake connector received per turn of this bot, and its CPU time. */
  connector?: ConnectorPerTurn;
}

export interface ModeResult {
  rounds: LoadRound[];
  /** Medians over the sets. */
  figures: Record<BotKind, BotFigures>;
  /** Turns per second, ours / the baseline, per set and their median (target vs echo: ≥ 0.80). */
  turnsRatio: { oursToEcho: PairedRatio; oursToEchoOurStack: PairedRatio; echoOurStackToEcho: PairedRatio };
  /** CPU time per turn, the baseline / ours (like the turns ratio, above 1 means ours is cheaper). */
  cpuRatio: { echoToOurs: PairedRatio; echoOurStackToOurs: PairedRatio };
}

export interface TurnBenchResult {
  connections: number;
  secondsPerRound: number;
  sets: number;
  modes: Record<DeliveryMode, ModeResult>;
  rssMb: Record<BotKind, { afterStart: number; afterLoad: number }>;
  /** Per delivery mode, ours and the stock echo bot, each alone under the same load. */
  profile?: Record<DeliveryMode, { ours: BotProfile; echo: BotProfile }>;
}

/**
 * Five sets, not three: on a shared 2-vCPU machine one 4-second round can land in a burst of other
 * load, and single sets of one run spread from 0.7 to 1.2 (2026-12-02); the median of five moves less.
 */
const DEFAULT_SETS = 5;
const WARM_UP_SECONDS = 2;

/**
 * The bots' order in a set: forward in even sets, backward in odd ones (A B C, C B A), so a load that
 * rises or falls during a set does not always favour the bot that runs first.
 */
export function roundOrder<T>(bots: readonly T[], set: number): T[] {
  return set % 2 === 0 ? [...bots] : [...bots].reverse();
}

export async function turnBench(
  questions: string[],
  seconds = 4,
  profile = true,
  sets = DEFAULT_SETS,
): Promise<TurnBenchResult> {
  const connector = await startFakeConnector();
  const bots = await Promise.all(BOT_KINDS.map((kind) => startBot(kind)));
  try {
    const rssStart = await Promise.all(bots.map((b) => residentMb(b.process.pid!)));
    for (const mode of DELIVERY_MODES)
      for (const bot of bots) await loadRound({ bot, mode, connector, set: -1 }, questions, WARM_UP_SECONDS); // JIT, not counted
    const modes = {} as Record<DeliveryMode, ModeResult>;
    for (const mode of DELIVERY_MODES) {
      const rounds: LoadRound[] = [];
      for (let set = 0; set < sets; set++)
        for (const bot of roundOrder(bots, set))
          rounds.push(await loadRound({ bot, mode, connector, set }, questions, seconds));
      modes[mode] = summarizeMode(rounds);
    }
    const rssLoad = await Promise.all(bots.map((b) => residentMb(b.process.pid!)));
    return {
      connections: CONNECTIONS,
      secondsPerRound: seconds,
      sets,
      modes,
      rssMb: Object.fromEntries(
        BOT_KINDS.map((kind, i) => [kind, { afterStart: rssStart[i]!, afterLoad: rssLoad[i]! }]),
      ) as TurnBenchResult['rssMb'],
      ...(profile ? { profile: await profiles(questions, seconds, connector) } : {}),
    };
  } finally {
    await Promise.all([...bots.map((b) => b.stop()), connector.stop()]);
  }
}

async function profiles(questions: string[], seconds: number, connector: StartedBot<'fake-connector'>) {
  const result = {} as Record<DeliveryMode, { ours: BotProfile; echo: BotProfile }>;
  for (const mode of DELIVERY_MODES) {
    result[mode] = {
      ours: await profileBot('ours', questions, seconds, mode, connector),
      echo: await profileBot('echo', questions, seconds, mode, connector),
    };
  }
  return result;
}

export function summarizeMode(rounds: LoadRound[]): ModeResult {
  const of = (bot: BotKind) => rounds.filter((r) => r.bot === bot);
  const figures = (bot: BotKind): BotFigures => {
    const mine = of(bot);
    const connector = mine.flatMap((r) => (r.connector ? [r.connector] : []));
    return {
      turnsPerSecond: median(mine.map((r) => r.turnsPerSecond)),
      p50Ms: median(mine.map((r) => r.p50Ms)),
      p99Ms: median(mine.map((r) => r.p99Ms)),
      cpuMsPerTurn: median(mine.map((r) => r.cpuMsPerTurn)),
      ...(connector.length > 0
        ? {
            connector: {
              activitiesPerTurn: median(connector.map((c) => c.activitiesPerTurn)),
              connectionsPerTurn: median(connector.map((c) => c.connectionsPerTurn)),
              cpuMsPerTurn: median(connector.map((c) => c.cpuMsPerTurn)),
            },
          }
        : {}),
    };
  };
  const turns = (r: LoadRound) => r.turnsPerSecond;
  const cpu = (r: LoadRound) => 1 / r.cpuMsPerTurn;
  return {
    rounds,
    figures: Object.fromEntries(BOT_KINDS.map((kind) => [kind, figures(kind)])) as ModeResult['figures'],
    turnsRatio: {
      oursToEcho: pairedRatio(rounds, 'ours', 'echo', turns),
      oursToEchoOurStack: pairedRatio(rounds, 'ours', 'echo-our-stack', turns),
      echoOurStackToEcho: pairedRatio(rounds, 'echo-our-stack', 'echo', turns),
    },
    // (1 / ours) / (1 / echo) = echo / ours: turns per CPU second, compared like turns per second.
    cpuRatio: {
      echoToOurs: pairedRatio(rounds, 'ours', 'echo', cpu),
      echoOurStackToOurs: pairedRatio(rounds, 'ours', 'echo-our-stack', cpu),
    },
  };
}
