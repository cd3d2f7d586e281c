/**
 * A Direct Line 3.0 compatible endpoint inside the bot, for development
 * without a cloud account: Web Chat talks to it with polling (no websocket),
 * exactly as it talks to the Direct Line service. Activities reach the bot in
 * process; the bot's replies are stored and fetched with the watermark.
 */
import type { Request, Response, Server } from 'restify';
import type { ConversationStore, LocalConversation, TokenGrant } from './conversationStore';
import type { DeliverToBot } from './botDelivery';
import { incomingActivity } from './incomingActivity';
import { sendJsonError } from '../../http/jsonError';
import type { RateGate } from '../../http/ipRateGate';
import { bearerToken } from '../../http/bearerToken';
import type { Logger } from '../../logger';

export const LOCAL_DIRECT_LINE_PATH = '/v3/directline';

export interface LocalDirectLineDeps {
  store: ConversationStore;
  deliver: DeliverToBot;
  rateGate: RateGate;
  maxTextChars: number;
  logger: Logger;
}

export function registerLocalDirectLine(server: Server, deps: LocalDirectLineDeps): void {
  const base = LOCAL_DIRECT_LINE_PATH;

  server.post(`${base}/tokens/generate`, async (req: Request, res: Response) => {
    if (!(await deps.rateGate(req, res))) return;
    res.json(200, publicGrant(deps.store.open()));
  });

  // restify 12 wants route handlers async (or taking next); these have nothing to await.
  // eslint-disable-next-line @typescript-eslint/require-await
  server.post(`${base}/tokens/refresh`, async (req: Request, res: Response) => {
    const grant = deps.store.refresh(bearerToken(req) ?? '');
    if (!grant) return sendJsonError(res, 403, 'the token is not valid or has expired; get a new one');
    res.json(200, publicGrant(grant));
  });

  // eslint-disable-next-line @typescript-eslint/require-await
  server.post(`${base}/conversations`, async (req: Request, res: Response) => {
    const conversation = authorised(req, res, deps);
    if (conversation) res.json(201, started(conversation, bearerToken(req)!, deps));
  });

  // Web Chat resumes a conversation it knows with GET.
  // eslint-disable-next-line @typescript-eslint/require-await
  server.get(`${base}/conversations/:conversationId`, async (req: Request, res: Response) => {
    const conversation = authorised(req, res, deps, conversationParam(req));
    if (conversation) res.json(200, started(conversation, bearerToken(req)!, deps));
  });

  server.post(`${base}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
    const conversation = authorised(req, res, deps, conversationParam(req));
    if (!conversation) return;
    if (!req.is('json')) return sendJsonError(res, 415, 'send the activity as JSON (application/json)');
    const check = incomingActivity(req.body, conversation, deps.maxTextChars);
    if (!check.ok) return sendJsonError(res, check.status, check.message);
    // The sender sees its own activity in the stream, as with the Direct Line service.
    const id = deps.store.append(conversation, check.activity);
    await enqueue(conversation, () => runTurn(conversation, { ...check.activity, id }, deps));
    res.json(200, { id });
  });

  // eslint-disable-next-line @typescript-eslint/require-await
  server.get(`${base}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
    const conversation = authorised(req, res, deps, conversationParam(req));
    if (!conversation) return;
    const raw = new URL(req.url ?? '', 'http://localhost').searchParams.get('watermark');
    const watermark = raw === null || raw === '' ? 0 : Number(raw);
    if (!Number.isInteger(watermark) || watermark < 0)
      return sendJsonError(res, 400, '"watermark" must be a whole number from an earlier response');
    res.json(200, deps.store.since(conversation, watermark));
  });
}

async function runTurn(conversation: LocalConversation, activity: object, deps: LocalDirectLineDeps) {
  try {
    const replies = await deps.deliver(activity);
    // serviceUrl is the unused placeholder of the in-process delivery: not for the browser.
    for (const reply of replies) deps.store.append(conversation, { ...reply, serviceUrl: undefined });
  } catch (error) {
    deps.logger.error('local Direct Line: the bot could not take the activity', {
      conversation: conversation.id,
      error: error as Error,
    });
  }
}

/** One turn at a time per conversation. */
function enqueue(conversation: LocalConversation, turn: () => Promise<void>): Promise<void> {
  const next = conversation.queue.then(turn);
  conversation.queue = next.catch(() => undefined);
  return next;
}

/** The conversation the request's token is for, or undefined after answering 401/403/404. */
function authorised(
  req: Request,
  res: Response,
  deps: LocalDirectLineDeps,
  conversationId?: string,
): LocalConversation | undefined {
  const token = bearerToken(req);
  if (!token) {
    sendJsonError(res, 401, 'send the token as "Authorization: Bearer <token>"');
    return undefined;
  }
  const conversation = deps.store.byToken(token);
  if (!conversation) {
    sendJsonError(res, 403, 'the token is not valid or has expired; get a new one');
    return undefined;
  }
  if (conversationId !== undefined && conversationId !== conversation.id) {
    const known = deps.store.has(conversationId);
    sendJsonError(
      res,
      known ? 403 : 404,
      known ? 'the token is for another conversation' : 'no such conversation',
    );
    return undefined;
  }
  return conversation;
}

function conversationParam(req: Request): string {
  const id = (req.params as Record<string, unknown>).conversationId;
  return typeof id === 'string' ? id : '';
}

function started(conversation: LocalConversation, token: string, deps: LocalDirectLineDeps) {
  return { conversationId: conversation.id, token, expires_in: deps.store.limits.tokenTtlSeconds };
}

function publicGrant(grant: TokenGrant) {
  return { conversationId: grant.conversationId, token: grant.token, expires_in: grant.expires_in };
}
