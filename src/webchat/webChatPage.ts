/**
 * The page at `/` and its files. The page has a strict Content-Security-Policy:
 * everything from this server only, plus the Direct Line service when the page
 * talks to it. Web Chat injects its styles at run time; a fresh nonce per page
 * view lets exactly those through (Web Chat's `nonce` prop).
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import { publicDir, webChatBundlePath } from './assets';

const gzipAsync = promisify(gzip);

interface Asset {
  body: Buffer;
  gzipped: Buffer;
  type: string;
}

/** @param connectSources origins the page may connect to besides itself (the Direct Line service) */
export function registerWebChatPage(server: Server, connectSources: string[]): void {
  const dir = publicDir();
  const assets = new Map<string, () => Promise<Asset>>([
    ['/webchat/webchat.js', once(() => load(webChatBundlePath(), 'application/javascript; charset=utf-8'))],
    ['/webchat/app.js', once(() => load(path.join(dir, 'app.js'), 'application/javascript; charset=utf-8'))],
    ['/webchat/style.css', once(() => load(path.join(dir, 'style.css'), 'text/css; charset=utf-8'))],
  ]);
  const template = once(() => readFile(path.join(dir, 'index.html'), 'utf8'));

  server.get('/', async (_req: Request, res: Response) => {
    const nonce = randomBytes(16).toString('base64');
    const html = (await template()).replaceAll('{{nonce}}', nonce);
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': contentSecurityPolicy(nonce, connectSources),
      'cache-control': 'no-store',
      ...SECURITY_HEADERS,
    });
    res.end(html);
  });

  for (const [route, asset] of assets) {
    server.get(route, async (req: Request, res: Response) => {
      const { body, gzipped, type } = await asset();
      const useGzip = /\bgzip\b/.test(req.header('accept-encoding') ?? '');
      res.writeHead(200, {
        'content-type': type,
        'cache-control': 'public, max-age=3600',
        vary: 'Accept-Encoding',
        ...(useGzip ? { 'content-encoding': 'gzip' } : {}),
        ...SECURITY_HEADERS,
      });
      res.end(useGzip ? gzipped : body);
    });
  }
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/**
 * The hash of an empty inline style: Web Chat's send box renders `style=""`.
 * Allowing exactly that (and nothing else) keeps the console free of violations.
 */
const EMPTY_STYLE_HASH = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';

export function contentSecurityPolicy(nonce: string, connectSources: string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}' 'unsafe-hashes' '${EMPTY_STYLE_HASH}'`,
    // Web Chat draws some images from blobs it makes itself.
    "img-src 'self' data: blob:",
    `connect-src ${["'self'", ...connectSources].join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

async function load(file: string, type: string): Promise<Asset> {
  const body = await readFile(file);
  return { body, gzipped: await gzipAsync(body), type };
}

/** Reads and compresses a file on first use, then serves it from memory. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => {
    value ??= make().catch((error: unknown) => {
      value = undefined;
      throw error;
    });
    return value;
  };
}
