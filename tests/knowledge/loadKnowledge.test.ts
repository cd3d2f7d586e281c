import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { KnowledgeError, formatIssue, isError, type KnowledgeIssue } from '../../src/knowledge/issues';
import { ENTRY_IDS, LIST_COUNT, itemsOf } from '../helpers/knowledgeText';

const FIXTURES = path.join(__dirname, '../fixtures/knowledge');
let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'knowledge-test-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function copyDir(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const dirent of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, dirent.name);
    const target = path.join(to, dirent.name);
    if (dirent.isDirectory()) await copyDir(source, target);
    else await copyFile(source, target);
  }
}

/** A copy of a fixture knowledge directory in the temp dir. */
async function fixture(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(root, `${name}-`));
  await copyDir(path.join(FIXTURES, name), dir);
  return dir;
}

async function loadError(dir: string): Promise<KnowledgeError> {
  const error = await loadKnowledge(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KnowledgeError);
  return error as KnowledgeError;
}

describe('loadKnowledge', () => {
  it('ignores the staff review folder (kb:suggest, kb:accept), whatever it holds', async () => {
    const dir = await fixture('valid');
    await mkdir(path.join(dir, 'review'));
    await writeFile(path.join(dir, 'review', 'suggestions.yaml'), '- id: [not an entry\n');
    await writeFile(path.join(dir, 'review', 'rejected.yaml'), '- group: g-1\n  questions: []\n');
    const { knowledge, warnings } = await loadKnowledge(dir);
    expect(warnings).toEqual([]);
    expect(knowledge.entries).toHaveLength(5);
  });

  it('loads a valid knowledge directory, deriving the items of each list in position order', async () => {
    const { knowledge, warnings } = await loadKnowledge(await fixture('valid'));

    expect(warnings).toEqual([]);
    expect(knowledge.entries.map((e) => [e.id, e.location.file, e.location.line])).toEqual([
      ['drie-petten', 'petten.yaml', 3],
      ['pet-rekenaar', 'petten.yaml', 27],
      ['pet-denker', 'petten.yaml', 40],
      ['pet-doener', 'petten.yaml', 53],
      ['goed-plan', 'plan.yaml', 1],
    ]);
    expect(knowledge.require('drie-petten').items).toEqual(['pet-denker', 'pet-doener', 'pet-rekenaar']);
    expect(knowledge.entries.filter((e) => e.id !== 'drie-petten').every((e) => e.items.length === 0)).toBe(
      true,
    );
    expect(knowledge.require('pet-denker')).toMatchObject({
      title: 'Denker',
      parent: 'drie-petten',
      position: 1,
      answer: '**Denker**\n\nU bedenkt de plannen.',
    });
    expect(knowledge.require('goed-plan')).toMatchObject({
      topic: true,
      alternatives: ['Hoe ziet een goed plan eruit?'],
      translation_en: {
        title: 'A good plan',
        question: 'What is a good plan?',
        answer: 'A good plan is short and clear.',
      },
    });
    expect(knowledge.synonyms).toEqual({
      nl: [
        ['pet', 'petten', 'hoed', 'hoeden'],
        ['plan', 'plannen', 'planning'],
      ],
      en: [['hat', 'hats', 'role', 'roles']],
    });
    expect(knowledge.sourceText).toMatch(/^Voorbeeld\|NpM {4}Dorpsstraat 1/);
    expect(knowledge.get('bestaat-niet')).toBeUndefined();
    expect(() => knowledge.require('bestaat-niet')).toThrow('no knowledge entry "bestaat-niet"');
    expect(Object.isFrozen(knowledge.entries)).toBe(true);
  });

  it('loads with only a warning when an entry has no English translation', async () => {
    const { knowledge, warnings } = await loadKnowledge(await fixture('missing-translation'));
    expect(knowledge.entries.map((e) => e.id)).toEqual(['goed-plan']);
    expect(warnings).toEqual<KnowledgeIssue[]>([
      {
        file: 'plan.yaml',
        line: 1,
        entryId: 'goed-plan',
        severity: 'warning',
        message: 'no English translation: English visitors get the Dutch text',
        fix: 'add translation_en with title, question and answer',
      },
    ]);
    expect(warnings.some(isError)).toBe(false);
    expect(formatIssue(warnings[0]!)).toBe(
      'plan.yaml:1 [goed-plan] warning: no English translation: English visitors get the Dutch text\n' +
        '    fix: add translation_en with title, question and answer',
    );
  });

  it.each<[string, string, number | undefined, string | undefined, RegExp]>([
    ['empty-file', 'leeg.yaml', undefined, undefined, /^the file holds no entries$/],
    ['malformed-yaml', 'plan.yaml', 4, undefined, /^YAML syntax: bad indentation of a mapping entry$/],
    ['js-function-tag', 'plan.yaml', 4, undefined, /^YAML syntax: unknown tag .*js\/function/],
    ['not-a-list', 'plan.yaml', 1, undefined, /must be a YAML list of entries/],
    [
      'duplicate-id',
      'b-plan.yaml',
      2,
      'goed-plan',
      /^id "goed-plan" is used twice \(first at a-plan\.yaml:1\)$/,
    ],
    ['missing-field', 'plan.yaml', 5, 'kort-plan', /^"title" is missing or empty$/],
    ['unknown-field', 'plan.yaml', 5, 'goed-plan', /^unknown field "alternative"$/],
    ['bad-id', 'plan.yaml', 5, 'Kort_Plan', /^id "Kort_Plan" is not a stable id$/],
    ['dangling-follow-up', 'plan.yaml', 5, 'goed-plan', /^follow-up "slecht-plan" does not exist$/],
    ['missing-parent', 'petten.yaml', 4, 'pet-denker', /^parent "drie-petten" does not exist$/],
    [
      'position-gap',
      'petten.yaml',
      1,
      'drie-petten',
      /^the items of list "drie-petten" have positions 1, 3$/,
    ],
    [
      'shared-alternative',
      'plan.yaml',
      11,
      'drie-petten',
      /^"Hoe ziet een plan eruit" is also a phrasing of "goed-plan" \(plan\.yaml:1\)$/,
    ],
    ['repeated-alternative', 'plan.yaml', 5, 'goed-plan', /^"Wat is een goed plan" is listed twice$/],
    [
      'not-verbatim',
      'plan.yaml',
      4,
      'goed-plan',
      /^this answer line is not on the FAQ page word for word: "Een goed plan is ook altijd haalbaar\."$/,
    ],
  ])('refuses the fixture %s: %s line %s, entry %s', async (name, file, line, entryId, message) => {
    const error = await loadError(await fixture(name));
    const errors = error.issues.filter(isError);

    expect(errors).toHaveLength(1);
    const [issue] = errors as [KnowledgeIssue];
    expect(issue.file).toBe(file);
    expect(issue.line).toBe(line);
    expect(issue.entryId).toBe(entryId);
    expect(issue.message).toMatch(message);
    expect(issue.fix.trim()).not.toBe('');

    const where = `${file}${line ? `:${line}` : ''}${entryId ? ` [${entryId}]` : ''}`;
    expect(formatIssue(issue)).toBe(`${where} error: ${issue.message}\n    fix: ${issue.fix}`);
    expect(error.message).toBe(`the knowledge base has 1 error(s):\n${formatIssue(issue)}`);
    expect(error.name).toBe('KnowledgeError');
  });

  it('refuses a synonym word that is in two groups', async () => {
    const error = await loadError(await fixture('synonym-in-two-groups'));
    expect(error.issues.filter(isError)).toEqual([
      expect.objectContaining({
        file: 'synonyms/nl.yaml',
        message: '"rol" is in two synonym groups',
        fix: 'keep the word in one group',
      }),
    ]);
  });

  // Bug: validateSynonyms finds the line with the first line of the file that *contains*
  // the word as a substring, so "rol" is reported at line 1 ("- [controle, toezicht]"),
  // not at line 4, the group that repeats it.
  it('reports a synonym in two groups at the line of the group that repeats it', async () => {
    const error = await loadError(await fixture('synonym-in-two-groups'));
    expect(error.issues.filter(isError).map(formatIssue)).toEqual([
      'synonyms/nl.yaml:4 error: "rol" is in two synonym groups\n    fix: keep the word in one group',
    ]);
  });

  it('refuses a directory without the FAQ page', async () => {
    const dir = await fixture('missing-translation');
    await rm(path.join(dir, 'source'), { recursive: true });
    const error = await loadError(dir);
    expect(error.issues.filter(isError)[0]).toEqual<KnowledgeIssue>({
      file: 'source/',
      message: 'the FAQ page text is missing',
      fix: 'put the captured page in knowledge/source/*.txt',
    });
    // with no page to compare with, no answer is on it
    expect(
      error.issues
        .filter(isError)
        .slice(1)
        .map((i) => i.entryId),
    ).toEqual(['goed-plan']);
  });

  it('refuses a directory without knowledge files', async () => {
    const dir = await fixture('missing-translation');
    await rm(path.join(dir, 'plan.yaml'));
    const error = await loadError(dir);
    expect(error.issues.map((i) => [i.file, i.message])).toEqual([
      [dir, 'no knowledge files (*.yaml) found'],
    ]);
  });

  it('loads the real knowledge directory without errors or warnings', async () => {
    const { knowledge, warnings } = await loadKnowledge(path.join(__dirname, '../../knowledge'));
    expect(warnings.map(formatIssue)).toEqual([]);
    // files are read in name order, entries in file order
    expect(knowledge.entries.map((e) => e.id)).toEqual(ENTRY_IDS);
    // a list's items are the entries that name it as their parent, in their positions
    const lists = knowledge.entries.filter((e) => e.items.length > 0);
    expect(lists).toHaveLength(LIST_COUNT);
    for (const list of lists) expect(list.items).toEqual(itemsOf(list.id));
  });
});
