/** The one rate-limiter wrapper both policies (per IP, per conversation) build on. */
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/http/rateLimiter';

describe('createRateLimiter', () => {
  it('allows the budget, then refuses with a Retry-After within the window', async () => {
    const limiter = createRateLimiter({ points: 2, durationSeconds: 30 });
    expect(await limiter.take('a')).toEqual({ allowed: true });
    expect(await limiter.take('a')).toEqual({ allowed: true });
    const refused = await limiter.take('a');
    expect(refused.allowed).toBe(false);
    const seconds = refused.allowed ? 0 : refused.retryAfterSeconds;
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(30);
  });

  it('counts each key on its own', async () => {
    const limiter = createRateLimiter({ points: 1, durationSeconds: 60 });
    expect((await limiter.take('busy')).allowed).toBe(true);
    expect((await limiter.take('busy')).allowed).toBe(false);
    expect((await limiter.take('quiet')).allowed).toBe(true);
  });
});
