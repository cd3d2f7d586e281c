/**
 * The real browser the browser tests drive through playwright-core: Debian's
 * chromium when /usr/bin/chromium is there, else the Chromium of the npm
 * package @sparticuz/chromium (a devDependency, see ./npmChromium.ts), so a
 * fresh `npm ci && npm test` runs them without apt. Headless, with nothing of
 * its own on the network (no updates, sync or QUIC), in a fresh profile
 * directory. One place, so the Web Chat and report tests launch it alike.
 *
 * With neither (the npm one is for Linux x64 only) the browser tests are
 * skipped with one line saying why; REQUIRE_BROWSER=1 (.ci/run sets it) makes
 * that a failure instead.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { findNpmChromium, NPM_CHROMIUM, unpackNpmChromium, type NpmChromiumPackage } from './npmChromium';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

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

export type BrowserChoice =
  | { from: 'debian'; executablePath: string }
  | { from: 'npm'; pkg: NpmChromiumPackage }
  | { from: 'none'; why: string };

/**
 * Debian's chromium if it is installed, else the npm package's.
 * @param npm the npm package, or why it cannot be used (findNpmChromium)
 */
export function chooseBrowser(
  exists: (file: string) => boolean,
  npm: NpmChromiumPackage | string,
): BrowserChoice {
  if (exists(DEBIAN_CHROMIUM)) return { from: 'debian', executablePath: DEBIAN_CHROMIUM };
  if (typeof npm !== 'string') return { from: 'npm', pkg: npm };
  return { from: 'none', why: `${DEBIAN_CHROMIUM} is missing and ${npm}` };
}

/** The browser the browser tests use on this machine. */
export function browserHere(): BrowserChoice {
  return chooseBrowser(existsSync, findNpmChromium());
}

export const browserRequired = (): boolean => process.env.REQUIRE_BROWSER === '1';

/** For describe.skipIf: true when there is no browser to test with and REQUIRE_BROWSER is not 1. */
export function noBrowserToTest(): boolean {
  return browserHere().from === 'none' && !browserRequired();
}

/** The one line a test run prints when it skips the browser tests (tests/browserCheck.ts). */
export function skipLine(why: string): string {
  return `browser tests skipped, no Chromium: ${why}; REQUIRE_BROWSER=1 makes this a failure`;
}

/**
 * @param what the test, named in the log line and in the error when there is no browser
 * @param profileDir a fresh directory for the browser's profile
 */
export async function launchChromium(
  what: string,
  profileDir: string,
  viewport: { width: number; height: number },
): Promise<BrowserContext> {
  const choice = browserHere();
  if (choice.from === 'none') {
    throw new Error(
      `${what} has no Chromium: ${choice.why}` +
        (browserRequired() ? ' (REQUIRE_BROWSER=1: the browser tests may not be skipped)' : ''),
    );
  }
  let executablePath = DEBIAN_CHROMIUM;
  let env: Record<string, string> | undefined;
  let source = `Debian (${DEBIAN_CHROMIUM})`;
  if (choice.from === 'npm') {
    const unpacked = await unpackNpmChromium(choice.pkg);
    executablePath = unpacked.executablePath;
    env = unpacked.env;
    const where = path.relative(process.cwd(), unpacked.dir);
    source =
      `npm ${NPM_CHROMIUM} ${choice.pkg.version} in ${where}` +
      (unpacked.unpackMs === undefined
        ? ''
        : `, unpacked just now in ${(unpacked.unpackMs / 1000).toFixed(1)} s`);
  }
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    viewport,
    args: FLAGS,
    ...(env && { env: { ...inheritedEnv(), ...env } }),
  });
  console.log(`browser tests: Chromium ${context.browser()?.version() ?? '?'} from ${source} (${what})`);
  return context;
}

/** process.env without its unset entries (the browser's env replaces it whole). */
function inheritedEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}
