/**
 * npm run playground [-- --channel msteams]
 * Starts the bot (from the source, as npm run dev, on PORT) and the Microsoft
 * 365 Agents Playground talking to it, offline and without telemetry: staff
 * see the replies as Web Chat (the default) or as Teams renders them
 * (Adaptive Cards). Ctrl+C stops both. The Playground writes its log to
 * var/devTools/ and opens the browser itself (TEAMSAPPTESTER_BROWSER=none
 * stops that).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { loadConfig } from '../config';
import { ensurePortFree, startChild, stopChild, waitUntilUp, type Child } from './children';
import { parsePlaygroundArgs, type Channel } from './playgroundArgs';
import { runCli } from './runCli';

const ROOT = path.resolve(__dirname, '../..');
/** The Playground runs here: it writes its log to devTools/ under its working directory. */
const VAR = path.join(ROOT, 'var');
const STOP_GRACE_MS = 15_000;

async function main(): Promise<number> {
  const { channel } = parsePlaygroundArgs(process.argv.slice(2));
  const config = loadConfig();
  if (config.auth.appId) {
    throw new Error(
      'MicrosoftAppId is set: the Playground talks to the bot without authentication; unset it',
    );
  }
  if (config.port === 0) throw new Error('PORT=0 picks a random port; give the bot a fixed PORT');
  await ensurePortFree(config.port, 'is the bot already running, e.g. npm start?');

  await mkdir(VAR, { recursive: true });
  const endpoint = `http://127.0.0.1:${config.port}/api/messages`;
  console.log(`starting the bot on ${endpoint} …`);
  const bot = startChild('the bot', ['--import', 'tsx', 'src/index.ts'], { cwd: ROOT, stdio: 'inherit' });
  const children: Child[] = [bot];
  let stopped: Promise<unknown> | undefined;
  // Stopping waits for both children, so that neither outlives this command.
  const stopAll = () => (stopped ??= Promise.all(children.map((c) => stopChild(c, STOP_GRACE_MS))));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stopAll());

  try {
    await waitUntilUp(`http://127.0.0.1:${config.port}/healthz`, bot, 60_000);
    if (!stopped) children.push(startPlayground(endpoint, channel));
    const first = await Promise.race(children.map(async (c) => ({ child: c, code: await c.exited })));
    if (stopped) {
      await stopped;
      return 0;
    }
    console.error(`${first.child.name} stopped (exit ${first.code}); stopping the other`);
    await stopAll();
    return 1;
  } catch (error) {
    // Stopped while starting: not a failure.
    if (stopped) {
      await stopped;
      return 0;
    }
    await stopAll();
    throw error;
  }
}

/** Starts the Playground (in var/, where it keeps its log) and says where to open it. */
function startPlayground(endpoint: string, channel: Channel): Child {
  const cli = require.resolve('@microsoft/m365agentsplayground/cli.js');
  const args = [cli, 'start', '-e', endpoint, '-c', channel, '--disable-telemetry'];
  const playground = startChild('the Playground', args, { cwd: VAR, stdio: ['ignore', 'pipe', 'inherit'] });
  // Without a terminal the Playground prints only "Listening on <port>" on stdout; the rest goes to its log.
  createInterface({ input: playground.process.stdout! }).on('line', (line) => {
    const listening = /^Listening on (\d+)$/.exec(line.trim());
    if (!listening) return console.log(line);
    console.log(
      `the Playground (${channel}) is on http://localhost:${listening[1]}, talking to ${endpoint}; Ctrl+C stops both`,
    );
  });
  return playground;
}

runCli('playground', main);
