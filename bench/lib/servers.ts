/**
 * Starts a bot server (or the fake Bot Connector) as a child process (built
 * JS), waits for /healthz, and reads its resident memory from /proc (Linux).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { nowMs } from './stats';

/**
 * echo: the BotBuilder sample echo bot on stock botbuilder (the target's baseline);
 * echo-our-stack: an echo bot on our server and adapter; ours: the FAQ bot.
 */
export const BOT_KINDS = ['echo', 'echo-our-stack', 'ours'] as const;
export type BotKind = (typeof BOT_KINDS)[number];

const SCRIPTS: Record<BotKind | 'fake-connector', string> = {
  echo: 'dist/bench/stockEchoBot.js',
  'echo-our-stack': 'dist/bench/echoBot.js',
  ours: 'dist/src/index.js',
  'fake-connector': 'dist/bench/fakeConnector.js',
};

export interface StartedBot<Kind = BotKind> {
  kind: Kind;
  url: string;
  process: ChildProcess;
  /** From spawn until /healthz answered 200. */
  coldStartMs: number;
  stop(): Promise<void>;
}

/** A port that was free a moment ago (the kernel picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** @param nodeArgs extra node flags, e.g. --cpu-prof */
export function startBot(kind: BotKind, nodeArgs: string[] = []): Promise<StartedBot> {
  return start(kind, nodeArgs);
}

/** The fake Bot Connector (bench/fakeConnector.ts) in its own process. */
export function startFakeConnector(): Promise<StartedBot<'fake-connector'>> {
  return start('fake-connector', []);
}

async function start<Kind extends BotKind | 'fake-connector'>(
  kind: Kind,
  nodeArgs: string[],
): Promise<StartedBot<Kind>> {
  const port = await freePort();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'faq-bench-'));
  const script = SCRIPTS[kind];
  const started = nowMs();
  const child = spawn(process.execPath, [...nodeArgs, script], {
    env: {
      ...process.env,
      PORT: String(port),
      UNANSWERED_LOG: path.join(dir, 'unanswered.jsonl'),
      FEEDBACK_LOG: path.join(dir, 'feedback.jsonl'),
      TURN_LOG: path.join(dir, 'turns.jsonl'),
      SIGNAL_LOG: path.join(dir, 'signals.jsonl'),
      MicrosoftAppId: '',
      // 100 conversations posting hundreds of turns a second each would hit the per-conversation limit
      // (60 a minute) within a second and be answered 429: the limiter still counts every turn (its cost
      // is part of ours), but no turn is refused.
      RATE_LIMIT_PER_MINUTE: '1000000',
    },
    // Our bot logs one JSON line per turn, as in production; the lines go nowhere.
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child);
  const coldStartMs = nowMs() - started;
  return {
    kind,
    url,
    process: child,
    coldStartMs,
    // The temp dir of its logs goes with it: a full bench starts dozens of bots.
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }).then(() => rm(dir, { recursive: true, force: true })),
  };
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`bot exited with code ${child.exitCode} before /healthz answered`);
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`no answer from ${url}/healthz within 120 s`);
}

/** Resident set size of a process in MB, from /proc/<pid>/status. */
export async function residentMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  return kb / 1024;
}
