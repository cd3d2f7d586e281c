/**
 * The floor of our own stack in the turn benchmark ("echo-our-stack"): a bot
 * that echoes the text on our adapter (createAdapter: CloudAdapter without
 * authentication, with the reused connector clients and the connector
 * deadline) and our restify server (createServer: body parser, activity
 * validation). Whatever ours gains over the stock echo bot beyond this one's
 * gain is the bot's own; the rest is the stack. Started as built JS:
 * PORT=… node dist/bench/echoBot.js
 */
import { ActivityHandler } from 'botbuilder';
import { createAdapter } from '../src/server/createAdapter';
import { createServer } from '../src/server/createServer';
import { silentLogger } from '../src/logger';

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}

const server = createServer({
  adapter: createAdapter({ appId: '', appPassword: '', appType: 'MultiTenant', tenantId: '' }, silentLogger),
  bot: new EchoBot(),
  logger: silentLogger,
  maxBodyBytes: 256 * 1024,
  maxTextChars: 2000,
  health: () => ({ bot: 'echo' }),
});
server.listen(Number(process.env.PORT ?? 3979), '127.0.0.1');
process.once('SIGTERM', () => {
  server.close(() => {
    process.exit(0);
  });
});
