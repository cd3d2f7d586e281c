/**
 * Web Chat in a real browser (Chromium, Debian's or npm's, see
 * tests/helpers/chromium.ts, driven by playwright-core) against the real app
 * with the local Direct Line endpoint: the welcome comes before the visitor
 * types, a list renders as a list with its items as buttons, a button click
 * and a free-text follow-up answer with the FAQ's own words (read from
 * knowledge/*.yaml). The page may load nothing from outside loopback.
 * Screenshots go to test-results/ (git-ignored).
 */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../helpers/runningBot';
import { MESSAGES } from '../../src/conversation/messages';
import { itemsOf, topicTitles } from '../helpers/knowledgeText';
import { launchChromium, noBrowserToTest, SHOTS } from '../helpers/chromium';

interface YamlEntry {
  id: string;
  title: string;
  answer: string;
  parent?: string;
  position?: number;
}

const petten = load(
  readFileSync(path.join(__dirname, '../../knowledge/negen-petten.yaml'), 'utf8'),
) as YamlEntry[];
const list = petten.find((e) => e.id === 'negen-petten')!;
const item = (position: number) => petten.find((e) => e.parent === list.id && e.position === position)!;

let bot: RunningBot;
let context: BrowserContext;
let page: Page;
let userDataDir: string;
const requested: string[] = [];
const problems: string[] = [];

beforeAll(async () => {
  bot = await startBot({ DIRECT_LINE_LOCAL: 'true' });
  userDataDir = await mkdtemp(path.join(os.tmpdir(), 'webchat-chromium-'));
  await mkdir(SHOTS, { recursive: true });
  context = await launchChromium('the Web Chat browser test', userDataDir, { width: 1024, height: 800 });
  // Every request is recorded; anything not on loopback is refused and fails the test below.
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    requested.push(url);
    await (isLoopback(url) ? route.continue() : route.abort());
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
}, 60_000);

afterAll(async () => {
  await context?.close();
  await bot?.stop();
  if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
});

describe.skipIf(noBrowserToTest())('Web Chat on the bot’s own page', () => {
  it('welcomes, lists the nine hats, answers a button and a follow-up with the FAQ’s words', async () => {
    const response = await page.goto(`${bot.url}/`);
    expect(response?.headers()['content-security-policy']).toMatch(/default-src 'self'/);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await page.title()).not.toBe('');
    await expect(page.locator('main').count()).resolves.toBe(1);

    // The welcome arrives without the visitor typing anything.
    await waitForBotBubbles(1);
    expect(await page.locator('.webchat__bubble--from-user').count()).toBe(0);
    expect(normalise(await lastBotBubble())).toContain(
      normalise(firstLine(MESSAGES.nl.welcome(topicTitles('nl')))),
    );
    await page
      .locator('button:not(.webchat__live-region-activity__suggested-action)', { hasText: list.title })
      .waitFor();
    await shot('1-welcome');

    await ask('Wat zijn de negen petten?');
    await waitForBotBubbles(2);
    const listItems = await page.locator(BOT_BUBBLE).last().locator('ol > li').allInnerTexts();
    const expectedItems = list.answer.split('\n').flatMap((l) => /^\d+\.\s+(.*)$/.exec(l)?.slice(1) ?? []);
    expect(expectedItems).toHaveLength(itemsOf(list.id).length);
    expect(listItems.map(normalise)).toEqual(expectedItems.map(normalise));
    // The list starts at 1 and keeps its numbers.
    expect(await page.locator(BOT_BUBBLE).last().locator('ol').getAttribute('start')).toBeNull();
    await shot('2-list');

    const partner = petten.find((e) => e.parent === list.id && e.title === 'Partner')!;
    // The visible button (Web Chat keeps a second, hidden copy for screen readers).
    await page
      .locator('button:not(.webchat__live-region-activity__suggested-action)')
      .getByText(partner.title, { exact: true })
      .click();
    await waitForBotBubbles(3);
    expectAnswer(await lastBotBubble(), partner.answer);
    await shot('3-item');

    await ask('en de volgende?');
    await waitForBotBubbles(4);
    expectAnswer(await lastBotBubble(), item(partner.position! + 1).answer);
    await shot('4-follow-up');

    await page.setViewportSize({ width: 390, height: 844 });
    await shot('5-phone');

    expect(requested.filter((url) => !isLoopback(url))).toEqual([]);
    expect(requested.some((url) => url.endsWith('/webchat/webchat.js'))).toBe(true);
    expect(problems).toEqual([]);
  }, 60_000);
});

const BOT_BUBBLE = '.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content';

async function ask(text: string): Promise<void> {
  const input = page.locator('[data-id="webchat-sendbox-input"]');
  await input.fill(text);
  await input.press('Enter');
}

async function waitForBotBubbles(count: number): Promise<void> {
  await page
    .locator(BOT_BUBBLE)
    .nth(count - 1)
    .waitFor({ timeout: 15_000 });
}

async function lastBotBubble(): Promise<string> {
  return page.locator(BOT_BUBBLE).last().innerText();
}

/** Every line of the FAQ text appears in the rendered reply (Markdown marks aside). */
function expectAnswer(rendered: string, answer: string): void {
  const lines = answer
    .split('\n')
    .map((l) => l.replace(/\*\*|(^|\s)_|_($|\s)/g, ' '))
    .filter((l) => l.trim() !== '');
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) expect(normalise(rendered)).toContain(normalise(line));
}

function firstLine(text: string): string {
  return text.split('\n')[0]!;
}

/** Web Chat's Markdown typesets "..." as "…" and straight quotes as curly ones: the same words. */
function normalise(text: string): string {
  return text.replace(/…/g, '...').replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
}

function isLoopback(url: string): boolean {
  const { protocol, hostname, origin } = new URL(url);
  if (protocol === 'data:') return true;
  if (protocol === 'blob:') return isLoopback(origin);
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `webchat-${name}.png`), fullPage: false });
}
