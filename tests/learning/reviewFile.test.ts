/**
 * The review files: suggestions.yaml in the layout staff read (block lists, the
 * evidence on one line) reads back as written; a broken file is reported with
 * the file, line, group and fix, like the knowledge.
 */
import os from 'node:os';
import path from 'node:path';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  readRejected,
  readSuggestions,
  REJECTED_FILE,
  SUGGESTIONS_FILE,
  writeRejected,
  writeSuggestions,
  type Suggestion,
} from '../../src/learning/reviewFile';
import type { KnowledgeIssue } from '../../src/knowledge/issues';

const SUGGESTION: Suggestion = {
  group: 'g-3f2a1c',
  questions: ['Welke pet gaat over de centjes?', 'wie: telt "het geld"'],
  count: 7,
  language: 'nl',
  proposal: 'pet-schatbewaarder',
  evidence: {
    chosen: 3,
    rephrased: 1,
    ratedDown: 0,
    unanswered: 2,
    matcher: ['pet-schatbewaarder 0.41', 'kenmerk-oog-voor-geld 0.38'],
  },
  decision: 'pending',
};

const tempDir = () => mkdtemp(path.join(os.tmpdir(), 'review-'));

describe('the review files', () => {
  it('write suggestions in the layout staff review, and read them back as written', async () => {
    const dir = await tempDir();
    await writeSuggestions(dir, [SUGGESTION, { ...SUGGESTION, group: 'g-000002', proposal: 'gap' }]);
    const text = await readFile(path.join(dir, SUGGESTIONS_FILE), 'utf8');
    expect(text).toContain(
      [
        '- group: g-3f2a1c',
        '  questions:',
        '    - Welke pet gaat over de centjes?',
        `    - "wie: telt \\"het geld\\""`,
        '  count: 7',
        '  language: nl',
        '  proposal: pet-schatbewaarder',
        '  evidence: {chosen: 3, rephrased: 1, ratedDown: 0, unanswered: 2, matcher: [pet-schatbewaarder 0.41, kenmerk-oog-voor-geld 0.38]}',
        '  decision: pending',
      ].join('\n'),
    );
    const issues: KnowledgeIssue[] = [];
    expect(await readSuggestions(dir, issues)).toEqual([
      SUGGESTION,
      { ...SUGGESTION, group: 'g-000002', proposal: 'gap' },
    ]);
    expect(issues).toEqual([]);
  });

  it('read nothing from files that do not exist yet, or are empty lists', async () => {
    const dir = await tempDir();
    expect(await readSuggestions(dir, [])).toEqual([]);
    await writeSuggestions(dir, []);
    await writeRejected(dir, []);
    const issues: KnowledgeIssue[] = [];
    expect(await readSuggestions(dir, issues)).toEqual([]);
    expect(await readRejected(dir, issues)).toEqual([]);
    expect(issues).toEqual([]);
  });

  it('report a YAML error with its line', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'review'));
    await writeFile(path.join(dir, SUGGESTIONS_FILE), '- group: g-1\n  questions: [niet afgesloten\n');
    const issues: KnowledgeIssue[] = [];
    expect(await readSuggestions(dir, issues)).toEqual([]);
    expect(issues).toMatchObject([{ file: SUGGESTIONS_FILE, line: 3 }]);
    expect(issues[0]!.message).toMatch(/^YAML syntax/);
  });

  it.each([
    ['no questions', { questions: [] }, 'questions must be a list of questions'],
    ['a language the bot does not speak', { language: 'de' }, 'language must be nl or en'],
    ['an empty decision', { decision: ' ' }, 'decision must be accept, reject, pending or an entry id'],
  ])('report a group with %s, with its line and group', async (_, change, message) => {
    const dir = await tempDir();
    await writeSuggestions(dir, [SUGGESTION, { ...SUGGESTION, group: 'g-000002', ...change } as Suggestion]);
    const issues: KnowledgeIssue[] = [];
    expect((await readSuggestions(dir, issues)).map((s) => s.group)).toEqual(['g-3f2a1c']);
    const line = (await readFile(path.join(dir, SUGGESTIONS_FILE), 'utf8'))
      .split('\n')
      .findIndex((l) => l === '- group: g-000002');
    expect(issues).toMatchObject([{ file: SUGGESTIONS_FILE, line: line + 1, entryId: 'g-000002', message }]);
  });

  it('report a rejected group that lost its questions', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'review'));
    await writeFile(path.join(dir, REJECTED_FILE), '- group: g-1\n  language: nl\n');
    const issues: KnowledgeIssue[] = [];
    expect(await readRejected(dir, issues)).toEqual([]);
    expect(issues).toMatchObject([{ file: REJECTED_FILE, line: 1, entryId: 'g-1' }]);
  });
});
