/**
 * The fake Bot Connector as its own process (see lib/fakeConnector.ts), so its
 * work is not charged to the bench harness or to the bot under test:
 * PORT=… node dist/bench/fakeConnector.js
 */
import { createFakeConnector } from './lib/fakeConnector';

const { server } = createFakeConnector();
server.listen(Number(process.env.PORT ?? 3980), '127.0.0.1');
process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
  // Bots keep their connections to it alive; they need not hold up the exit.
  server.closeAllConnections();
});
