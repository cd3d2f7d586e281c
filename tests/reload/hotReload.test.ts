/**
 * Knowledge hot reload on the running app: a valid edit is served on the next
 * turn without a restart; a broken edit is refused with a log line naming the
 * file and line, and the last good knowledge keeps answering.
 */
import os from 'node:os';
import path from 'node:path';
import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askExpectingReplies, startBot, type RunningBot } from '../helpers/runningBot';
import { capturingLogger } from '../helpers/capturingLogger';
import { eventually } from '../helpers/eventually';
import { ENTRY_COUNT } from '../helpers/knowledgeText';

const NEW_LINE = 'Op zaterdag zijn wij telefonisch bereikbaar van 10 tot 12 uur.';
let dir: string;
let bot: RunningBot;
const { logger, lines } = capturingLogger();

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'faq-knowledge-'));
  await cp('knowledge', dir, { recursive: true });
  bot = await startBot({ KNOWLEDGE_DIR: dir, KNOWLEDGE_WATCH: 'true' }, logger);
});

afterAll(async () => {
  await bot.stop();
  await rm(dir, { recursive: true, force: true });
});

/** The text of the bot's replies to one question, returned in the HTTP response (no connector needed). */
async function ask(text: string): Promise<string> {
  const reply = await askExpectingReplies(bot.url, 'hot-reload', text);
  expect(reply.status).toBe(200);
  return reply.text;
}

async function health(): Promise<{ entries: number; knowledgeVersion: number }> {
  return (await (await fetch(`${bot.url}/healthz`)).json()) as { entries: number; knowledgeVersion: number };
}

describe('knowledge hot reload', () => {
  it('serves a valid edit on the next turn, without a restart', async () => {
    expect(await ask('Hoe kan ik jullie bellen?')).not.toContain(NEW_LINE);
    expect(await health()).toMatchObject({ entries: ENTRY_COUNT, knowledgeVersion: 1 });

    // The answer must stand on the FAQ page word for word: the page first, then the entry.
    await appendFile(path.join(dir, 'source', 'quantanpm-veelgestelde-vragen.txt'), `\n${NEW_LINE}\n`);
    const file = path.join(dir, 'contact.yaml');
    const yaml = await readFile(file, 'utf8');
    await writeFile(
      file,
      yaml.replace('    - info@quantanpm.nl\n', `    - info@quantanpm.nl\n\n    ${NEW_LINE}\n`),
    );

    await eventually(
      async () => (await ask('Hoe kan ik jullie bellen?')).includes(NEW_LINE) || undefined,
      'the edited answer',
    );
    expect((await health()).knowledgeVersion).toBeGreaterThan(1);
    expect(lines.some((l) => l.includes('"msg":"knowledge reloaded"'))).toBe(true);
  });

  it('refuses a broken edit with the file and line, and keeps serving the last good knowledge', async () => {
    const before = await health();
    const logged = lines.length;
    const file = path.join(dir, 'contact.yaml');
    const yaml = await readFile(file, 'utf8');
    const broken = yaml.replace('  title: Contact\n', '  title: Contact\n  question: [niet afgesloten\n');
    const brokenLine = broken.split('\n').findIndex((l) => l.includes('[niet afgesloten')) + 1;
    await writeFile(file, broken);

    const refused = await eventually(
      () => lines.slice(logged).find((l) => l.includes('knowledge reload refused')),
      'the refusal in the log',
    );
    const entry = JSON.parse(refused) as { level: string; file: string; line: number; issue: string };
    expect(entry.level).toBe('error');
    expect(entry.file).toBe('contact.yaml');
    expect(entry.line).toBeGreaterThanOrEqual(brokenLine);
    expect(entry.line).toBeLessThanOrEqual(brokenLine + 1);
    expect(entry.issue).toMatch(/fix:/);

    expect(await ask('Hoe kan ik jullie bellen?')).toContain(NEW_LINE);
    expect(await health()).toEqual(before);
  });
});
