/**
 * A per-conversation limit on /api/messages: one visitor (or a script posing
 * as one) cannot keep the bot busy for everyone. Counted per conversation id
 * with rate-limiter-flexible's in-memory limiter (a fixed one-minute window;
 * well kept, and the same library the Web Chat token endpoint uses), so one
 * conversation's burst never slows another's.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface ConversationRateLimit {
  take(conversationId: string): Promise<RateDecision>;
}

export function createConversationRateLimit(perMinute: number): ConversationRateLimit {
  const limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  return {
    async take(conversationId) {
      try {
        await limiter.consume(conversationId);
        return { allowed: true };
      } catch (rejection) {
        // consume rejects with a RateLimiterRes when the limit is reached; anything else is a real error.
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
      }
    },
  };
}
