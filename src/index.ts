/**
 * Start-up: read the configuration, build the app, listen, and stop cleanly on
 * SIGTERM/SIGINT. A bad configuration or knowledge base stops the start with a
 * message that says what to fix.
 */
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { KnowledgeError, formatIssue } from './knowledge/issues';
import { createApp } from './app';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.botDebug ? 'debug' : 'info');
  const { server, knowledge } = await createApp(config, logger);
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
    console.error(
      `The bot does not start: the knowledge base is not valid.\n${error.issues.map(formatIssue).join('\n')}`,
    );
  } else if (error instanceof ConfigError) {
    console.error(`The bot does not start: ${error.message}`);
  } else {
    console.error('The bot does not start:', error);
  }
  process.exit(1);
});
