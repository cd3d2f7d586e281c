/**
 * Web Chat for website visitors, registered on the bot's server: the page at
 * `/`, the token endpoint, and (for development) the local Direct Line endpoint.
 */
import type { Server } from 'restify';
import type { Config } from '../config';
import type { Logger } from '../logger';
import {
  ConversationStore,
  DEFAULT_STORE_LIMITS,
  type StoreLimits,
} from '../server/directline/conversationStore';
import { inProcessDelivery, type LocalBot } from '../server/directline/botDelivery';
import { registerLocalDirectLine } from '../server/directline/localDirectLine';
import { ipRateGate } from '../http/ipRateGate';
import type { RateLimit } from '../http/rateLimiter';
import { registerTokenRoute } from './tokenRoute';
import { registerWebChatPage } from './webChatPage';

/** Per client IP, shared by the token endpoint and the local Direct Line one: 20 tokens a minute. */
const DEFAULT_TOKEN_RATE_LIMIT: RateLimit = Object.freeze({ points: 20, durationSeconds: 60 });

export interface WebChatDeps {
  config: Config;
  bot: LocalBot;
  logger: Logger;
  /** Tests make these small. */
  limits?: { tokenRate?: RateLimit; store?: StoreLimits; upstreamTimeoutMs?: number };
}

export function registerWebChat(server: Server, deps: WebChatDeps): void {
  const { directLine, maxTextChars } = deps.config;
  const rateGate = ipRateGate(deps.limits?.tokenRate ?? DEFAULT_TOKEN_RATE_LIMIT, 'token requests');
  const localStore = directLine.local
    ? new ConversationStore(deps.limits?.store ?? DEFAULT_STORE_LIMITS)
    : undefined;
  if (localStore) {
    registerLocalDirectLine(server, {
      store: localStore,
      deliver: inProcessDelivery(deps.bot, deps.logger),
      rateGate,
      maxTextChars,
      logger: deps.logger,
    });
  }
  registerTokenRoute(server, {
    directLine,
    ...(localStore ? { localStore } : {}),
    rateGate,
    upstreamTimeoutMs: deps.limits?.upstreamTimeoutMs ?? 10_000,
    logger: deps.logger,
  });
  // Web Chat polls the local endpoint; the Direct Line service it reaches over https and a websocket.
  const service = new URL(directLine.endpoint);
  registerWebChatPage(server, localStore ? [] : [service.origin, `wss://${service.host}`]);
}
