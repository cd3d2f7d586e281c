/**
 * Starts the real application (createApp) on an ephemeral loopback port with
 * test configuration, and posts activities to it as the Emulator does.
 */
import os from 'node:os';
import path from 'node:path';
import { mkdtemp } from 'node:fs/promises';
import type { Server } from 'restify';
import type { Activity } from 'botbuilder';
import { loadConfig, type Config } from '../../src/config';
import { createApp } from '../../src/app';
import { silentLogger, type Logger } from '../../src/logger';

export interface RunningBot {
  url: string;
  server: Server;
  config: Config;
  /** Waits for the records of the turns so far (written after the answer). */
  flushLogs(): Promise<void>;
  stop(): Promise<void>;
}

export async function startBot(
  env: Record<string, string> = {},
  logger: Logger = silentLogger,
): Promise<RunningBot> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'faq-bot-'));
  const config = loadConfig({
    KNOWLEDGE_DIR: 'knowledge',
    UNANSWERED_LOG: path.join(dir, 'unanswered.jsonl'),
    KNOWLEDGE_WATCH: 'false',
    FEEDBACK_LOG: path.join(dir, 'feedback.jsonl'),
    TURN_LOG: path.join(dir, 'turns.jsonl'),
    SIGNAL_LOG: path.join(dir, 'signals.jsonl'),
    ...env,
  });
  const app = await createApp(config, logger);
  const { server } = app;
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    config,
    flushLogs: () => app.flushLogs(),
    stop: async () => {
      await app.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
      });
    },
  };
}

let counter = 0;

/** An activity shaped like the ones the Bot Framework Emulator posts. */
export function emulatorActivity(
  serviceUrl: string,
  conversationId: string,
  extra: Record<string, unknown>,
): Record<string, unknown> {
  counter++;
  return {
    id: `emulator-${counter}`,
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    channelId: 'emulator',
    serviceUrl,
    from: { id: 'user-1', name: 'User', role: 'user' },
    conversation: { id: conversationId },
    recipient: { id: 'bot-1', name: 'Bot', role: 'bot' },
    locale: 'nl-NL',
    entities: [
      { type: 'ClientCapabilities', requiresBotState: true, supportsListening: true, supportsTts: true },
    ],
    ...extra,
  };
}

/** @param options.timeoutMs gives up on a request that is not answered in time (a hang would otherwise last until the test times out) */
export function post(
  url: string,
  body: unknown,
  contentType = 'application/json',
  options: { timeoutMs?: number; headers?: Record<string, string> } = {},
): Promise<Response> {
  return fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...options.headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...(options.timeoutMs ? { signal: AbortSignal.timeout(options.timeoutMs) } : {}),
  });
}

export interface ExpectedReplies {
  status: number;
  /** The replies the bot returned in the HTTP response. */
  activities: Partial<Activity>[];
  /** Their texts, one per line. */
  text: string;
}

/**
 * A visitor's message with deliveryMode expectReplies: the replies come back in the HTTP response, so no
 * connector is needed. `extra` overrides fields of the activity (channel, value, …).
 */
export async function askExpectingReplies(
  url: string,
  conversationId: string,
  text: string | undefined,
  extra: Record<string, unknown> = {},
): Promise<ExpectedReplies> {
  const response = await post(
    url,
    emulatorActivity('http://127.0.0.1:1', conversationId, {
      type: 'message',
      ...(text === undefined ? {} : { text }),
      deliveryMode: 'expectReplies',
      ...extra,
    }),
  );
  const body = (await response.json()) as { activities?: Partial<Activity>[] };
  const activities = body.activities ?? [];
  return { status: response.status, activities, text: activities.map((a) => a.text ?? '').join('\n') };
}
