/**
 * Start-up: read the configuration, build the app, listen, and stop cleanly on
 * SIGTERM/SIGINT. A bad configuration or knowledge base stops the start with a
 * message that says what to fix.
 */
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { KnowledgeError, formatIssue } from './knowledge/issues';
import { createApp } from './app';
import { stopGracefully } from './server/gracefulShutdown';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.botDebug ? 'debug' : 'info');
  const app = await createApp(config, logger);
  const { server, knowledge } = app;
  server.listen(config.port, () => {
    const { port } = server.address();
    logger.info('listening', {
      url: `http://localhost:${port}/api/messages`,
      port,
      auth: config.auth.appId ? 'Bot Framework (MicrosoftAppId set)' : 'none (local, for the Emulator)',
      entries: knowledge.entries.length,
    });
  });
  let stopping = false;
  // App Service sends SIGTERM before it replaces an instance: finish the turns in flight, then exit.
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping: no new connections, finishing turns in flight', {
      signal,
      graceMs: config.shutdownGraceMs,
    });
    await app.close();
    const outcome = await stopGracefully(server, config.shutdownGraceMs);
    await app.flushLogs(); // the records of the turns that finished during the grace period
    if (outcome === 'forced') logger.warn('stopped: the grace period ended before every turn did');
    else logger.info('stopped');
    process.exit(outcome === 'clean' ? 0 : 1);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
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
