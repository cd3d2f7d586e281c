/**
 * Loads and validates the whole knowledge directory. Either every file is valid
 * and a KnowledgeBase comes back, or a KnowledgeError lists every problem: a
 * broken knowledge base never starts a bot that silently answers less.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { readKnowledgeFiles, SOURCE_DIR } from './knowledgeFiles';
import { validateEntryShapes, type LocatedEntry } from './validateEntries';
import { validateKnowledge } from './validateKnowledge';
import { validateSynonyms } from './validateSynonyms';
import { validateOffTopicWords } from './validateOffTopicWords';
import { KnowledgeError, isError, type KnowledgeIssue } from './issues';
import { createKnowledgeBase } from './knowledgeBase';
import type { KnowledgeBase } from './types';

export interface LoadResult {
  knowledge: KnowledgeBase;
  /** Problems that do not stop loading (e.g. a missing translation). */
  warnings: KnowledgeIssue[];
}

export async function loadKnowledge(dir: string): Promise<LoadResult> {
  const { entryFiles, synonymFiles, offTopicFiles, issues } = await readKnowledgeFiles(dir);
  const sourceText = await readSourceText(dir, issues);
  const located: LocatedEntry[] = entryFiles.flatMap((file) => validateEntryShapes(file, issues));
  if (entryFiles.length === 0 && issues.length === 0) {
    issues.push({
      file: dir,
      message: 'no knowledge files (*.yaml) found',
      fix: 'run npm run kb:import, or point KNOWLEDGE_DIR at the knowledge directory',
    });
  }
  const texts = new Map(entryFiles.map((f) => [f.file, f.text]));
  issues.push(...validateKnowledge(located, texts, sourceText));
  const synonyms = validateSynonyms(synonymFiles, issues);
  const offTopic = validateOffTopicWords(
    offTopicFiles,
    located.map((l) => l.entry),
    issues,
  );
  if (issues.some(isError)) throw new KnowledgeError(issues);
  return {
    knowledge: createKnowledgeBase(
      located.map((l) => ({ ...l.entry, location: { file: l.file, line: l.line } })),
      synonyms,
      sourceText,
      offTopic,
    ),
    warnings: issues,
  };
}

/** The FAQ page text(s) in knowledge/source/, against which answers are checked word for word. */
async function readSourceText(dir: string, issues: KnowledgeIssue[]): Promise<string> {
  const sourceDir = path.join(dir, SOURCE_DIR);
  const names = await readdir(sourceDir).catch(() => [] as string[]);
  const texts = await Promise.all(
    names
      .filter((n) => n.endsWith('.txt'))
      .sort()
      .map((n) => readFile(path.join(sourceDir, n), 'utf8')),
  );
  if (texts.length === 0) {
    issues.push({
      file: `${SOURCE_DIR}/`,
      message: 'the FAQ page text is missing',
      fix: 'put the captured page in knowledge/source/*.txt',
    });
  }
  return texts.join('\n');
}
