import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { validateEntryShapes } from '../../src/knowledge/validateEntries';
import type { KnowledgeIssue } from '../../src/knowledge/issues';

const PLAN = '- id: plan\n  title: Plan\n  question: Wat is een plan?\n  answer: Een plan.\n';

function validate(text: string) {
  const issues: KnowledgeIssue[] = [];
  const valid = validateEntryShapes({ file: 'plan.yaml', text, data: yaml.load(text) }, issues);
  return { valid: valid.map((l) => [l.entry.id, l.line]), issues };
}

describe('validateEntryShapes', () => {
  it('returns valid entries with the line they start on', () => {
    const text = `# kop\n${PLAN}- id: lijst\n  title: Lijst\n  question: Wat is een lijst?\n  answer: Een lijst.\n  topic: true\n`;
    expect(validate(text)).toEqual({
      valid: [
        ['plan', 2],
        ['lijst', 6],
      ],
      issues: [],
    });
  });

  it.each<[string, string, number, string]>([
    ['a topic that is not true or false', '  topic: "ja"\n', 5, '"topic" must be true or false'],
    ['position 0', '  parent: lijst\n  position: 0\n', 6, '"position" must be a whole number from 1'],
    [
      'a position that is not a number',
      '  parent: lijst\n  position: een\n',
      6,
      '"position" must be a whole number from 1',
    ],
    ['a parent without position', '  parent: lijst\n', 1, 'a list item needs both "parent" and "position"'],
    ['a position without parent', '  position: 2\n', 1, 'a list item needs both "parent" and "position"'],
    ['an unknown origin', '  origin: knipsel\n', 5, 'origin "knipsel" is not known'],
    [
      'alternatives as one text',
      '  alternatives: Hoe plan ik?\n',
      5,
      '"alternatives" must be a list of non-empty texts',
    ],
    [
      'an empty alternative',
      '  alternatives:\n    - ""\n',
      5,
      '"alternatives" must be a list of non-empty texts',
    ],
    [
      'followUps that are not texts',
      '  followUps:\n    - 12\n',
      5,
      '"followUps" must be a list of non-empty texts',
    ],
    ['examples as a list', '  examples: [a, b]\n', 5, '"examples" must be text'],
    ['a translation that is text', '  translation_en: A plan\n', 5, '"translation_en" must be a mapping'],
    [
      'a translation without answer',
      '  translation_en:\n    title: Plan\n    question: What is a plan?\n',
      5,
      'translation_en.answer is missing or empty',
    ],
    [
      'an unknown translation field',
      '  translation_en:\n    title: Plan\n    question: What is a plan?\n    answer: A plan.\n    anwser: A plan.\n',
      5,
      'unknown translation field "anwser"',
    ],
  ])('refuses %s', (_case, extra, line, message) => {
    const { valid, issues } = validate(PLAN + extra);
    expect(valid).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'plan.yaml', line, entryId: 'plan', message });
    expect(issues[0]!.fix).not.toBe('');
  });

  it('reports every problem of an entry, not just the first', () => {
    const { issues } = validate(
      '- id: plan\n  title: 12\n  question: ""\n  answer: Een plan.\n  kleur: rood\n',
    );
    expect(issues.map((i) => [i.line, i.message])).toEqual([
      [5, 'unknown field "kleur"'],
      [2, '"title" is missing or empty'],
      [3, '"question" is missing or empty'],
      [2, '"title" must be text'],
    ]);
  });

  it('refuses an entry that is not a mapping, and keeps checking the others', () => {
    const { valid, issues } = validate(`- gewoon tekst\n${PLAN}`);
    expect(valid).toEqual([['plan', 2]]);
    expect(issues).toEqual([
      expect.objectContaining({ file: 'plan.yaml', message: 'entry number 1 is not a mapping of fields' }),
    ]);
  });

  it('names an entry without id by its number', () => {
    const { valid, issues } = validate(`${PLAN}- title: Zonder id\n  question: Wat?\n  answer: Iets.\n`);
    expect(valid).toEqual([['plan', 1]]);
    expect(issues).toEqual([
      expect.objectContaining({
        message: 'entry number 2: "id" is missing or empty',
        fix: 'give the entry a non-empty id',
      }),
    ]);
    expect(issues[0]!.entryId).toBeUndefined();
  });

  // Bug: without an id, checkEntry falls back to line 1, which is where another entry
  // ("- id: plan") starts; the entry without id starts at line 5.
  it('gives an entry without id the line it starts on', () => {
    const { issues } = validate(`${PLAN}- title: Zonder id\n  question: Wat?\n  answer: Iets.\n`);
    expect(issues[0]!.line).toBe(5);
  });

  it.each<[string, string]>([
    ['an empty file', ''],
    ['only comments', '# nog leeg\n'],
  ])('reports %s as holding no entries', (_case, text) => {
    expect(validate(text).issues).toEqual([
      { file: 'plan.yaml', message: 'the file holds no entries', fix: 'add entries or delete the file' },
    ]);
  });

  it('refuses a file that is not a list', () => {
    expect(validate('id: plan\ntitle: Plan\n').issues).toEqual([
      expect.objectContaining({
        file: 'plan.yaml',
        line: 1,
        message: expect.stringMatching(/must be a YAML list/) as string,
      }),
    ]);
  });
});
