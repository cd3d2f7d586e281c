/**
 * The client's address. Behind Azure App Service every request comes from the
 * front end, which appends the client's address to X-Forwarded-For: the last
 * entry is the one our own proxy wrote, earlier ones the client may have made up.
 */
import type { Request } from 'restify';

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
