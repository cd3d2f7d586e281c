/** Out-of-scope words: a word the FAQ uses is refused, on the line where the word stands. */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { validateOffTopicWords } from '../../src/knowledge/validateOffTopicWords';
import type { KnowledgeIssue } from '../../src/knowledge/issues';
import type { StoredEntry } from '../../src/knowledge/types';

const ENTRY: StoredEntry = {
  id: 'impact',
  title: 'Impact',
  question: 'Hoe meet u impact?',
  answer: 'Wie impact wil meten, meet wat verandert.',
};

function check(text: string): { words: ReadonlySet<string>; issues: KnowledgeIssue[] } {
  const issues: KnowledgeIssue[] = [];
  const file = { file: 'out-of-scope/nl.yaml', text, data: yaml.load(text) };
  return { words: validateOffTopicWords([file], [ENTRY], issues).nl, issues };
}

describe('validateOffTopicWords', () => {
  it('keeps words the FAQ does not use', () => {
    const { words, issues } = check('- prijs\n- meetbaar\n');
    expect(issues).toEqual([]);
    expect([...words]).toEqual(['prijs', 'meetbaar']);
  });

  it('refuses a word the FAQ uses on its own line, not on a longer word that starts with it', () => {
    const { words, issues } = check('# comment\n- meetbaar\n- prijs\n- meet\n');
    expect(issues.map((i) => [i.line, i.message])).toEqual([
      [4, '"meet" is used by the FAQ\'s own entries, so it cannot mark a question as out of scope'],
    ]);
    expect(words.has('meet')).toBe(false);
  });

  it('reports a refused word listed twice at each of its lines', () => {
    const { issues } = check('- meten\n- prijs\n- "meten"\n');
    expect(issues.map((i) => i.line)).toEqual([1, 3]);
  });

  it('keeps a phrase of FAQ words the FAQ never writes together, joined as the pipeline joins it', () => {
    const { words, issues } = check('- impact budget\n- wie impact wil\n');
    expect(issues.map((i) => [i.line, i.message])).toEqual([
      [
        2,
        'the phrase "wie impact wil" is used by the FAQ\'s own entries, so it cannot mark a question as out of scope',
      ],
    ]);
    expect([...words]).toEqual(['impactbudget']);
  });

  it('refuses a phrase of more than three words', () => {
    const { issues } = check('- de prijs van een training\n');
    expect(issues.map((i) => i.message)).toEqual([
      '"de prijs van een training" is not a word or a phrase of up to 3 words',
    ]);
  });
});
