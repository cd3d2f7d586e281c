/** One table of error names for every HTTP answer the bot gives (`{ error, message }`). */
import { describe, expect, it } from 'vitest';
import { errorName } from '../../src/http/jsonError';

describe('errorName', () => {
  it.each([
    [400, 'BadRequest'],
    [401, 'Unauthorized'],
    [403, 'Forbidden'],
    [404, 'NotFound'],
    [405, 'MethodNotAllowed'],
    [413, 'PayloadTooLarge'],
    [415, 'UnsupportedMediaType'],
    [429, 'TooManyRequests'],
    [502, 'BadGateway'],
    [503, 'ServiceUnavailable'],
    [504, 'GatewayTimeout'],
    [500, 'InternalError'],
    [507, 'InternalError'],
    [418, 'Error'],
  ])('%i is %s', (status, name) => {
    expect(errorName(status)).toBe(name);
  });
});
