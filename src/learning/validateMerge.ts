/**
 * Validation of the knowledge with accepted alternatives added, exactly as
 * kb:check and the bot validate it (the knowledge loader), on a copy in a temp
 * dir, so that nothing is written unless the result is valid. When it is not,
 * the groups that break it on their own are named: the loader's issues name
 * knowledge files, and staff need to know which decision to change.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { StoredEntry } from '../knowledge/types';
import { orderKeys, REVIEW_DIR, writeEntriesFile } from '../knowledge/knowledgeFiles';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { isError, KnowledgeError, type KnowledgeIssue } from '../knowledge/issues';
import { SUGGESTIONS_FILE } from './reviewFile';

/** The questions of one accepted group, to be added to one entry. */
export interface Addition {
  group: string;
  entryId: string;
  file: string;
  field: 'alternatives' | 'alternatives_en';
  questions: string[];
}

/** The entry files with the additions made (copies: the files read stay as they were). */
export function withAdditions(
  files: Map<string, StoredEntry[]>,
  additions: readonly Addition[],
): Map<string, StoredEntry[]> {
  const merged = new Map([...files].map(([file, entries]) => [file, entries.map((e) => ({ ...e }))]));
  for (const a of additions) {
    const entry = merged.get(a.file)!.find((e) => e.id === a.entryId)!;
    entry[a.field] = [...(entry[a.field] ?? []), ...a.questions];
  }
  return merged;
}

/** The groups that make the knowledge invalid on their own (an out-of-scope word the FAQ would then use, …). */
export async function culprits(
  dir: string,
  files: Map<string, StoredEntry[]>,
  additions: readonly Addition[],
  lineOfGroup: (group: string) => number | undefined = () => undefined,
): Promise<KnowledgeIssue[]> {
  const found: KnowledgeIssue[] = [];
  for (const addition of additions) {
    const [problem] = await validateMerged(dir, withAdditions(files, [addition]), [addition]);
    if (!problem) continue;
    const line = lineOfGroup(addition.group);
    found.push({
      file: SUGGESTIONS_FILE,
      ...(line ? { line } : {}),
      entryId: addition.group,
      message: `its questions would make the knowledge invalid (${problem.file}: ${problem.message})`,
      fix: `reject the group, or give it another entry id; or ${problem.fix}`,
    });
  }
  return found;
}

/** Loads a copy of the knowledge with the changed files, exactly as the bot would; its errors, if any. */
export async function validateMerged(
  dir: string,
  files: Map<string, StoredEntry[]>,
  additions: readonly Addition[],
): Promise<KnowledgeIssue[]> {
  const copy = await mkdtemp(path.join(os.tmpdir(), 'kb-accept-'));
  try {
    await cp(dir, copy, {
      recursive: true,
      filter: (source) => path.relative(dir, source).split(path.sep)[0] !== REVIEW_DIR,
    });
    for (const file of new Set(additions.map((a) => a.file)))
      await writeEntriesFile(path.join(copy, file), files.get(file)!.map(orderKeys));
    await loadKnowledge(copy);
    return [];
  } catch (error) {
    if (error instanceof KnowledgeError) return error.issues.filter(isError);
    throw error;
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}
