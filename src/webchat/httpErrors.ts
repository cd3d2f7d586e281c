/** JSON errors in the shape the rest of the server uses: `{ error, message }`. */
import type { Response } from 'restify';

const NAMES: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  413: 'PayloadTooLarge',
  415: 'UnsupportedMediaType',
  429: 'TooManyRequests',
  502: 'BadGateway',
  503: 'ServiceUnavailable',
  504: 'GatewayTimeout',
};

export function sendJsonError(res: Response, status: number, message: string): void {
  res.json(status, { error: NAMES[status] ?? 'Error', message });
}
