/**
 * Starts a bot server as a child process (built JS), waits for /healthz, and
 * reads its resident memory from /proc (Linux).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, mkdtemp } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { nowMs } from './stats';

export type BotKind = 'echo' | 'ours';

export interface StartedBot {
  kind: BotKind;
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
export async function startBot(kind: BotKind, nodeArgs: string[] = []): Promise<StartedBot> {
  const port = await freePort();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'faq-bench-'));
  const script = kind === 'echo' ? 'dist/bench/echoBot.js' : 'dist/src/index.js';
  const started = nowMs();
  const child = spawn(process.execPath, [...nodeArgs, script], {
    env: {
      ...process.env,
      PORT: String(port),
      UNANSWERED_LOG: path.join(dir, 'unanswered.jsonl'),
      FEEDBACK_LOG: path.join(dir, 'feedback.jsonl'),
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
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
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
