import { describe, expect, it } from 'vitest';
import { KnowledgeError, formatIssue, isError, type KnowledgeIssue } from '../../src/knowledge/issues';

const error: KnowledgeIssue = {
  file: 'negen-petten.yaml',
  line: 12,
  entryId: 'pet-strateeg',
  message: 'follow-up "pet-x" does not exist',
  fix: 'use the id of an existing entry, or remove it',
};
const warning: KnowledgeIssue = {
  file: 'contact.yaml',
  line: 6,
  entryId: 'contact',
  severity: 'warning',
  message: 'no English translation: English visitors get the Dutch text',
  fix: 'add translation_en with title, question and answer',
};
const fileOnly: KnowledgeIssue = {
  file: 'leeg.yaml',
  message: 'the file holds no entries',
  fix: 'add entries or delete the file',
};

describe('formatIssue', () => {
  it.each<[KnowledgeIssue, string]>([
    [
      error,
      'negen-petten.yaml:12 [pet-strateeg] error: follow-up "pet-x" does not exist\n    fix: use the id of an existing entry, or remove it',
    ],
    [
      warning,
      'contact.yaml:6 [contact] warning: no English translation: English visitors get the Dutch text\n    fix: add translation_en with title, question and answer',
    ],
    [fileOnly, 'leeg.yaml error: the file holds no entries\n    fix: add entries or delete the file'],
  ])('%#: names file, line and entry', (issue, formatted) => {
    expect(formatIssue(issue)).toBe(formatted);
  });
});

describe('KnowledgeError', () => {
  it('keeps every issue and lists only the errors in its message', () => {
    const thrown = new KnowledgeError([warning, error, fileOnly]);
    expect(thrown.issues).toEqual([warning, error, fileOnly]);
    expect(thrown.message).toBe(
      `the knowledge base has 2 error(s):\n${formatIssue(error)}\n${formatIssue(fileOnly)}`,
    );
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown.name).toBe('KnowledgeError');
    expect([warning, error, fileOnly].map(isError)).toEqual([false, true, true]);
  });
});
