/**
 * kb:import with several FAQ pages in knowledge/source/, as loadKnowledge
 * accepts them: each page parsed, their entries merged in file order, ids
 * unique across pages, curation kept per entry. (One page: importFaq.test.ts,
 * newQuestion.test.ts and cli.test.ts.)
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importKnowledge, type ImportOutcome } from '../../src/knowledge/importKnowledge';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { writeEntriesFile } from '../../src/knowledge/knowledgeFiles';
import type { KnowledgeIssue } from '../../src/knowledge/issues';
import type { StoredEntry } from '../../src/knowledge/types';

const HEADER = 'Voorbeeld|NpM    Dorpsstraat 1, 1234 AB    Ergens    t:012 - 345 678    info@voorbeeld.nl';

/** A page in the captured layout: the questions under "Vragen", then each again with its answer. */
function page(sections: { question: string; answer: string[] }[], header = HEADER): string {
  return [
    header,
    '',
    'Vragen',
    '',
    ...sections.map((s) => s.question),
    '',
    'Antwoorden',
    ...sections.flatMap((s) => ['', s.question, '', ...s.answer]),
  ].join('\n');
}

const HATS = {
  question: 'Wat zijn de drie petten?',
  answer: [
    'Als ondernemer zet u één van drie petten op.',
    '',
    '1. Denker | U bedenkt de plannen.',
    '2. Doener | U voert de plannen uit.',
    '3. Rekenaar | U houdt de kosten bij.',
  ],
};
const PLAN = {
  question: 'Wat is een goed plan?',
  answer: ['Een goed plan is kort.', '', 'Hoe kort is kort?', '', 'Eén kantje.'],
};

/** The 1-based line of the first line that is exactly `text`, from line `after` on. */
function lineOf(text: string, line: string, after = 0): number {
  const at = text.split('\n').indexOf(line, after);
  expect(at).toBeGreaterThanOrEqual(0);
  return at + 1;
}

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'faq-import-pages-'));
  await mkdir(path.join(dir, 'source'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writePages(pages: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(pages)) await writeFile(path.join(dir, 'source', name), text);
}

async function yamlFiles(): Promise<string[]> {
  return (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort();
}

async function entriesOf(file: string): Promise<StoredEntry[]> {
  return load(await readFile(path.join(dir, file), 'utf8')) as StoredEntry[];
}

function imported(outcome: ImportOutcome): Extract<ImportOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(`${outcome.message} ${JSON.stringify(outcome.issues)}`);
  return outcome;
}

function refused(outcome: ImportOutcome): KnowledgeIssue[] {
  if (outcome.ok) throw new Error('the import was not refused');
  return outcome.issues;
}

describe('kb:import with several pages', () => {
  it('imports the entries of every page, first page first, each in page order', async () => {
    await writePages({ 'a-petten.txt': page([HATS]), 'b-plan.txt': page([PLAN]) });

    const outcome = imported(await importKnowledge(dir));

    expect(outcome.pages).toEqual(['source/a-petten.txt', 'source/b-plan.txt']);
    expect(outcome.changes.map((c) => c.id)).toEqual([
      'drie-petten',
      'drie-petten-denker',
      'drie-petten-doener',
      'drie-petten-rekenaar',
      'contact',
      'goed-plan',
      'kort-kort',
    ]);
    expect(outcome.changes.every((c) => c.kind === 'added')).toBe(true);
    expect(outcome.total).toBe(7);
    expect(await yamlFiles()).toEqual(['contact.yaml', 'drie-petten.yaml', 'goed-plan.yaml']);
    expect((await entriesOf('goed-plan.yaml')).map((e) => e.id)).toEqual(['goed-plan', 'kort-kort']);
    // What it wrote is the pages' own words: the bot loads it, answers checked against both pages.
    const { knowledge } = await loadKnowledge(dir);
    expect(knowledge.entries).toHaveLength(7);
  });

  it('keeps the curation of entries of every page, and updates only what a page changed', async () => {
    await writePages({ 'a-petten.txt': page([HATS]), 'b-plan.txt': page([PLAN]) });
    imported(await importKnowledge(dir));
    const plan = await entriesOf('goed-plan.yaml');
    await writeEntriesFile(
      path.join(dir, 'goed-plan.yaml'),
      plan.map((e) => (e.id === 'goed-plan' ? { ...e, alternatives: ['Hoe schrijf ik een plan?'] } : e)),
    );
    const hats = {
      ...HATS,
      answer: ['Als ondernemer zet u telkens één van drie petten op.', ...HATS.answer.slice(1)],
    };
    await writePages({ 'a-petten.txt': page([hats]) });

    const outcome = imported(await importKnowledge(dir));

    expect(outcome.changes).toEqual([
      { kind: 'updated', id: 'drie-petten', file: 'drie-petten.yaml', fields: ['answer'] },
    ]);
    expect(outcome.written.map((w) => w.file)).toEqual(['drie-petten.yaml']);
    expect((await entriesOf('goed-plan.yaml'))[0]!.alternatives).toEqual(['Hoe schrijf ik een plan?']);
  });

  it('refuses an id that two pages give, naming both places and the fix, and writes nothing', async () => {
    const first = page([HATS]);
    const second = page([PLAN, HATS]);
    await writePages({ 'a-petten.txt': first, 'b-plan.txt': second });

    const issues = refused(await importKnowledge(dir));

    const question = issues.find((i) => i.entryId === 'drie-petten');
    const firstAt = lineOf(first, HATS.question, first.split('\n').indexOf('Antwoorden'));
    expect(question).toEqual<KnowledgeIssue>({
      file: 'source/b-plan.txt',
      line: lineOf(second, HATS.question, second.split('\n').indexOf('Antwoorden')),
      entryId: 'drie-petten',
      message: `id "drie-petten" is given twice (first at source/a-petten.txt:${firstAt})`,
      fix: expect.stringMatching(/^keep the question on one page only/) as string,
    });
    // Its list items come from the same question: each is named at its own numbered line.
    expect(issues.find((i) => i.entryId === 'drie-petten-doener')).toMatchObject({
      file: 'source/b-plan.txt',
      line: lineOf(second, '2. Doener | U voert de plannen uit.'),
      message: `id "drie-petten-doener" is given twice (first at source/a-petten.txt:${lineOf(first, '2. Doener | U voert de plannen uit.')})`,
    });
    expect(issues.map((i) => i.entryId)).not.toContain('goed-plan');
    expect(await yamlFiles()).toEqual([]);
  });

  it('takes the contact details once when the pages repeat the same header, and refuses pages that differ', async () => {
    await writePages({ 'a-petten.txt': page([HATS]), 'b-plan.txt': page([PLAN]) });
    expect(
      imported(await importKnowledge(dir, { dryRun: true })).changes.filter((c) => c.id === 'contact'),
    ).toHaveLength(1);

    await writePages({ 'b-plan.txt': page([PLAN], HEADER.replace('012 - 345 678', '098 - 765 432')) });
    expect(refused(await importKnowledge(dir))).toEqual([
      expect.objectContaining({
        file: 'source/b-plan.txt',
        line: 1,
        entryId: 'contact',
        message: 'id "contact" is given twice (first at source/a-petten.txt:1)',
        fix: expect.stringContaining('contact details') as string,
      }),
    ]);
  });

  it('names the page whose layout it cannot read', async () => {
    await writePages({ 'a-petten.txt': page([HATS]), 'b-plan.txt': 'Alleen een kop\n\nEn wat tekst.' });
    expect(refused(await importKnowledge(dir))).toEqual([
      expect.objectContaining({
        file: 'source/b-plan.txt',
        message: expect.stringContaining('"Vragen"') as string,
      }),
    ]);
  });

  it('says where the page belongs when there is none', async () => {
    expect(refused(await importKnowledge(dir))).toEqual([
      expect.objectContaining({ file: 'source/', fix: 'put the captured page in knowledge/source/*.txt' }),
    ]);
  });
});
