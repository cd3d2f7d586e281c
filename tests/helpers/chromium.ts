/**
 * The real browser the browser tests drive: Debian's chromium through
 * playwright-core, headless, with nothing of its own on the network (no
 * updates, sync or QUIC), in a fresh profile directory. One place, so the
 * Web Chat and report tests launch it alike.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Where the browser tests put their screenshots (git-ignored). */
export const SHOTS = path.join(__dirname, '../../test-results');

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * @param what the test, named in the error when the browser is missing
 * @param profileDir a fresh directory for the browser's profile
 */
export async function launchChromium(
  what: string,
  profileDir: string,
  viewport: { width: number; height: number },
): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: ${what} needs Debian's chromium ` +
        '(apt-get update && apt-get install -y --no-install-recommends chromium)',
    );
  }
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: FLAGS,
  });
}
