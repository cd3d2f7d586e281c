/** The token of an `Authorization: Bearer <token>` header; undefined when there is none or it has another scheme. */
import type { Request } from 'restify';

export function bearerToken(req: Request): string | undefined {
  const header = req.header('authorization');
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}
