/**
 * Concepts and item nouns that loadKnowledge refuses, each from a fixture directory under
 * tests/fixtures/knowledge/: the error names the file, the line of the field, the entry and a fix.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { KnowledgeError, formatIssue, isError, type KnowledgeIssue } from '../../src/knowledge/issues';
import { MAX_CONCEPT_WORDS } from '../../src/knowledge/validateConcepts';

const FIXTURES = path.join(__dirname, '../fixtures/knowledge');

async function errorsOf(name: string): Promise<KnowledgeIssue[]> {
  const error = await loadKnowledge(path.join(FIXTURES, name)).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KnowledgeError);
  return (error as KnowledgeError).issues.filter(isError);
}

describe('loadKnowledge: concepts and item nouns', () => {
  it.each<[fixture: string, file: string, line: number, entryId: string, message: string, fix: RegExp]>([
    [
      'concept-too-long',
      'plan.yaml',
      6,
      'goed-plan',
      `the concept "hoe schrijf ik een plan" has 5 words; a concept is a word or a short phrase (at most ${MAX_CONCEPT_WORDS})`,
      /put a whole question in alternatives/,
    ],
    [
      'concept-twice',
      'plan.yaml',
      6,
      'goed-plan',
      'the concept "email" is listed twice',
      /remove one of the two/,
    ],
    ['concept-no-words', 'plan.yaml', 6, 'goed-plan', 'the concept "?!" has no words', /remove it/],
    [
      'item-nouns-not-a-list',
      'plan.yaml',
      6,
      'goed-plan',
      '"itemNouns" is only for a list, and no entry has "goed-plan" as its parent',
      /parent: goed-plan/,
    ],
    [
      'item-noun-two-words',
      'petten.yaml',
      11,
      'drie-petten',
      '"rode pet" is not a single word',
      /in one word and singular/,
    ],
  ])('refuses the fixture %s: %s line %i, entry %s', async (fixture, file, line, entryId, message, fix) => {
    const errors = await errorsOf(fixture);
    expect(errors).toHaveLength(1);
    const [issue] = errors as [KnowledgeIssue];
    expect(issue).toMatchObject({ file, line, entryId, message });
    expect(issue.fix).toMatch(fix);
    expect(formatIssue(issue)).toBe(`${file}:${line} [${entryId}] error: ${message}\n    fix: ${issue.fix}`);
  });

  it('accepts a concept of the longest length allowed', async () => {
    const { knowledge } = await loadKnowledge(path.join(FIXTURES, 'concept-longest'));
    const concepts = knowledge.require('goed-plan').concepts ?? [];
    expect(concepts.map((c) => c.split(' ').length)).toEqual([MAX_CONCEPT_WORDS]);
  });
});
