/**
 * Where the page's files are: our own page in `public/webchat/` at the root of
 * the app (found from this module, so it works from src/ and from dist/), and
 * Web Chat's browser bundle from the installed package (no CDN).
 */
import path from 'node:path';
import { packageFile, projectDir } from '../assetPaths';

export function publicDir(): string {
  return path.join(projectDir('public/webchat/index.html'), 'public', 'webchat');
}

/**
 * `dist/webchat.js` of botframework-webchat. The package's `exports` map hides
 * its files from require.resolve, so resolve the entry point and walk up to
 * the package directory.
 */
export function webChatBundlePath(): string {
  return packageFile('botframework-webchat', 'dist/webchat.js');
}
