/**
 * POST /api/directline/token: what Web Chat asks first. With the local Direct
 * Line endpoint on, a local token; otherwise a token from the Direct Line
 * service for the configured secret (503 when there is none). Other websites
 * may call it when their origin is trusted (CORS); it is rate limited per IP.
 */
import type { Request, Response, Server } from 'restify';
import type { DirectLineConfig } from '../config';
import type { Logger } from '../logger';
import type { ConversationStore } from '../server/directline/conversationStore';
import { LOCAL_DIRECT_LINE_PATH } from '../server/directline/localDirectLine';
import { generateToken, UpstreamError } from './directLineTokens';
import { sendJsonError } from '../http/jsonError';
import type { RateGate } from '../http/ipRateGate';

export const TOKEN_PATH = '/api/directline/token';

export interface TokenRouteDeps {
  directLine: DirectLineConfig;
  /** Present when the local Direct Line endpoint is on. */
  localStore?: ConversationStore;
  rateGate: RateGate;
  upstreamTimeoutMs: number;
  logger: Logger;
}

export function registerTokenRoute(server: Server, deps: TokenRouteDeps): void {
  // eslint-disable-next-line @typescript-eslint/require-await
  server.opts(TOKEN_PATH, async (req: Request, res: Response) => {
    if (!allowOrigin(req, res, deps.directLine.trustedOrigins)) return;
    res.header('Access-Control-Allow-Methods', 'POST');
    res.header('Access-Control-Allow-Headers', 'content-type');
    res.header('Access-Control-Max-Age', '600');
    res.send(204);
  });

  server.post(TOKEN_PATH, async (req: Request, res: Response) => {
    if (!allowOrigin(req, res, deps.directLine.trustedOrigins)) return;
    if (!(await deps.rateGate(req, res))) return;
    res.header('Cache-Control', 'no-store');
    if (deps.localStore) {
      const { conversationId, token, expires_in } = deps.localStore.open();
      res.json(200, { conversationId, token, expires_in, domain: LOCAL_DIRECT_LINE_PATH, webSocket: false });
      return;
    }
    if (!deps.directLine.secret) {
      sendJsonError(res, 503, 'Web Chat is not configured: DIRECT_LINE_SECRET is not set');
      return;
    }
    try {
      const token = await generateToken({
        endpoint: deps.directLine.endpoint,
        secret: deps.directLine.secret,
        trustedOrigins: deps.directLine.trustedOrigins,
        timeoutMs: deps.upstreamTimeoutMs,
      });
      const { conversationId, token: value, expires_in } = token;
      const domain = `${deps.directLine.endpoint}/v3/directline`;
      res.json(200, { conversationId, token: value, expires_in, domain, webSocket: true });
    } catch (error) {
      if (!(error instanceof UpstreamError)) throw error;
      deps.logger.error('Direct Line token exchange failed', { status: error.status, reason: error.message });
      sendJsonError(res, error.status, `no chat token now: ${error.message}`);
    }
  });
}

/**
 * Same-origin requests (our own page) and trusted origins pass; a browser on
 * any other site gets 403. Requests without Origin (not from a browser page) pass.
 */
function allowOrigin(req: Request, res: Response, trusted: string[]): boolean {
  const origin = req.header('origin');
  if (!origin) return true;
  if (trusted.includes(origin)) {
    res.header('Access-Control-Allow-Origin', origin);
    res.header('Vary', 'Origin');
    return true;
  }
  let host: string | undefined;
  try {
    host = new URL(origin).host;
  } catch {
    host = undefined;
  }
  if (host !== undefined && host === req.header('host')) return true;
  sendJsonError(res, 403, `the origin ${origin} is not in DIRECT_LINE_TRUSTED_ORIGINS`);
  return false;
}
