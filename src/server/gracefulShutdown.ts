/**
 * Stops the HTTP server without cutting off turns in flight: it stops
 * accepting connections at once, closes idle keep-alive connections, lets
 * every request being handled finish (the turn, with its replies to the Bot
 * Connector), and after a grace period closes whatever is still open, so a
 * hung turn cannot keep an old instance alive during a deploy.
 */
import type { Server } from 'restify';

/** How often idle connections are closed while waiting: a busy keep-alive connection becomes idle when its turn ends. */
const IDLE_SWEEP_MS = 50;

/** @returns 'clean' when every request finished within the grace period, 'forced' when some were cut off */
export function stopGracefully(server: Server, graceMs: number): Promise<'clean' | 'forced'> {
  const http = server.server;
  return new Promise((resolve) => {
    let forced = false;
    const sweep = setInterval(() => http.closeIdleConnections(), IDLE_SWEEP_MS);
    const deadline = setTimeout(() => {
      forced = true;
      http.closeAllConnections();
    }, graceMs);
    http.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      resolve(forced ? 'forced' : 'clean');
    });
    http.closeIdleConnections();
  });
}
