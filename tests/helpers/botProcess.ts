/**
 * The bot as a real separate process (src/index.ts run by tsx), on its own
 * loopback port: what two instances behind a load balancer are.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';

export interface BotProcess {
  url: string;
  /** Everything the process wrote (its JSON logs). */
  output(): string;
  stop(): Promise<void>;
}

export async function startBotProcess(env: Record<string, string>): Promise<BotProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    env: { PATH: process.env.PATH ?? '', KNOWLEDGE_DIR: 'knowledge', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    // A start that fails must not leave the process running after the tests.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the bot did not listen within 60 s:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('"msg":"listening"')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the bot exited (${code}) before listening:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
