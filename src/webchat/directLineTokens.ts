/**
 * The production path: exchanges the Direct Line secret for a token at the
 * Direct Line service, so the secret never reaches a browser. Each visitor gets
 * a random user id (`dl_…`), bound into the token; trusted origins restrict
 * where the token may be used.
 */
import { randomBytes } from 'node:crypto';

export interface TokenRequest {
  endpoint: string;
  secret: string;
  trustedOrigins: string[];
  timeoutMs: number;
}

export interface DirectLineToken {
  conversationId: string;
  token: string;
  expires_in: number;
  /** The visitor's id bound into the token (Web Chat reads it from there). */
  userId: string;
}

/** The service failed or refused; `status` is what we answer (502 or 504). */
export class UpstreamError extends Error {
  constructor(
    readonly status: 502 | 504,
    message: string,
  ) {
    super(message);
    this.name = 'UpstreamError';
  }
}

export async function generateToken(request: TokenRequest): Promise<DirectLineToken> {
  const userId = `dl_${randomBytes(12).toString('hex')}`;
  const body = {
    user: { id: userId },
    ...(request.trustedOrigins.length > 0 ? { trustedOrigins: request.trustedOrigins } : {}),
  };
  let response: Response;
  try {
    response = await fetch(`${request.endpoint}/v3/directline/tokens/generate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${request.secret}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(request.timeoutMs),
    });
  } catch (error) {
    if ((error as Error).name === 'TimeoutError')
      throw new UpstreamError(504, `Direct Line did not answer within ${request.timeoutMs} ms`);
    throw new UpstreamError(502, `Direct Line could not be reached: ${(error as Error).message}`);
  }
  if (response.status === 401 || response.status === 403) {
    throw new UpstreamError(
      502,
      `Direct Line refused the secret (${response.status}); check DIRECT_LINE_SECRET`,
    );
  }
  if (!response.ok) throw new UpstreamError(502, `Direct Line answered ${response.status}`);
  return { ...parseToken(await response.json().catch(() => undefined)), userId };
}

function parseToken(body: unknown): Omit<DirectLineToken, 'userId'> {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (typeof b.token !== 'string' || b.token === '' || typeof b.conversationId !== 'string') {
    throw new UpstreamError(502, 'Direct Line answered without a token');
  }
  return {
    conversationId: b.conversationId,
    token: b.token,
    expires_in: typeof b.expires_in === 'number' ? b.expires_in : 3600,
  };
}
