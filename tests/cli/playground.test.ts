/**
 * npm run playground as staff run it: the bot and the Microsoft 365 Agents
 * Playground start together (offline, no telemetry, no browser here), both
 * stop on SIGTERM, and a taken port or an unknown channel is refused with a
 * message that says what to do.
 */
import { execFile, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parsePlaygroundArgs } from '../../src/cli/playgroundArgs';

const ROOT = path.join(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const CLI = path.join(ROOT, 'src/cli/playground.ts');

/** This process's environment without a bot registration, and the Playground told not to open a browser. */
function env(port: number): Record<string, string | undefined> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('MicrosoftApp')),
  );
  return { ...clean, PORT: String(port), TEAMSAPPTESTER_BROWSER: 'none' };
}

async function listening(): Promise<net.Server> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, resolve));
  return server;
}

async function freePort(): Promise<number> {
  const server = await listening();
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('the playground arguments', () => {
  it('default to Web Chat and take any channel of the Playground', () => {
    expect(parsePlaygroundArgs([])).toEqual({ channel: 'webchat' });
    expect(parsePlaygroundArgs(['--channel', 'msteams'])).toEqual({ channel: 'msteams' });
    expect(parsePlaygroundArgs(['-c', 'MSTeams'])).toEqual({ channel: 'msteams' });
  });

  it('refuse an unknown channel or argument, naming what is allowed', () => {
    expect(() => parsePlaygroundArgs(['--channel', 'teams'])).toThrow(
      'unknown channel "teams": one of webchat, msteams, emulator, directline, agents',
    );
    expect(() => parsePlaygroundArgs(['--port', '1'])).toThrow(/usage: npm run playground \[-- --channel /);
  });
});

describe('npm run playground', () => {
  it('refuses a port that is taken, before starting anything', async () => {
    const server = await listening();
    const { port } = server.address() as net.AddressInfo;
    try {
      const error = await promisify(execFile)(TSX, [CLI], { cwd: ROOT, env: env(port) }).then(
        () => undefined,
        (e: { code: number; stderr: string }) => e,
      );
      expect(error?.code).toBe(1);
      expect(error?.stderr).toContain(`playground failed: port ${port} is already in use`);
    } finally {
      server.close();
    }
  });

  it('starts the bot and the Playground, and stops both on SIGTERM', async () => {
    const port = await freePort();
    const child = spawn(TSX, [CLI, '--channel', 'msteams'], { cwd: ROOT, env: env(port) });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const playgroundPort = await new Promise<number>((resolve, reject) => {
        const timer = setInterval(() => {
          const found = /the Playground \(msteams\) is on http:\/\/localhost:(\d+)/.exec(output);
          if (found) resolve(Number(found[1]));
        }, 200);
        void exited.then(() => reject(new Error(`npm run playground exited early:\n${output}`)));
        setTimeout(() => reject(new Error(`no Playground within 60 s:\n${output}`)), 60_000);
        void exited.finally(() => clearInterval(timer));
      });
      expect(output).toContain(`talking to http://127.0.0.1:${port}/api/messages`);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${playgroundPort}/`)).status).toBe(200);

      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(output).toContain('"msg":"stopped"');
      // Nothing answers on either port any more.
      await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
      await expect(fetch(`http://127.0.0.1:${playgroundPort}/`)).rejects.toThrow();
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 90_000);
});
