/** The address the per-IP rate limit counts by: the last X-Forwarded-For entry (our proxy's), else the socket's. */
import type { Request } from 'restify';
import { describe, expect, it } from 'vitest';
import { clientIp } from '../../src/http/clientIp';

function request(forwarded: string | string[] | undefined, remoteAddress = '10.0.0.1'): Request {
  return { headers: { 'x-forwarded-for': forwarded }, socket: { remoteAddress } } as unknown as Request;
}

describe('clientIp', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['1.2.3.4, 203.0.113.7', '203.0.113.7'],
    ['203.0.113.7:51234', '203.0.113.7'],
    ['[2001:db8::1]:443', '2001:db8::1'],
    ['2001:db8::1', '2001:db8::1'],
  ])('takes the last X-Forwarded-For entry without its port: %s', (header, expected) => {
    expect(clientIp(request(header))).toBe(expected);
  });

  it('joins a header sent twice before taking the last entry', () => {
    expect(clientIp(request(['1.2.3.4', '203.0.113.7']))).toBe('203.0.113.7');
  });

  it('falls back to the socket address without the header', () => {
    expect(clientIp(request(undefined))).toBe('10.0.0.1');
    expect(clientIp(request(''))).toBe('10.0.0.1');
  });
});
