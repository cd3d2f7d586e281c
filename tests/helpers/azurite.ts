/**
 * A real Azure Blob Storage emulator (Azurite, blob service only) on loopback,
 * started by the tests that need it and stopped after. Data lives in a temp
 * folder, so stopping and restarting on the same port is like a storage
 * account going away and coming back.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const ACCOUNT = 'devstoreaccount1';
// Azurite's well-known development key (public, in Azurite's documentation), not a secret.
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const BLOB_MAIN = createRequire(__filename).resolve('azurite/dist/src/blob/main.js');

export class Azurite {
  private child?: ChildProcess;
  private port = 0;

  private constructor(private readonly location: string) {}

  static async start(): Promise<Azurite> {
    const azurite = new Azurite(await mkdtemp(path.join(os.tmpdir(), 'azurite-')));
    await azurite.restart();
    return azurite;
  }

  get connectionString(): string {
    return `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${KEY};BlobEndpoint=http://127.0.0.1:${this.port}/${ACCOUNT};`;
  }

  /** Starts Azurite (again), on the port it had before if it ran already. */
  async restart(): Promise<void> {
    const args = [BLOB_MAIN, '--blobHost', '127.0.0.1', '--blobPort', String(this.port)];
    args.push('--location', this.location, '--disableTelemetry', '--skipApiVersionCheck', '--loose');
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    this.port = await new Promise<number>((resolve, reject) => {
      let output = '';
      // A start that fails must not leave the emulator running after the tests.
      const fail = (reason: string) => {
        child.kill('SIGKILL');
        reject(new Error(`Azurite did not start (${reason}): ${output}`));
      };
      const timer = setTimeout(() => fail('no "listens on" within 30 s'), 30_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const found = /(?:listens on|listening at) http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
        if (found) {
          clearTimeout(timer);
          resolve(Number(found[1]));
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Azurite exited (${code}): ${output}`));
      });
    });
    child.stdout.resume();
    child.stderr.resume();
  }

  /** Stops Azurite; its data stays for a restart. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }

  /** Stops Azurite and removes its data. */
  async dispose(): Promise<void> {
    await this.stop();
    await rm(this.location, { recursive: true, force: true });
  }
}
