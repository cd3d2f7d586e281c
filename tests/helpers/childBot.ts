/**
 * Runs the real start-up (src/index.ts) in a child process on an ephemeral
 * loopback port, for what only a process can show: signals and exit codes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { mkdtemp } from 'node:fs/promises';
import { eventually } from './eventually';

export interface ChildBot {
  url: string;
  child: ChildProcess;
  /** Every line the process wrote, stdout and stderr. */
  lines: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export async function startChildBot(env: Record<string, string> = {}): Promise<ChildBot> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'faq-bot-child-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      KNOWLEDGE_WATCH: 'false',
      UNANSWERED_LOG: path.join(dir, 'unanswered.jsonl'),
      FEEDBACK_LOG: path.join(dir, 'feedback.jsonl'),
      TURN_LOG: path.join(dir, 'turns.jsonl'),
      SIGNAL_LOG: path.join(dir, 'signals.jsonl'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const collect = (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const listening = await eventually(
    () => lines.find((l) => l.includes('"msg":"listening"')),
    `the bot to listen (output so far: ${lines.join(' | ')})`,
    30_000,
  );
  const { port } = JSON.parse(listening) as { port: number };
  return { url: `http://127.0.0.1:${port}`, child, lines, exited };
}
