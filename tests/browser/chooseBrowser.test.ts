/**
 * Which Chromium the browser tests launch: Debian's when /usr/bin/chromium is
 * there, else the npm package's, else none (and why). CI runs without
 * Debian's chromium, so the Debian way is pinned here rather than there.
 */
import { describe, expect, it } from 'vitest';
import { chooseBrowser, DEBIAN_CHROMIUM } from '../helpers/chromium';
import { findNpmChromium, NPM_CHROMIUM } from '../helpers/npmChromium';

const npm = { dir: '/project/node_modules/@sparticuz/chromium', version: '147.0.0' };
const debianInstalled = (file: string) => file === DEBIAN_CHROMIUM;
const nothingInstalled = () => false;

describe('the browser for the browser tests', () => {
  it('is Debian’s chromium when it is installed, npm package or not', () => {
    expect(chooseBrowser(debianInstalled, npm)).toEqual({ from: 'debian', executablePath: DEBIAN_CHROMIUM });
    expect(chooseBrowser(debianInstalled, 'not installed')).toEqual({
      from: 'debian',
      executablePath: DEBIAN_CHROMIUM,
    });
  });

  it('is the npm package’s Chromium without Debian’s', () => {
    expect(chooseBrowser(nothingInstalled, npm)).toEqual({ from: 'npm', pkg: npm });
  });

  it('is none without either, saying why', () => {
    expect(chooseBrowser(nothingInstalled, `${NPM_CHROMIUM} is not installed`)).toEqual({
      from: 'none',
      why: `${DEBIAN_CHROMIUM} is missing and ${NPM_CHROMIUM} is not installed`,
    });
  });

  it('takes no npm Chromium off Linux x64 (the package holds a Linux x64 binary)', () => {
    expect(findNpmChromium('darwin', 'arm64')).toBe(
      `${NPM_CHROMIUM} holds a Linux x64 browser and this is darwin arm64`,
    );
    expect(findNpmChromium('linux', 'arm64')).toMatch(/Linux x64 browser and this is linux arm64/);
  });
});
