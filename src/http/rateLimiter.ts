/**
 * A fixed-window request budget per key (a client IP, a conversation id), on
 * rate-limiter-flexible's in-memory limiter: well kept, and one key's burst
 * never slows another's. The policies (what is counted, how much, how a
 * refusal reads) are the callers'; this is the only place that talks to the
 * library.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface RateLimit {
  /** Requests allowed per key … */
  points: number;
  /** … in this many seconds. */
  durationSeconds: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Counts one request for `key`; refused once its budget for the window is spent. */
  take(key: string): Promise<RateDecision>;
}

export function createRateLimiter(limit: RateLimit): RateLimiter {
  const limiter = new RateLimiterMemory({ points: limit.points, duration: limit.durationSeconds });
  return {
    async take(key) {
      try {
        await limiter.consume(key);
        return { allowed: true };
      } catch (rejection) {
        // consume rejects with a RateLimiterRes when the limit is reached; anything else is a real error.
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
      }
    },
  };
}
