/**
 * kb:accept's logic on a copy of a fixture knowledge base: accepted groups
 * become alternatives of the right entry and language, rejected groups are
 * remembered, pending ones stay; anything wrong (a decision, the merged
 * knowledge, the knowledge as it was) writes nothing and says what to fix.
 */
import os from 'node:os';
import path from 'node:path';
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { acceptSuggestions } from '../../src/learning/acceptSuggestions';
import {
  readRejected,
  readSuggestions,
  REJECTED_FILE,
  SUGGESTIONS_FILE,
  writeSuggestions,
  type Suggestion,
} from '../../src/learning/reviewFile';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { createConversationDeps } from '../../src/conversation/createConversation';
import { DEFAULT_MATCHER_OPTIONS } from '../../src/matching/matcherOptions';
import { respond } from '../../src/intents/respond';
import { newMemory } from '../../src/conversation/memory';
import { formatIssue } from '../../src/knowledge/issues';

const FIXTURE = path.join(__dirname, '../fixtures/knowledge/valid');
const evidence = { chosen: 1, rephrased: 0, ratedDown: 0, unanswered: 0, matcher: [] };

function group(
  id: string,
  questions: string[],
  proposal: string,
  decision: string,
  language: 'nl' | 'en' = 'nl',
) {
  return {
    group: id,
    questions,
    count: questions.length,
    language,
    proposal,
    evidence,
    decision,
  } satisfies Suggestion;
}

async function knowledgeWith(suggestions: Suggestion[]): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'kb-accept-test-')), 'knowledge');
  await cp(FIXTURE, dir, { recursive: true });
  await writeSuggestions(dir, suggestions);
  return dir;
}

/** Every file of the knowledge directory with its text, to see that nothing was written. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of await readdir(dir, { recursive: true })) {
    if (/\.(ya?ml|txt)$/.test(name)) files[name] = await readFile(path.join(dir, name), 'utf8');
  }
  return files;
}

async function entry(dir: string, file: string, id: string): Promise<Record<string, unknown>> {
  const entries = yaml.load(await readFile(path.join(dir, file), 'utf8')) as { id: string }[];
  return entries.find((e) => e.id === id)!;
}

describe('acceptSuggestions', () => {
  it('adds accepted questions as alternatives, remembers rejected groups and keeps pending ones', async () => {
    const dir = await knowledgeWith([
      group('g-000001', ['wie telt de centjes', 'Hoe ziet een goed plan eruit?'], 'pet-rekenaar', 'accept'),
      group('g-000002', ['who counts the money'], 'gap', 'pet-rekenaar', 'en'),
      group('g-000003', ['wat kost een cursus'], 'gap', 'reject'),
      group('g-000004', ['wie bedenkt het plan'], 'pet-denker', 'pending'),
    ]);
    const result = await acceptSuggestions(dir);
    expect(result).toMatchObject({
      ok: true,
      issues: [],
      accepted: ['g-000001', 'g-000002'],
      rejected: ['g-000003'],
      pending: 1,
      skipped: ['Hoe ziet een goed plan eruit?'],
      added: [
        {
          entryId: 'pet-rekenaar',
          file: 'petten.yaml',
          field: 'alternatives',
          questions: ['wie telt de centjes'],
        },
        {
          entryId: 'pet-rekenaar',
          file: 'petten.yaml',
          field: 'alternatives_en',
          questions: ['who counts the money'],
        },
      ],
    });
    // The fields go to their place in the entry, as the importer writes them.
    const rekenaar = await entry(dir, 'petten.yaml', 'pet-rekenaar');
    expect(Object.keys(rekenaar)).toEqual([
      'id',
      'title',
      'question',
      'parent',
      'position',
      'answer',
      'alternatives',
      'translation_en',
      'alternatives_en',
    ]);
    expect(rekenaar).toMatchObject({
      alternatives: ['wie telt de centjes'],
      alternatives_en: ['who counts the money'],
    });

    const issues: never[] = [];
    expect((await readSuggestions(dir, issues)).map((s) => s.group)).toEqual(['g-000004']);
    expect(await readRejected(dir, issues)).toEqual([
      { group: 'g-000003', language: 'nl', questions: ['wat kost een cursus'] },
    ]);
    expect(issues).toEqual([]);

    // The bot answers the accepted question with the entry now.
    const deps = createConversationDeps((await loadKnowledge(dir)).knowledge, DEFAULT_MATCHER_OPTIONS);
    expect(respond({ text: 'wie telt de centjes' }, newMemory(), deps).summary.entryId).toBe('pet-rekenaar');
  });

  it('adds to the rejected groups kept before', async () => {
    const dir = await knowledgeWith([group('g-000005', ['hebben jullie vacatures'], 'gap', 'reject')]);
    await writeFile(
      path.join(dir, REJECTED_FILE),
      yaml.dump([{ group: 'g-000003', language: 'nl', questions: ['wat kost een cursus'] }]),
    );
    expect((await acceptSuggestions(dir)).ok).toBe(true);
    expect((await readRejected(dir, [])).map((r) => r.group)).toEqual(['g-000003', 'g-000005']);
  });

  it.each([
    ['accept on a gap', group('g-00000a', ['wat kost een cursus'], 'gap', 'accept'), /accept on a gap/],
    [
      'an entry that does not exist',
      group('g-00000a', ['wie telt de centjes'], 'pet-rekenaar', 'pet-teller'),
      /decision "pet-teller" is not accept, reject, pending or the id of an entry/,
    ],
    [
      'a proposed entry removed since',
      group('g-00000a', ['wie telt de centjes'], 'pet-teller', 'accept'),
      /the proposed entry "pet-teller" no longer exists/,
    ],
  ])('writes nothing for %s, and names the group and its line', async (_, wrong, message) => {
    const dir = await knowledgeWith([
      group('g-000001', ['wie telt de centjes'], 'pet-rekenaar', 'accept'),
      wrong,
    ]);
    const before = await snapshot(dir);
    const result = await acceptSuggestions(dir);
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1);
    const text = await readFile(path.join(dir, SUGGESTIONS_FILE), 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes('group: g-00000a')) + 1;
    expect(formatIssue(result.issues[0]!)).toMatch(
      new RegExp(`^review/suggestions.yaml:${line} \\[g-00000a\\] error: `),
    );
    expect(result.issues[0]!.message).toMatch(message);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('writes nothing when the merged knowledge is not valid, and names the group that breaks it', async () => {
    const dir = await knowledgeWith([
      group('g-000001', ['wie telt de centjes'], 'pet-rekenaar', 'accept'),
      group('g-000002', ['wat doet de uitvinder'], 'pet-denker', 'accept'),
    ]);
    // "uitvinder" marks questions the FAQ does not answer; no FAQ text may use it.
    await mkdir(path.join(dir, 'out-of-scope'));
    await writeFile(path.join(dir, 'out-of-scope', 'nl.yaml'), '- uitvinder\n');
    const before = await snapshot(dir);
    const result = await acceptSuggestions(dir);
    expect(result).toMatchObject({ ok: false, accepted: [], added: [] });
    const text = await readFile(path.join(dir, SUGGESTIONS_FILE), 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes('group: g-000002')) + 1;
    expect(result.issues[0]).toMatchObject({ file: SUGGESTIONS_FILE, line, entryId: 'g-000002' });
    expect(result.issues[0]!.message).toContain('"uitvinder" is used by the FAQ\'s own entries');
    expect(result.issues.some((i) => i.file === 'out-of-scope/nl.yaml')).toBe(true);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('refuses to start from knowledge that is not valid, so no group is blamed for it', async () => {
    const dir = await knowledgeWith([group('g-000001', ['wie telt de centjes'], 'pet-rekenaar', 'accept')]);
    await writeFile(path.join(dir, 'kapot.yaml'), '- id: kapot\n');
    const before = await snapshot(dir);
    const result = await acceptSuggestions(dir);
    expect(result.ok).toBe(false);
    expect(result.issues.every((i) => i.file === 'kapot.yaml')).toBe(true);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('does nothing, and says so, when nothing was decided', async () => {
    const dir = await knowledgeWith([group('g-000004', ['wie bedenkt het plan'], 'pet-denker', 'pending')]);
    const before = await snapshot(dir);
    expect(await acceptSuggestions(dir)).toMatchObject({ ok: true, accepted: [], rejected: [], pending: 1 });
    expect(await snapshot(dir)).toEqual(before);
  });
});
