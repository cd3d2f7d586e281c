/**
 * Per-client-IP rate limit for the endpoints that hand out tokens, with
 * rate-limiter-flexible's memory limiter (the library the per-conversation
 * limits use too). Over the limit: 429 with Retry-After.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Request, Response } from 'restify';
import { sendJsonError } from './httpErrors';

export interface IpRateLimit {
  /** Requests allowed per client IP … */
  points: number;
  /** … in this many seconds. */
  durationSeconds: number;
}

export const DEFAULT_TOKEN_RATE_LIMIT: IpRateLimit = Object.freeze({ points: 20, durationSeconds: 60 });

/** Resolves true when the request may go on; otherwise it has answered 429. */
export type RateGate = (req: Request, res: Response) => Promise<boolean>;

export function ipRateGate(limit: IpRateLimit): RateGate {
  const limiter = new RateLimiterMemory({ points: limit.points, duration: limit.durationSeconds });
  return async (req, res) => {
    try {
      await limiter.consume(clientIp(req));
      return true;
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      res.header('Retry-After', String(seconds));
      sendJsonError(res, 429, `too many token requests from your address; try again in ${seconds} s`);
      return false;
    }
  };
}

/**
 * The client's address. Behind Azure App Service every request comes from the
 * front end, which appends the client's address to X-Forwarded-For: the last
 * entry is the one our own proxy wrote, earlier ones the client may have made up.
 */
export function clientIp(req: Request): string {
  const forwarded = req.headers['x-forwarded-for'];
  const last = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? '')).split(',').pop()?.trim();
  if (last) return stripPort(last);
  return req.socket.remoteAddress ?? 'unknown';
}

function stripPort(address: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) return bracketed[1]!;
  return /^[\d.]+:\d+$/.test(address) ? address.slice(0, address.lastIndexOf(':')) : address;
}
