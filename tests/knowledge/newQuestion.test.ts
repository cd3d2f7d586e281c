/**
 * A new question on the FAQ page reaches the bot through knowledge alone: a copy
 * of knowledge/ in a temporary directory gets a new main question with a
 * numbered list of three items, written in the page's own style. Then, as staff
 * do it (README, "Add or change a question"): import (kb:import), check
 * (kb:check), and talk to the bot built on that knowledge. No code changes.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importKnowledge } from '../../src/knowledge/importKnowledge';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { SOURCE_DIR, writeEntriesFile } from '../../src/knowledge/knowledgeFiles';
import { createConversationDeps } from '../../src/conversation/createConversation';
import { DEFAULT_MATCHER_OPTIONS } from '../../src/matching/matcherOptions';
import { BotConversation } from '../../src/bot/botDriver';
import type { ConversationDeps } from '../../src/conversation/turn';
import type { KnowledgeBase, StoredEntry } from '../../src/knowledge/types';
import { isError, KnowledgeError, type KnowledgeIssue } from '../../src/knowledge/issues';

const QUESTION = 'Wat zijn de drie fasen van een subsidieaanvraag?';
const INTRO = 'Een subsidieaanvraag verloopt in drie fasen. Wie ze kent, bereidt zich beter voor.';
const ITEMS = [
  ['Oriëntatie', 'U zoekt uit welke fondsen en regelingen passen bij uw maatschappelijke doel.'],
  ['Aanvraag', 'U schrijft een plan met een begroting en onderbouwt de meerwaarde voor de samenleving.'],
  ['Verantwoording', 'U laat na afloop zien wat de subsidie heeft opgeleverd voor uw doelgroep.'],
] as const;

/** What one item of the new list is called: curated by staff, like alternatives. */
const NOUN = 'fase';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'faq-new-question-'));
  await cp('knowledge', dir, { recursive: true });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The FAQ page with the question added to "Vragen" and its answer after the last one. */
function withNewQuestion(page: string): string {
  const lines = page.split('\n');
  const answers = lines.findIndex((l) => l.trim() === 'Antwoorden');
  // The last question of the list under "Vragen": the new one goes right below it.
  let last = answers - 1;
  while (lines[last]!.trim() === '') last--;
  lines.splice(last + 1, 0, QUESTION);
  const answer = [
    '',
    '',
    QUESTION,
    '',
    INTRO,
    '',
    ...ITEMS.map(([name, text], i) => `${i + 1}. ${name} | ${text}`),
    '',
  ];
  return [...lines, ...answer].join('\n');
}

/** The errors kb:check reports for the directory (none when it loads). */
async function checkErrors(): Promise<KnowledgeIssue[]> {
  try {
    await loadKnowledge(dir);
    return [];
  } catch (error) {
    if (error instanceof KnowledgeError) return error.issues.filter(isError);
    throw error;
  }
}

/** Removes the lines the issues point at (one word of an out-of-scope list each). */
async function removeLines(issues: KnowledgeIssue[]): Promise<void> {
  for (const file of new Set(issues.map((i) => i.file))) {
    const at = new Set(issues.filter((i) => i.file === file).map((i) => i.line));
    const text = await readFile(path.join(dir, file), 'utf8');
    const kept = text.split('\n').filter((_, i) => !at.has(i + 1));
    await writeFile(path.join(dir, file), kept.join('\n'), 'utf8');
  }
}

/** Staff's edit of the imported YAML: the list's item nouns, written the way kb:import writes files. */
async function giveItemNouns(file: string, id: string, nouns: string[]): Promise<void> {
  const entries = load(await readFile(path.join(dir, file), 'utf8')) as StoredEntry[];
  await writeEntriesFile(
    path.join(dir, file),
    entries.map((e) => (e.id === id ? { ...e, itemNouns: nouns } : e)),
  );
}

async function pagePath(): Promise<string> {
  const names = (await readdir(path.join(dir, SOURCE_DIR))).filter((n) => n.endsWith('.txt'));
  expect(names).toHaveLength(1);
  return path.join(dir, SOURCE_DIR, names[0]!);
}

describe('a new question on the FAQ page, with no code change', () => {
  let knowledge: KnowledgeBase;
  let deps: ConversationDeps;
  let topicsBefore: string[];

  beforeAll(async () => {
    const before = createConversationDeps((await loadKnowledge(dir)).knowledge, DEFAULT_MATCHER_OPTIONS);
    topicsBefore = before.replies.topicTitles('nl');
    const file = await pagePath();
    await writeFile(file, withNewQuestion(await readFile(file, 'utf8')), 'utf8');
  });

  it('is imported: the question and its three items are added, the curated entries stay as they were', async () => {
    const outcome = await importKnowledge(dir);
    if (!outcome.ok) throw new Error(outcome.message);
    const added = outcome.changes.filter((c) => c.kind === 'added');
    expect(added).toHaveLength(1 + ITEMS.length);
    expect(outcome.changes.filter((c) => c.kind !== 'added')).toEqual([]);
    expect(outcome.written.map((w) => w.file)).toEqual([added[0]!.file]);
  });

  it('passes the check (kb:check) once the fixes it names are made, in knowledge/ only', async () => {
    // Words the FAQ now uses cannot stay out-of-scope words ("subsidie"): kb:check names them, with
    // file and line, and staff remove them there. Any other error would be a problem of the importer.
    const refused = await checkErrors();
    for (const issue of refused) {
      expect(issue.file).toMatch(/^out-of-scope\//);
      expect(issue.fix).toBe('remove it from the out-of-scope words');
    }
    await removeLines(refused);

    const loaded = await loadKnowledge(dir);
    knowledge = loaded.knowledge;
    // Only warnings: the new entries have no English translation yet, the list no item nouns.
    expect(loaded.warnings.every((w) => !isError(w))).toBe(true);
    const list = knowledge.entries.find((e) => e.question === QUESTION)!;
    expect(list.topic).toBe(true);
    expect(list.items.map((id) => knowledge.require(id).title)).toEqual(ITEMS.map(([name]) => name));
    deps = createConversationDeps(knowledge, DEFAULT_MATCHER_OPTIONS);
  });

  it('welcomes with the new topic, after the ones before it, and names it among the lists', async () => {
    const bot = new BotConversation(deps);
    const welcome = await bot.start();
    const title = QUESTION.replace(/\?$/, '');
    expect(welcome.buttons.map((b) => b.title)).toEqual([...topicsBefore, title]);
    expect(welcome.texts.join('\n')).toContain(`- ${title}\n`);
    // An ordinal with no list in focus offers that item of every list, the new one's last (page order).
    const second = await bot.say('de tweede');
    expect(second.buttons.at(-1)?.title).toBe(`${ITEMS[1][0]} (${title})`);
  });

  it('answers the question with the list, and drills into its items by ordinal', async () => {
    const bot = new BotConversation(deps);
    await bot.start();
    const list = await bot.say(QUESTION);
    expect(list.texts.join('\n')).toContain(INTRO);
    expect(list.buttons.map((b) => b.title).slice(0, ITEMS.length)).toEqual(ITEMS.map(([name]) => name));

    const second = (await bot.say('de tweede')).texts.join('\n');
    expect(second).toContain(ITEMS[1][1]);
    expect(second).not.toContain(ITEMS[0][1]);
    const third = (await bot.say('en de derde?')).texts.join('\n');
    expect(third).toContain(ITEMS[2][1]);
    expect((await bot.say('vorige')).texts.join('\n')).toContain(ITEMS[1][1]);
  });

  it('names its items by the noun staff give the list (itemNouns), as kb:check suggests', async () => {
    const list = knowledge.entries.find((e) => e.question === QUESTION)!;
    const warned = (await loadKnowledge(dir)).warnings.filter((w) => w.entryId === list.id);
    expect(warned.map((w) => w.fix)).toContainEqual(expect.stringMatching(/^add itemNouns/));
    await giveItemNouns(list.location.file, list.id, [NOUN]);
    const withNouns = createConversationDeps((await loadKnowledge(dir)).knowledge, DEFAULT_MATCHER_OPTIONS);

    const bot = new BotConversation(withNouns);
    await bot.start();
    await bot.say(QUESTION);
    expect((await bot.say(`de tweede ${NOUN}`)).texts.join('\n')).toContain(ITEMS[1][1]);
    expect((await bot.say(`${NOUN} 3`)).texts.join('\n')).toContain(ITEMS[2][1]);
    expect((await bot.say(`en de eerste ${NOUN}?`)).texts.join('\n')).toContain(ITEMS[0][1]);
  });
});
