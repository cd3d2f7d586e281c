/**
 * Child processes of a staff command (npm run playground): started with this
 * process's environment, stopped by their own id, and a port checked before a
 * child needs it.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import net from 'node:net';

export interface Child {
  name: string;
  process: ChildProcess;
  /** Resolves with the exit code (or the signal's name) when the child has stopped. */
  exited: Promise<number | string>;
}

export function startChild(name: string, args: string[], options: SpawnOptions): Child {
  const child = spawn(process.execPath, args, options);
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
    child.once('error', () => resolve('not started'));
  });
  return { name, process: child, exited };
}

/** Asks a child to stop (SIGTERM), and kills it when it has not stopped after `graceMs`. */
export async function stopChild(child: Child, graceMs: number): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  child.process.kill('SIGTERM');
  const timer = setTimeout(() => child.process.kill('SIGKILL'), graceMs);
  await child.exited;
  clearTimeout(timer);
}

/** Rejects with a message naming the port when something already listens on it. */
export function ensurePortFree(port: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `port ${port} is already in use (${what}); stop what runs there, or set PORT to a free port`,
            )
          : error,
      ),
    );
    // The bot listens on every interface, so probe the same way.
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

/** Resolves when the URL answers 200; rejects when `child` stops first or after `timeoutMs`. */
export async function waitUntilUp(url: string, child: Child, timeoutMs: number): Promise<void> {
  let stopped: number | string | undefined;
  void child.exited.then((code) => (stopped = code));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopped !== undefined) throw new Error(`${child.name} stopped (exit ${stopped}) before it was ready`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${child.name} did not answer ${url} within ${timeoutMs / 1000} s`);
}
