/**
 * A rate limit per client IP in front of a route: for endpoints anyone may
 * call before they hold a token (Web Chat's token endpoint, the local Direct
 * Line token endpoint), where the address is the only thing to count by.
 * Over the limit: 429 with Retry-After.
 */
import type { Request, Response } from 'restify';
import { clientIp } from './clientIp';
import { sendTooManyRequests } from './jsonError';
import { createRateLimiter, type RateLimit } from './rateLimiter';

/** Resolves true when the request may go on; otherwise it has answered 429. */
export type RateGate = (req: Request, res: Response) => Promise<boolean>;

/** `what` names the requests counted, for the refusal: "too many <what> from your address". */
export function ipRateGate(limit: RateLimit, what: string): RateGate {
  const limiter = createRateLimiter(limit);
  return async (req, res) => {
    const decision = await limiter.take(clientIp(req));
    if (decision.allowed) return true;
    const seconds = decision.retryAfterSeconds;
    sendTooManyRequests(res, seconds, `too many ${what} from your address; try again in ${seconds} s`);
    return false;
  };
}
