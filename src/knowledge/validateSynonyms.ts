/**
 * Synonym files (`knowledge/synonyms/nl.yaml`, `en.yaml`): a list of groups,
 * each a list of single words that mean the same to a visitor. The first word
 * of a group is the one the others are read as.
 */
import type { KnowledgeIssue } from './issues';
import type { KnowledgeFile } from './knowledgeFiles';
import { languageOfFile } from './languageFile';
import type { SynonymGroups } from './types';
import { normalizeText } from '../text/normalize';

export function validateSynonyms(files: KnowledgeFile[], issues: KnowledgeIssue[]): SynonymGroups {
  const groups: SynonymGroups = { nl: [], en: [] };
  for (const file of files) {
    const language = languageOfFile(file, 'synonym', issues);
    if (!language) continue;
    groups[language].push(...readGroups(file, issues));
  }
  return groups;
}

function readGroups(file: KnowledgeFile, issues: KnowledgeIssue[]): string[][] {
  const lines = file.text.split('\n');
  /** The line of a group that holds the word as a whole item (not as part of another word). */
  const lineOf = (word: string, groupIndex: number) => {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`(^|[\\[,\\s"'])${escaped}([\\],\\s"']|$)`);
    const groupLines = lines.map((l, i) => ({ l, i })).filter(({ l }) => /^\s*-/.test(l));
    const own = groupLines[groupIndex];
    const index =
      own && pattern.test(own.l) ? own.i : lines.findIndex((l) => /^\s*-/.test(l) && pattern.test(l));
    return index >= 0 ? index + 1 : 1;
  };
  if (!Array.isArray(file.data)) {
    issues.push({
      file: file.file,
      line: 1,
      message: 'a synonym file is a list of groups',
      fix: 'write each group as "- [woord, synoniem, …]"',
    });
    return [];
  }
  const seen = new Map<string, number>();
  const groups: string[][] = [];
  (file.data as unknown[]).forEach((group, index) => {
    if (!Array.isArray(group) || group.length < 2 || group.some((w) => typeof w !== 'string')) {
      issues.push({
        file: file.file,
        message: `group ${index + 1} is not a list of two or more words`,
        fix: 'write it as "- [woord, synoniem]"',
      });
      return;
    }
    const words = group.map((w: string) => normalizeText(w));
    for (const [i, word] of words.entries()) {
      if (!word || word.includes(' ')) {
        issues.push({
          file: file.file,
          line: lineOf(group[i] as string, index),
          message: `"${String(group[i])}" is not a single word`,
          fix: "synonyms are single words; put phrases in an entry's alternatives",
        });
      } else if (seen.has(word) && seen.get(word) !== index) {
        issues.push({
          file: file.file,
          line: lineOf(group[i] as string, index),
          message: `"${word}" is in two synonym groups`,
          fix: 'keep the word in one group',
        });
      } else seen.set(word, index);
    }
    groups.push(words);
  });
  return groups;
}
