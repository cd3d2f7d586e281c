import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { validateEntryShapes, type LocatedEntry } from '../../src/knowledge/validateEntries';
import { validateKnowledge } from '../../src/knowledge/validateKnowledge';
import { isError, type KnowledgeIssue } from '../../src/knowledge/issues';

const SOURCE = `Wat zijn de drie petten?

Als ondernemer zet u één van drie petten op.

1. Denker | U bedenkt de plannen.
2. Doener | U voert de plannen uit.

Bijvoorbeeld:
• Een plan voor morgen;
• Een plan voor volgend jaar.`;

/** Validates the entries of one YAML text (shapes first, as loadKnowledge does). */
function validate(text: string, source = SOURCE): KnowledgeIssue[] {
  const shapes: KnowledgeIssue[] = [];
  const located: LocatedEntry[] = validateEntryShapes(
    { file: 'petten.yaml', text, data: yaml.load(text) },
    shapes,
  );
  expect(shapes).toEqual([]);
  return validateKnowledge(located, new Map([['petten.yaml', text]]), source);
}
const errors = (text: string, source?: string) => validate(text, source).filter(isError);

const translation = (title: string) =>
  `  translation_en:\n    title: ${title}\n    question: What is ${title}?\n    answer: ${title}.\n`;

const LIST = `- id: petten
  title: Petten
  question: Wat zijn de drie petten?
  answer: Als ondernemer zet u één van drie petten op.
${translation('Hats')}`;
const item = (id: string, position: number, parent = 'petten') => `- id: ${id}
  title: ${id}
  question: Wat doet de ${id}?
  parent: ${parent}
  position: ${position}
  answer: U bedenkt de plannen.
${translation(id)}`;

describe('validateKnowledge', () => {
  it('accepts a list with its items, answers taken from the page', () => {
    const nouns = '  itemNouns: [pet]\n  itemNouns_en: [hat]\n';
    expect(validate(LIST + nouns + item('denker', 1) + item('doener', 2))).toEqual([]);
  });

  it('warns about a list whose items have no noun, in each language it is in', () => {
    const issues = validate(LIST + item('denker', 1) + item('doener', 2));
    expect(issues.some(isError)).toBe(false);
    expect(issues.map((i) => [i.entryId, i.message])).toEqual([
      [
        'petten',
        'the list has no itemNouns: visitors cannot name its items by what they are called ("the second …")',
      ],
      [
        'petten',
        'the list has no itemNouns_en: visitors cannot name its items by what they are called ("the second …")',
      ],
    ]);
    expect(issues[0]!.fix).toMatch(/^add itemNouns: what one item is called, in one word and singular/);
  });

  it('refuses an entry that lists itself as a follow-up', () => {
    expect(errors(`${LIST}  followUps: [petten]\n`)).toEqual([
      expect.objectContaining({
        line: 9,
        entryId: 'petten',
        message: 'the entry lists itself as a follow-up',
      }),
    ]);
  });

  it('refuses an item whose parent is itself an item', () => {
    expect(
      errors(LIST + item('denker', 1) + item('doener', 1, 'denker')).map((i) => [i.entryId, i.message]),
    ).toEqual([['doener', 'parent "denker" is itself a list item']]);
  });

  it('refuses two items at the same position', () => {
    expect(errors(LIST + item('denker', 1) + item('doener', 1))).toEqual([
      expect.objectContaining({
        line: 1,
        entryId: 'petten',
        message: 'the items of list "petten" have positions 1, 1',
        fix: 'number the items 1 to 2, each once',
      }),
    ]);
  });

  it('refuses a phrasing without words', () => {
    expect(errors(`${LIST}  alternatives: ["?!"]\n`).map((i) => i.message)).toEqual([
      'the phrasing "?!" has no words',
    ]);
  });

  it('treats phrasings that differ only in case, accents and punctuation as the same', () => {
    const text = `${LIST}  alternatives: ["Wat is een coördinator?"]\n${item('denker', 1)}  alternatives: ["wat is een COORDINATOR"]\n`;
    expect(errors(text).map((i) => [i.entryId, i.message])).toEqual([
      ['denker', '"wat is een COORDINATOR" is also a phrasing of "petten" (petten.yaml:1)'],
    ]);
  });

  it('refuses an English phrasing of two entries', () => {
    const text = `${LIST}  alternatives_en: ["What is denker?"]\n${item('denker', 1)}`;
    expect(errors(text).map((i) => [i.entryId, i.line, i.message])).toEqual([
      ['denker', 10, '"What is denker?" is also a phrasing of "petten" (petten.yaml:1)'],
    ]);
  });

  it('allows a Dutch and an English phrasing that read the same', () => {
    expect(errors(`${LIST}  alternatives: ["partner"]\n  alternatives_en: ["partner"]\n`)).toEqual([]);
  });

  it.each<[string, string]>([
    ['a word cut short', 'U bedenkt de plan.'],
    ['words left out', 'U bedenkt plannen.'],
    ['a paraphrase', 'U denkt de plannen uit.'],
  ])('refuses an answer with %s', (_case, answer) => {
    const text = LIST + item('denker', 1).replace('U bedenkt de plannen.', answer);
    expect(errors(text)).toEqual([
      expect.objectContaining({
        entryId: 'denker',
        line: 14,
        message: `this answer line is not on the FAQ page word for word: "${answer}"`,
      }),
    ]);
  });

  it('reads Markdown bold and bullets, case and punctuation as the words of the page', () => {
    const text = `${LIST}  examples: |-\n    **Bijvoorbeeld:**\n\n    - een plan voor morgen\n    - Een plan voor volgend jaar!\n`;
    expect(errors(text)).toEqual([]);
  });

  it('warns about examples without an English translation', () => {
    const text = `${LIST}  examples: "Bijvoorbeeld: een plan voor morgen"\n`;
    expect(validate(text)).toEqual([
      expect.objectContaining({
        line: 5,
        entryId: 'petten',
        severity: 'warning',
        message: 'the examples have no English translation',
      }),
    ]);
  });
});
