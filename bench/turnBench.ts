/**
 * Part 2: turns per second and latency of POST /api/messages, ours against an
 * echo bot on the same CloudAdapter and restify server, in one run,
 * alternating echo/ours so both see the same machine load. Both bots answer
 * with deliveryMode "expectReplies": the replies come back in the HTTP
 * response, so no fake connector competes for the CPU and each request is
 * exactly one whole turn. Part 3's memory figures (RSS after start and after
 * the load) come from the same processes.
 */
import autocannon from 'autocannon';
import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { residentMb, startBot, type BotKind, type StartedBot } from './lib/servers';
import { readCpuProfile, selfTimeByArea, topSelfTime, type SelfTime } from './lib/cpuProfile';
import { median } from './lib/stats';

export interface LoadRound {
  bot: BotKind;
  turnsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  /** The bot process's CPU time (user + system, all threads) during the round, per turn. */
  cpuMsPerTurn: number;
}

export interface TurnBenchResult {
  connections: number;
  secondsPerRound: number;
  rounds: LoadRound[];
  echo: { turnsPerSecond: number; p50Ms: number; p99Ms: number; cpuMsPerTurn: number };
  ours: { turnsPerSecond: number; p50Ms: number; p99Ms: number; cpuMsPerTurn: number };
  /** Median over the A-B pairs of ours / echo turns per second. */
  ratio: number;
  rssMb: Record<BotKind, { afterStart: number; afterLoad: number }>;
  profile?: { top: SelfTime[]; areas: { area: string; share: number }[] };
}

const CONNECTIONS = 10;
const PAIRS = 3;
const CONVERSATIONS = 100;

export async function turnBench(questions: string[], seconds = 4, profile = true): Promise<TurnBenchResult> {
  const bots = { echo: await startBot('echo'), ours: await startBot('ours') };
  const rssStart = {
    echo: await residentMb(bots.echo.process.pid!),
    ours: await residentMb(bots.ours.process.pid!),
  };
  try {
    for (const bot of [bots.echo, bots.ours]) await load(bot, questions, 2); // warm-up (JIT), not counted
    const rounds: LoadRound[] = [];
    for (let i = 0; i < PAIRS; i++) {
      rounds.push(await load(bots.echo, questions, seconds));
      rounds.push(await load(bots.ours, questions, seconds));
    }
    const rssLoad = {
      echo: await residentMb(bots.echo.process.pid!),
      ours: await residentMb(bots.ours.process.pid!),
    };
    const of = (bot: BotKind) => rounds.filter((r) => r.bot === bot);
    const figures = (bot: BotKind) => ({
      turnsPerSecond: median(of(bot).map((r) => r.turnsPerSecond)),
      p50Ms: median(of(bot).map((r) => r.p50Ms)),
      p99Ms: median(of(bot).map((r) => r.p99Ms)),
      cpuMsPerTurn: median(of(bot).map((r) => r.cpuMsPerTurn)),
    });
    const ratios = of('ours').map((r, i) => r.turnsPerSecond / of('echo')[i]!.turnsPerSecond);
    return {
      connections: CONNECTIONS,
      secondsPerRound: seconds,
      rounds,
      echo: figures('echo'),
      ours: figures('ours'),
      ratio: median(ratios),
      rssMb: {
        echo: { afterStart: rssStart.echo, afterLoad: rssLoad.echo },
        ours: { afterStart: rssStart.ours, afterLoad: rssLoad.ours },
      },
      ...(profile ? { profile: await profileOurs(questions, seconds) } : {}),
    };
  } finally {
    await Promise.all([bots.echo.stop(), bots.ours.stop()]);
  }
}

/** Our server under the same load with node --cpu-prof: self time per function. */
async function profileOurs(questions: string[], seconds: number) {
  const dir = path.resolve('bench/results/profile');
  await rm(dir, { recursive: true, force: true });
  const bot = await startBot('ours', ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  await load(bot, questions, 1);
  const fromUs = Number(process.hrtime.bigint() / 1000n);
  await load(bot, questions, seconds);
  const window = { fromUs, toUs: Number(process.hrtime.bigint() / 1000n) };
  await bot.stop();
  const file = (await readdir(dir)).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no .cpuprofile written in ${dir}`);
  const cpu = await readCpuProfile(path.join(dir, file));
  const areas = selfTimeByArea(cpu, window);
  if (areas.length === 0) throw new Error('no profile samples inside the load window (clock mismatch?)');
  return { top: topSelfTime(cpu, 20, window), areas };
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

function activity(questions: string[]): string {
  sequence++;
  return JSON.stringify({
    type: 'message',
    id: `bench-${sequence}`,
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:9',
    deliveryMode: 'expectReplies',
    from: { id: 'user-1', name: 'User', role: 'user' },
    recipient: { id: 'bot-1', name: 'Bot', role: 'bot' },
    conversation: { id: `bench-conversation-${sequence % CONVERSATIONS}` },
    locale: 'nl-NL',
    text: questions[sequence % questions.length],
  });
}

async function load(bot: StartedBot, questions: string[], seconds: number): Promise<LoadRound> {
  const cpuBefore = await cpuMs(bot.process.pid!);
  const result = await autocannon({
    url: `${bot.url}/api/messages`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: activity(questions) }),
      },
    ],
  });
  // A refused or failed request is not a turn: counting it would make a bot that answers 429 look fast.
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(
      `${bot.kind}: ${result.non2xx} non-2xx answers and ${result.errors} errors in a round; turns/s would count refusals`,
    );
  const cpuUsed = (await cpuMs(bot.process.pid!)) - cpuBefore;
  return {
    bot: bot.kind,
    cpuMsPerTurn: cpuUsed / result.requests.total,
    turnsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
