/**
 * The HTTP server: POST /api/messages for the Bot Framework and GET /healthz.
 * Every request that is not a usable activity is refused with a 4xx and a
 * message saying why; errors are answered as JSON, never as a crash.
 */
import restify, { type Request, type Response, type Server } from 'restify';
import type { Activity, ActivityHandler } from 'botbuilder';
import type { Logger } from '../logger';
import { validateActivity } from './validateActivity';
import { isAuthenticationFailure, type BotAdapter } from './createAdapter';
import type { ConversationRateLimit } from './conversationRateLimit';
import { errorName, sendJsonError, sendTooManyRequests } from '../http/jsonError';

export interface ServerDeps {
  adapter: BotAdapter;
  bot: ActivityHandler;
  logger: Logger;
  maxBodyBytes: number;
  maxTextChars: number;
  /** Facts for /healthz, e.g. how many knowledge entries are loaded. */
  health: () => Record<string, unknown>;
  /** Per-conversation limit on /api/messages; none when absent. */
  rateLimit?: ConversationRateLimit;
}

export function createServer(deps: ServerDeps): Server {
  const server = restify.createServer({ name: 'quanta-faq-bot', handleUncaughtExceptions: false });
  server.use(
    restify.plugins.bodyParser({ maxBodySize: deps.maxBodyBytes, mapParams: false, mapFiles: false }),
  );

  server.post('/api/messages', async (req: Request, res: Response) => {
    if (!req.is('json'))
      return sendJsonError(res, 415, 'send the activity as JSON (Content-Type: application/json)');
    const check = validateActivity(req.body, deps.maxTextChars);
    if (!check.ok) return sendJsonError(res, check.status, check.message);
    await runTurn(deps, req, res, req.body as Activity);
  });

  // restify 12 wants route handlers async (or taking next); this one has nothing to await.
  // eslint-disable-next-line @typescript-eslint/require-await
  server.get('/healthz', async (_req: Request, res: Response) => {
    res.json(200, { status: 'ok', ...deps.health() });
  });

  // restify's own errors (bad JSON, body too large, unknown route) as JSON with a clear message.
  server.on('restifyError', (req: Request, res: Response, error: RestifyError, next: () => void) => {
    const status = error.statusCode ?? 500;
    deps.logger.warn('request refused', {
      method: req.method,
      path: req.path(),
      status,
      reason: withoutQuotedInput(error.message),
    });
    res.setHeader('content-type', 'application/json');
    error.toJSON = () => ({
      error: errorName(status),
      message: friendly(status, error.message, deps.maxBodyBytes),
    });
    next();
  });
  return server;
}

/**
 * Authenticates the request, applies the conversation's rate limit and runs the turn through the adapter;
 * answers the HTTP caller also when authentication or the adapter fails.
 */
async function runTurn(deps: ServerDeps, req: Request, res: Response, activity: Activity): Promise<void> {
  try {
    const authentication = await deps.adapter.authenticate(req.header('authorization', ''), activity);
    // Counted only once the sender is known to be the channel: otherwise anyone who knows (or guesses) a
    // conversation id could use up its budget with requests that would have been refused anyway.
    const decision = (await deps.rateLimit?.take(activity.conversation.id)) ?? { allowed: true };
    if (!decision.allowed) {
      deps.logger.warn('request refused', {
        path: req.path(),
        status: 429,
        conversation: activity.conversation.id,
      });
      const seconds = decision.retryAfterSeconds;
      return sendTooManyRequests(
        res,
        seconds,
        `too many messages in this conversation; try again in ${seconds} s`,
      );
    }
    const invoke = await deps.adapter.handle(authentication, activity, (context) => deps.bot.run(context));
    // ActivityHandler answers an invoke it has no handler for with a bare 501; to the caller that is a request
    // this bot does not take, so it gets a 4xx with a message like any other unusable request.
    if (invoke?.status === 501) {
      return sendJsonError(
        res,
        400,
        `this bot does not handle invoke activities named "${(activity.name ?? '').slice(0, 100)}"`,
      );
    }
    res.send(invoke?.status ?? 200, invoke?.body);
  } catch (error) {
    if (isAuthenticationFailure(error)) {
      deps.logger.warn('request refused', { path: req.path(), status: 401, reason: error.message });
      return sendJsonError(res, 401, 'the request does not carry a valid Bot Framework token for this bot');
    }
    deps.logger.error('request failed', { path: req.path(), error: error as Error });
    sendJsonError(res, 500, 'the bot could not handle this activity; it has been logged');
  }
}

type RestifyError = Error & { statusCode?: number; toJSON?: () => unknown };

/** JSON.parse quotes the start of the body it could not parse ("Hallo, ik ben …"): visitor text, kept out of the logs. */
function withoutQuotedInput(message: string): string {
  return message.replace(/"(?:[^"\\]|\\.)*"(?:\.\.\.)?/g, '"…"');
}

function friendly(status: number, message: string, maxBodyBytes: number): string {
  if (status === 413) return `the request body is larger than ${maxBodyBytes} bytes`;
  if (status === 400 && /JSON|Unexpected|token/i.test(message))
    return `the body is not valid JSON: ${message}`;
  return message;
}
