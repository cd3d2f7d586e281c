/**
 * Builds the whole application from configuration, without listening on a
 * port: knowledge → conversation → bot → adapter → HTTP server. The start-up
 * script and the tests both use it.
 */
import type { Server } from 'restify';
import type { Config } from './config';
import type { Logger } from './logger';
import { loadKnowledge } from './knowledge/loadKnowledge';
import { formatIssue } from './knowledge/issues';
import { FaqBot } from './bot/faqBot';
import { MemoryTurns } from './state/memoryTurns';
import {
  FEEDBACK_LOG,
  SIGNAL_LOG,
  createStateStore,
  TURN_LOG,
  UNANSWERED_LOG,
  createRecordLog,
} from './sharedStorage';
import { startLogRetention } from './state/logRetention';
import type { StateStore } from './state/stateStore';
import { createAdapter } from './server/createAdapter';
import { createServer } from './server/createServer';
import type { KnowledgeBase } from './knowledge/types';
import { registerWebChat } from './webchat/registerWebChat';
import { LiveConversation } from './reload/liveConversation';
import { watchKnowledge } from './reload/watchKnowledge';
import { createConversationRateLimit } from './server/conversationRateLimit';

export interface App {
  server: Server;
  knowledge: KnowledgeBase;
  /** Stops what runs beside the server (the knowledge watcher, the log retention); the server itself is closed by its owner. */
  close(): Promise<void>;
  /** Resolves when the records of all turns so far are written. */
  flushLogs(): Promise<void>;
}

/** @param stateStore where conversation memory lives; by default as configured (Azure Blob Storage or memory) */
export async function createApp(
  config: Config,
  logger: Logger,
  stateStore: StateStore = createStateStore(config.azureStorage, logger),
): Promise<App> {
  const { knowledge, warnings } = await loadKnowledge(config.knowledgeDir);
  for (const warning of warnings) logger.warn('knowledge warning', { issue: formatIssue(warning) });
  const live = new LiveConversation(knowledge, {
    dir: config.knowledgeDir,
    matcher: config.matcher,
    debugAllowed: config.botDebug,
    logger,
  });
  const watcher = config.knowledgeWatch
    ? await watchKnowledge({
        dir: config.knowledgeDir,
        onChange: (files) => {
          logger.info('knowledge changed; reloading', { files });
          void live.reload();
        },
        onError: (error) => logger.error('knowledge watcher failed; reload needs a restart', { error }),
      })
    : undefined;
  const logs = {
    unanswered: createRecordLog(UNANSWERED_LOG, config.azureStorage, config.unansweredLogPath, logger),
    feedback: createRecordLog(FEEDBACK_LOG, config.azureStorage, config.feedbackLogPath, logger),
    turns: createRecordLog(TURN_LOG, config.azureStorage, config.turnLogPath, logger),
    signals: createRecordLog(SIGNAL_LOG, config.azureStorage, config.signalLogPath, logger),
  };
  const retention = startLogRetention({
    logs: Object.values(logs),
    days: config.logRetentionDays,
    logger,
  });
  const bot = new FaqBot({
    memory: new MemoryTurns(stateStore, logger),
    conversation: () => live.current(),
    ...logs,
    logger,
  });
  const server = createServer({
    adapter: createAdapter(config.auth, logger, config.connectorTimeoutMs),
    bot,
    logger,
    maxBodyBytes: config.maxBodyBytes,
    maxTextChars: config.maxTextChars,
    health: () => live.health(),
    ...(config.rateLimitPerMinute > 0
      ? { rateLimit: createConversationRateLimit(config.rateLimitPerMinute) }
      : {}),
  });
  registerWebChat(server, { config, bot, logger });
  return {
    server,
    knowledge,
    close: async () => {
      await watcher?.close();
      await retention.stop();
      await bot.flushLogs();
    },
    flushLogs: () => bot.flushLogs(),
  };
}
