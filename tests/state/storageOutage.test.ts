/**
 * Storage unreachable: while Azure Blob Storage (Azurite) is down the bot still
 * answers free-text questions (without focus, with a warning that gives the
 * reason and not the visitor's words); when it is back, focus is saved again.
 */
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { mkdtemp } from 'node:fs/promises';
import type { Server } from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { Azurite } from '../helpers/azurite';
import { answerOf } from '../helpers/knowledgeText';
import { askExpectingReplies, startBot } from '../helpers/runningBot';

let azurite: Azurite;
let server: Server;
let url: string;
const logs: { level: string; msg: string; reason?: string }[] = [];

beforeAll(async () => {
  azurite = await Azurite.start();
  const config = loadConfig({
    KNOWLEDGE_DIR: 'knowledge',
    UNANSWERED_LOG: path.join(await mkdtemp(path.join(os.tmpdir(), 'outage-')), 'unanswered.jsonl'),
    AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
    AZURE_STORAGE_TIMEOUT_MS: '1000',
  });
  ({ server } = await createApp(
    config,
    createLogger('info', (line) => logs.push(JSON.parse(line) as never)),
  ));
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  url = `http://127.0.0.1:${server.address().port}`;
}, 60_000);

afterAll(async () => {
  if (server) {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
    });
  }
  await azurite?.dispose();
});

function say(text: string) {
  return askExpectingReplies(url, 'outage-1', text);
}

describe('when the shared storage goes away and comes back', () => {
  it('answers during the outage and keeps focus again afterwards', async () => {
    await say('Wat zijn de negen petten?');
    expect((await say('de derde')).text).toContain(answerOf('pet-verkoper'));

    await azurite.stop();
    const during = await say('Waarom zijn diensten vergankelijk?');
    expect(during.status).toBe(200);
    expect(during.text).toContain(answerOf('dienst-vergankelijk'));
    const warnings = logs.filter((l) => l.level === 'warn');
    expect(warnings.map((w) => w.msg)).toContain(
      'conversation state unreadable; answering from fresh memory',
    );
    expect(warnings.find((w) => w.reason)?.reason).toMatch(/ECONNREFUSED/);
    expect(JSON.stringify(logs)).not.toContain('Waarom zijn diensten');

    await azurite.restart();
    // The focus saved before the outage is there again, and new focus is saved.
    expect((await say('volgende')).text).toContain(answerOf('pet-relatiebeheerder'));
    await say('Wat zijn de kenmerken van diensten?');
    expect((await say('de tweede')).text).toContain(answerOf('dienst-productie-consumptie'));
  });
});

describe('when the storage accepts connections and never answers', () => {
  it('answers once the storage deadline has passed, and after three such turns stops waiting for it', async () => {
    // Requests for the conversation state (the record logs are written after the turn, not through the breaker).
    let connections = 0;
    const blackhole = net.createServer((socket) => {
      socket.once('data', (chunk) => {
        if (/^\w+ \/\w+\/bot-state\b/.test(chunk.toString('latin1'))) connections++;
      });
    });
    await new Promise<void>((resolve) => blackhole.listen(0, '127.0.0.1', resolve));
    const port = (blackhole.address() as net.AddressInfo).port;
    const bot = await startBot({
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString.replace(
        /127\.0\.0\.1:\d+/,
        `127.0.0.1:${port}`,
      ),
      AZURE_STORAGE_TIMEOUT_MS: '300',
      AZURE_STORAGE_RETRY_AFTER_MS: '60000',
    });
    try {
      url = bot.url;
      for (let turn = 1; turn <= 3; turn++) {
        const reply = await say('Waarom zijn diensten vergankelijk?');
        expect(reply.status).toBe(200);
        expect(reply.text).toContain(answerOf('dienst-vergankelijk'));
      }
      const tried = connections;
      expect(tried).toBeGreaterThanOrEqual(3);

      // The breaker is open: the storage is not tried, and the answer does not wait for its deadline.
      const reply = await say('Waarom zijn diensten vergankelijk?');
      expect(reply.status).toBe(200);
      expect(reply.text).toContain(answerOf('dienst-vergankelijk'));
      expect(connections).toBe(tried);
    } finally {
      await bot.stop();
      blackhole.close();
    }
  });
});
