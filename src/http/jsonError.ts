/**
 * Every refusal and failure the bot answers over HTTP, in one shape:
 * `{ error, message }` — the status's name, and a sentence saying why. The
 * Bot Framework endpoint, the token endpoint and the local Direct Line endpoint
 * all answer through here, so a client sees the same names everywhere.
 */
import type { Response } from 'restify';

const NAMES: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  413: 'PayloadTooLarge',
  415: 'UnsupportedMediaType',
  429: 'TooManyRequests',
  502: 'BadGateway',
  503: 'ServiceUnavailable',
  504: 'GatewayTimeout',
};

export function errorName(status: number): string {
  return NAMES[status] ?? (status >= 500 ? 'InternalError' : 'Error');
}

export function sendJsonError(res: Response, status: number, message: string): void {
  res.json(status, { error: errorName(status), message });
}

/** 429 with Retry-After, so a well-behaved client knows when to come back. */
export function sendTooManyRequests(res: Response, retryAfterSeconds: number, message: string): void {
  res.header('Retry-After', String(retryAfterSeconds));
  sendJsonError(res, 429, message);
}
