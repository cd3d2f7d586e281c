import { describe, expect, it } from 'vitest';

describe('test setup', () => {
  it('refuses requests to the internet (nock)', async () => {
    const error = await fetch('http://example.com/').catch((e: unknown) => e);
    expect(String((error as Error & { cause?: unknown }).cause ?? error)).toMatch(/Disallowed net connect/);
  });
});
