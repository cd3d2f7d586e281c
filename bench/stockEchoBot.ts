/**
 * The target's baseline for the turn benchmark: the BotBuilder samples' echo
 * bot (02.echo-bot) on stock botbuilder, as a reviewer would start it. Stock
 * CloudAdapter with ConfigurationBotFrameworkAuthentication from an empty
 * configuration (no app id: no authentication, as for the Emulator), restify
 * with its bodyParser plugin, adapter.process, the sample's error handler,
 * and the sample's reply MessageFactory.text("Echo: …"). Nothing of our
 * server: no activity validation, no connector client reuse, no deadline.
 * The /healthz route is the only addition, so the bench knows it is up.
 * PORT=… node dist/bench/stockEchoBot.js
 */
import restify from 'restify';
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessageFactory,
  type TurnContext,
} from 'botbuilder';

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const replyText = `Echo: ${context.activity.text}`;
      await context.sendActivity(MessageFactory.text(replyText, replyText));
      await next();
    });
  }
}

const server = restify.createServer();
server.use(restify.plugins.bodyParser());

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context: TurnContext, error: Error) => {
  console.error(`\n [onTurnError] unhandled error: ${error.message}`);
  await context.sendActivity('The bot encountered an error or bug.');
};
const bot = new EchoBot();

server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
// eslint-disable-next-line @typescript-eslint/require-await -- restify 12 wants route handlers async
server.get('/healthz', async (_req, res) => {
  res.json(200, { status: 'ok', bot: 'stock echo' });
});

server.listen(Number(process.env.PORT ?? 3978), '127.0.0.1');
process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
});
