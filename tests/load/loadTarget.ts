/**
 * The bot under load, in its own process (started by load.test.ts with
 * --expose-gc): the real app on a loopback port with a fake Bot Connector.
 * On the message "memory" it collects garbage and reports its memory, so the
 * test measures the bot alone and not the load generator.
 */
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { loadConfig } from '../../src/config';
import { createApp } from '../../src/app';
import { silentLogger } from '../../src/logger';
import { FaultyConnector } from '../helpers/faultyConnector';

async function main(): Promise<void> {
  const send = (message: unknown) => process.send?.(message);
  const connector = new FaultyConnector();
  const serviceUrl = await connector.start();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'faq-bot-load-'));
  const config = loadConfig({
    KNOWLEDGE_DIR: 'knowledge',
    KNOWLEDGE_WATCH: 'false',
    UNANSWERED_LOG: path.join(dir, 'unanswered.jsonl'),
    FEEDBACK_LOG: path.join(dir, 'feedback.jsonl'),
    TURN_LOG: path.join(dir, 'turns.jsonl'),
    SIGNAL_LOG: path.join(dir, 'signals.jsonl'),
    RATE_LIMIT_PER_MINUTE: '1000000',
  });
  const { server } = await createApp(config, silentLogger);
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve());
  });
  process.on('message', (message) => {
    if (message !== 'memory') return;
    const gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) throw new Error('start the load target with --expose-gc');
    gc();
    gc();
    const { heapUsed, rss } = process.memoryUsage();
    send({ heapUsed, rss, delivered: connector.delivered.length });
  });
  send({ url: `http://127.0.0.1:${server.address().port}`, serviceUrl });
}

void main();
