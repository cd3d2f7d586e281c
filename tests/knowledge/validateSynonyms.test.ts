import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { validateSynonyms } from '../../src/knowledge/validateSynonyms';
import type { KnowledgeIssue } from '../../src/knowledge/issues';
import type { KnowledgeFile } from '../../src/knowledge/knowledgeFiles';

const file = (name: string, text: string): KnowledgeFile => ({ file: name, text, data: yaml.load(text) });

function validate(...files: KnowledgeFile[]) {
  const issues: KnowledgeIssue[] = [];
  const groups = validateSynonyms(files, issues);
  return { groups, issues };
}

describe('validateSynonyms', () => {
  it('reads the groups per language, normalised', () => {
    expect(
      validate(
        file(
          'synonyms/nl.yaml',
          '# kop\n- [pet, Petten, hoed]\n- [afnemer, cliënt, klant]\n- [negen, "9"]\n',
        ),
        file('synonyms/en.yaml', '- [hat, hats]\n- [customer, client]\n'),
      ),
    ).toEqual({
      groups: {
        nl: [
          ['pet', 'petten', 'hoed'],
          ['afnemer', 'client', 'klant'],
          ['negen', '9'],
        ],
        en: [
          ['hat', 'hats'],
          ['customer', 'client'],
        ],
      },
      issues: [],
    });
  });

  it('allows the same word in the Dutch and the English groups', () => {
    expect(
      validate(
        file('synonyms/nl.yaml', '- [dienst, service]\n'),
        file('synonyms/en.yaml', '- [service, dienst]\n'),
      ).issues,
    ).toEqual([]);
  });

  it.each<[string, KnowledgeFile, KnowledgeIssue]>([
    [
      'a file for another language',
      file('synonyms/de.yaml', '- [hut, mütze]\n'),
      {
        file: 'synonyms/de.yaml',
        message: 'unknown synonym file',
        fix: 'name synonym files nl.yaml or en.yaml',
      },
    ],
    [
      'a file that is not a list',
      file('synonyms/nl.yaml', 'pet: petten\n'),
      {
        file: 'synonyms/nl.yaml',
        line: 1,
        message: 'a synonym file is a list of groups',
        fix: 'write each group as "- [woord, synoniem, …]"',
      },
    ],
    [
      'a group of one word',
      file('synonyms/nl.yaml', '- [pet, petten]\n- [hoed]\n'),
      {
        file: 'synonyms/nl.yaml',
        message: 'group 2 is not a list of two or more words',
        fix: 'write it as "- [woord, synoniem]"',
      },
    ],
    [
      'a number that is not quoted',
      file('synonyms/nl.yaml', '- [negen, 9]\n'),
      {
        file: 'synonyms/nl.yaml',
        message: 'group 1 is not a list of two or more words',
        fix: 'write it as "- [woord, synoniem]"',
      },
    ],
    [
      'a phrase',
      file('synonyms/nl.yaml', '- [pet, petten]\n- [ondernemer, sociaal ondernemer]\n'),
      {
        file: 'synonyms/nl.yaml',
        line: 2,
        message: '"sociaal ondernemer" is not a single word',
        fix: "synonyms are single words; put phrases in an entry's alternatives",
      },
    ],
    [
      'a word in two groups, written differently',
      file('synonyms/nl.yaml', '- [klant, cliënt]\n- [client, afnemer]\n'),
      {
        file: 'synonyms/nl.yaml',
        line: 2,
        message: '"client" is in two synonym groups',
        fix: 'keep the word in one group',
      },
    ],
  ])('refuses %s', (_case, synonyms, issue) => {
    expect(validate(synonyms).issues).toEqual([issue]);
  });

  it('refuses a word in two groups', () => {
    // the line is checked in loadKnowledge.test.ts (it.fails: it points at the first group)
    expect(validate(file('synonyms/nl.yaml', '- [pet, hoed]\n- [hoed, hoeden]\n')).issues).toEqual([
      expect.objectContaining({
        message: '"hoed" is in two synonym groups',
        fix: 'keep the word in one group',
      }),
    ]);
  });
});
