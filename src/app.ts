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
import { createConversationDeps } from './conversation/createConversation';
import { FaqBot } from './bot/faqBot';
import { MemoryTurns } from './state/memoryTurns';
import { createStateStore, createUnansweredLog } from './state/sharedStorage';
import type { StateStore } from './state/stateStore';
import { createAdapter } from './server/createAdapter';
import { createServer } from './server/createServer';
import type { KnowledgeBase } from './knowledge/types';
import { registerWebChat } from './webchat/registerWebChat';

export interface App {
  server: Server;
  knowledge: KnowledgeBase;
}

/** @param stateStore where conversation memory lives; by default as configured (Azure Blob Storage or memory) */
export async function createApp(
  config: Config,
  logger: Logger,
  stateStore: StateStore = createStateStore(config.azureStorage),
): Promise<App> {
  const { knowledge, warnings } = await loadKnowledge(config.knowledgeDir);
  for (const warning of warnings) logger.warn('knowledge warning', { issue: formatIssue(warning) });
  const conversation = createConversationDeps(knowledge, config.matcher, config.botDebug);
  const bot = new FaqBot({
    memory: new MemoryTurns(stateStore, logger),
    conversation: () => conversation,
    unanswered: createUnansweredLog(config.azureStorage, config.unansweredLogPath, logger),
    logger,
  });
  const server = createServer({
    adapter: createAdapter(config.auth, logger),
    bot,
    logger,
    maxBodyBytes: config.maxBodyBytes,
    maxTextChars: config.maxTextChars,
    health: () => ({ entries: knowledge.entries.length }),
  });
  registerWebChat(server, { config, bot, logger });
  return { server, knowledge };
}
