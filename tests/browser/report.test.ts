/**
 * The kb:report page in a real browser (Chromium, Debian's or npm's, see
 * tests/helpers/chromium.ts, driven by playwright-core), opened from disk as
 * staff open it: the charts draw at desktop and at phone width, the phone
 * needs no sideways scrolling, the Content-Security-Policy lets the page's own
 * scripts run and nothing else (no console errors), the page loads nothing,
 * and visitors' hostile questions are shown as text, never run. Screenshots go
 * to test-results/.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/report/charts';
import { fixtureReport, HOSTILE_QUESTION, HOSTILE_RATING_QUESTION } from '../report/fixtureReport';
import { launchChromium, noBrowserToTest, SHOTS } from '../helpers/chromium';

// The functions given to page.evaluate run in the browser; the tests are type-checked
// without the DOM library, so this file names the little of it that they use.
interface Canvas {
  width: number;
  height: number;
  getContext(kind: '2d'): {
    getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
  };
}
declare const document: {
  getElementById(id: string): unknown;
  documentElement: { scrollWidth: number };
  body: { scrollWidth: number };
  images: { length: number };
};
declare const window: { innerWidth: number };

let context: BrowserContext;
let page: Page;
let dir: string;
let reportUrl: string;
const requested: string[] = [];
const problems: string[] = [];
const dialogs: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'report-chromium-'));
  const file = path.join(dir, 'report.html');
  await writeFile(file, (await fixtureReport()).html, 'utf8');
  reportUrl = pathToFileURL(file).href;
  await mkdir(SHOTS, { recursive: true });
  context = await launchChromium('the report browser test', path.join(dir, 'profile'), {
    width: 1280,
    height: 800,
  });
  // Every request is recorded; only the report file itself may be loaded.
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    requested.push(url);
    await (url === reportUrl ? route.continue() : route.abort());
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
}, 60_000);

afterAll(async () => {
  await context?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(noBrowserToTest())('the kb:report page in Chromium', () => {
  it('draws every chart at desktop width and shows hostile questions as text', async () => {
    await page.goto(reportUrl);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await page.locator('h1').count()).toBe(1);
    await expectChartsDrawn();

    // The hostile questions are on the page as the visitor typed them, and nothing of them ran.
    await expect(page.getByText(HOSTILE_QUESTION, { exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByText(`“${HOSTILE_RATING_QUESTION}”`, { exact: true }).isVisible()).resolves.toBe(
      true,
    );
    expect(await page.evaluate(() => document.images.length)).toBe(0);
    expect(dialogs).toEqual([]);

    await page.screenshot({ path: path.join(SHOTS, 'report-desktop.png'), fullPage: true });
    expect(requested).toEqual([reportUrl]);
    expect(problems).toEqual([]);
  }, 30_000);

  it('fits a phone (375 px): no sideways scrolling, charts redrawn', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(reportUrl);
    await expectChartsDrawn();
    const widths = await page.evaluate(() => ({
      document: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.viewport).toBe(375);
    expect(widths.document).toBeLessThanOrEqual(widths.viewport);
    expect(widths.body).toBeLessThanOrEqual(widths.viewport);
    const box = await page.locator(`#${CHART_IDS.perDay}`).boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);

    await page.screenshot({ path: path.join(SHOTS, 'report-phone.png'), fullPage: true });
    await page.screenshot({ path: path.join(SHOTS, 'report-phone-top.png'), fullPage: false });
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  }, 30_000);
});

/** Every chart's canvas has a drawn pixel (Chart.js ran under the page's CSP). */
async function expectChartsDrawn(): Promise<void> {
  const ids = Object.values(CHART_IDS);
  await page.waitForFunction(
    (canvasIds) =>
      canvasIds.every((id) => {
        const canvas = document.getElementById(id) as Canvas | null;
        if (!canvas || canvas.width === 0 || canvas.height === 0) return false;
        const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
        return false;
      }),
    ids,
    { timeout: 10_000 },
  );
}
