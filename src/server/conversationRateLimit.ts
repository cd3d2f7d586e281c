/**
 * A per-conversation limit on /api/messages: one visitor (or a script posing
 * as one) cannot keep the bot busy for everyone. Counted per conversation id
 * in a one-minute window, so one conversation's burst never slows another's.
 * The server counts a request only once it is authenticated (see createServer).
 */
import { createRateLimiter, type RateLimiter } from '../http/rateLimiter';

/** Keyed by the conversation id. */
export type ConversationRateLimit = RateLimiter;

export function createConversationRateLimit(perMinute: number): ConversationRateLimit {
  return createRateLimiter({ points: perMinute, durationSeconds: 60 });
}
