/**
 * Where the page's files are: our own page in `public/webchat/` at the root of
 * the app (found from this module, so it works from src/ and from dist/), and
 * Web Chat's browser bundle from the installed package (no CDN).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function publicDir(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'public', 'webchat', 'index.html'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('public/webchat/index.html not found above ' + __dirname);
    dir = parent;
  }
  return path.join(dir, 'public', 'webchat');
}

/**
 * `dist/webchat.js` of botframework-webchat. The package's `exports` map hides
 * its files from require.resolve, so resolve the entry point and walk up to
 * the package directory.
 */
export function webChatBundlePath(): string {
  let dir = path.dirname(require.resolve('botframework-webchat'));
  while (!isWebChatPackage(dir)) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('the botframework-webchat package directory was not found');
    dir = parent;
  }
  return path.join(dir, 'dist', 'webchat.js');
}

function isWebChatPackage(dir: string): boolean {
  const manifest = path.join(dir, 'package.json');
  if (!existsSync(manifest)) return false;
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'botframework-webchat';
}
