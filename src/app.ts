/**
 * Builds the whole application from configuration, without listening on a
 * port: knowledge → conversation → bot → adapter → HTTP server. The start-up
 * script and the tests both use it.
 */
import { ConversationState, MemoryStorage, type Storage } from 'botbuilder';
import type { Server } from 'restify';
import type { Config } from './config';
import type { Logger } from './logger';
import { loadKnowledge } from './knowledge/loadKnowledge';
import { formatIssue } from './knowledge/issues';
import { FaqBot } from './bot/faqBot';
import { JsonlUnansweredLog } from './unanswered/unansweredLog';
import { createAdapter } from './server/createAdapter';
import { createServer } from './server/createServer';
import type { KnowledgeBase } from './knowledge/types';
import { LiveConversation } from './reload/liveConversation';
import { watchKnowledge } from './reload/watchKnowledge';
import { createConversationRateLimit } from './server/conversationRateLimit';

export interface App {
  server: Server;
  knowledge: KnowledgeBase;
  /** Stops what runs beside the server (the knowledge watcher); the server itself is closed by its owner. */
  close(): Promise<void>;
}

/** @param storage where conversation state lives; memory unless another Bot Framework storage is given */
export async function createApp(
  config: Config,
  logger: Logger,
  storage: Storage = new MemoryStorage(),
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
  const bot = new FaqBot({
    conversationState: new ConversationState(storage),
    conversation: () => live.current(),
    unanswered: new JsonlUnansweredLog(config.unansweredLogPath, undefined, (error) =>
      logger.error('could not record an unanswered question', { error: error as Error }),
    ),
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
  return { server, knowledge, close: async () => watcher?.close() };
}
