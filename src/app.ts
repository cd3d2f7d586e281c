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
import { createConversationDeps } from './conversation/createConversation';
import { FaqBot } from './bot/faqBot';
import { JsonlUnansweredLog } from './unanswered/unansweredLog';
import { JsonlFeedbackLog } from './feedback/feedbackLog';
import { createAdapter } from './server/createAdapter';
import { createServer } from './server/createServer';
import type { KnowledgeBase } from './knowledge/types';

export interface App {
  server: Server;
  knowledge: KnowledgeBase;
}

/** @param storage where conversation state lives; memory unless another Bot Framework storage is given */
export async function createApp(
  config: Config,
  logger: Logger,
  storage: Storage = new MemoryStorage(),
): Promise<App> {
  const { knowledge, warnings } = await loadKnowledge(config.knowledgeDir);
  for (const warning of warnings) logger.warn('knowledge warning', { issue: formatIssue(warning) });
  const conversation = createConversationDeps(knowledge, config.matcher, config.botDebug);
  const bot = new FaqBot({
    conversationState: new ConversationState(storage),
    conversation: () => conversation,
    unanswered: new JsonlUnansweredLog(config.unansweredLogPath, undefined, (error) =>
      logger.error('could not record an unanswered question', { error: error as Error }),
    ),
    feedback: new JsonlFeedbackLog(config.feedbackLogPath, undefined, (error) =>
      logger.error('could not record feedback', { error: error as Error }),
    ),
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
  return { server, knowledge };
}
