/**
 * Composition root: configuration → knowledge → conversation → bot → adapter →
 * HTTP server. Nothing else is decided here.
 */
import { ConversationState, MemoryStorage } from 'botbuilder';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { loadKnowledge } from './knowledge/loadKnowledge';
import { KnowledgeError, formatIssue } from './knowledge/issues';
import { createConversationDeps } from './conversation/createConversation';
import { FaqBot } from './bot/faqBot';
import { JsonlUnansweredLog } from './unanswered/unansweredLog';
import { createAdapter } from './server/createAdapter';
import { createServer } from './server/createServer';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.botDebug ? 'debug' : 'info');
  const { knowledge, warnings } = await loadKnowledge(config.knowledgeDir);
  for (const warning of warnings) logger.warn('knowledge warning', { issue: formatIssue(warning) });
  const conversation = createConversationDeps(knowledge, config.matcher, config.botDebug);

  const bot = new FaqBot({
    conversationState: new ConversationState(new MemoryStorage()),
    conversation: () => conversation,
    unanswered: new JsonlUnansweredLog(config.unansweredLogPath, undefined, (error) =>
      logger.error('could not record an unanswered question', { error: error as Error }),
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
  server.listen(config.port, () => {
    logger.info('listening', {
      url: `http://localhost:${config.port}/api/messages`,
      auth: config.auth.appId ? 'Bot Framework (MicrosoftAppId set)' : 'none (local, for the Emulator)',
      entries: knowledge.entries.length,
    });
  });
  const stop = (signal: string) => {
    logger.info('stopping', { signal });
    server.close(() => process.exit(0));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof KnowledgeError) {
    console.error(`The bot does not start: the knowledge in the knowledge directory is not valid.\n${error.issues.map(formatIssue).join('\n')}`);
  } else if (error instanceof ConfigError) {
    console.error(`The bot does not start: ${error.message}`);
  } else {
    console.error('The bot does not start:', error);
  }
  process.exit(1);
});
