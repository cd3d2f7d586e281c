/**
 * kb:accept's logic: merges the questions of the groups staff accepted into
 * the entries as alternatives (Dutch) or alternatives_en (English), skipping
 * questions that already are a phrasing anywhere, and validates the result
 * exactly as kb:check and the bot do (the knowledge loader, on a copy). Only a
 * valid result is written; otherwise nothing is. Rejected groups move to
 * rejected.yaml, accepted ones leave suggestions.yaml, pending ones stay.
 */
import path from 'node:path';
import type { StoredEntry } from '../knowledge/types';
import type { Language } from '../text/language';
import { orderKeys, readKnowledgeFiles, writeEntriesFile } from '../knowledge/knowledgeFiles';
import { isError, KnowledgeError, type KnowledgeIssue } from '../knowledge/issues';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { culprits, validateMerged, withAdditions, type Addition } from './validateMerge';
import { questionKey } from './suggest';
import {
  GAP,
  lineOf,
  readRejected,
  readSuggestions,
  SUGGESTIONS_FILE,
  writeRejected,
  writeSuggestions,
  type Suggestion,
} from './reviewFile';

export interface AddedAlternatives {
  entryId: string;
  file: string;
  field: 'alternatives' | 'alternatives_en';
  questions: string[];
}

export interface AcceptResult {
  /** False when the review or the merged knowledge has errors: then nothing was written. */
  ok: boolean;
  issues: KnowledgeIssue[];
  added: AddedAlternatives[];
  /** Questions of accepted groups that already were a phrasing. */
  skipped: string[];
  accepted: string[];
  rejected: string[];
  pending: number;
}

interface Located {
  entry: StoredEntry;
  file: string;
}

export async function acceptSuggestions(dir: string): Promise<AcceptResult> {
  const issues: KnowledgeIssue[] = await startingProblems(dir);
  const suggestions = await readSuggestions(dir, issues);
  const rejectedBefore = await readRejected(dir, issues);
  const { entryFiles, issues: fileIssues } = await readKnowledgeFiles(dir);
  issues.push(...fileIssues);
  const files = new Map(
    entryFiles.map((f) => [
      f.file,
      Array.isArray(f.data) ? (f.data as StoredEntry[]).map((e) => ({ ...e })) : [],
    ]),
  );
  const byId = new Map<string, Located>();
  for (const [file, entries] of files) for (const entry of entries) byId.set(entry.id, { entry, file });

  const result: AcceptResult = {
    ok: false,
    issues,
    added: [],
    skipped: [],
    accepted: [],
    rejected: [],
    pending: 0,
  };
  const remaining: Suggestion[] = [];
  const accepted: { suggestion: Suggestion; target: Located }[] = [];
  for (const s of suggestions) {
    const decision = s.decision.trim();
    if (decision === 'pending') remaining.push(s);
    else if (decision === 'reject') result.rejected.push(s.group);
    else {
      const target = targetOf(s, decision, byId, issues);
      if (target) accepted.push({ suggestion: s, target });
    }
  }
  result.pending = remaining.length;
  if (issues.some(isError)) return result;

  const known = phrasings([...byId.values()].map((l) => l.entry));
  const additions: Addition[] = [];
  for (const { suggestion, target } of accepted) {
    result.accepted.push(suggestion.group);
    const fresh: string[] = [];
    for (const question of suggestion.questions) {
      const key = questionKey(suggestion.language, question);
      if (known.has(key)) result.skipped.push(question);
      else {
        known.add(key);
        fresh.push(question);
      }
    }
    if (fresh.length === 0) continue;
    const field = suggestion.language === 'nl' ? 'alternatives' : 'alternatives_en';
    additions.push({
      group: suggestion.group,
      entryId: target.entry.id,
      file: target.file,
      field,
      questions: fresh,
    });
  }

  if (additions.length > 0) {
    const merged = withAdditions(files, additions);
    const problems = await validateMerged(dir, merged, additions);
    if (problems.length > 0) {
      const lines = new Map(suggestions.map((s) => [s.group, lineOf(s)]));
      issues.push(...(await culprits(dir, files, additions, (group) => lines.get(group))), ...problems);
      return { ...result, accepted: [], rejected: [] };
    }
    for (const file of new Set(additions.map((a) => a.file)))
      await writeEntriesFile(path.join(dir, file), merged.get(file)!.map(orderKeys));
    result.added = additions.map(({ group: _group, ...added }) => added);
  }
  const rejectedNow = suggestions.filter((s) => result.rejected.includes(s.group));
  if (rejectedNow.length > 0)
    await writeRejected(dir, [
      ...rejectedBefore,
      ...rejectedNow.map(({ group, language, questions }) => ({ group, language, questions })),
    ]);
  if (result.accepted.length > 0 || result.rejected.length > 0) await writeSuggestions(dir, remaining);
  return { ...result, ok: true };
}

/** Accepting starts from valid knowledge, or a group would be blamed for what was wrong before. */
async function startingProblems(dir: string): Promise<KnowledgeIssue[]> {
  try {
    await loadKnowledge(dir);
    return [];
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    return error.issues.filter(isError);
  }
}

/** The entry a decided group goes to; a problem for staff when there is none. */
function targetOf(
  s: Suggestion,
  decision: string,
  byId: Map<string, Located>,
  issues: KnowledgeIssue[],
): Located | undefined {
  const line = lineOf(s);
  const at = { file: SUGGESTIONS_FILE, entryId: s.group, ...(line ? { line } : {}) };
  if (decision === 'accept' && s.proposal === GAP) {
    issues.push({
      ...at,
      message: 'accept on a gap: the FAQ has no entry proposed for these questions',
      fix: 'write the id of the entry that answers them as the decision, or reject the group',
    });
    return undefined;
  }
  const id = decision === 'accept' ? s.proposal : decision;
  const target = byId.get(id);
  if (!target) {
    issues.push({
      ...at,
      message:
        decision === 'accept'
          ? `the proposed entry "${id}" no longer exists`
          : `decision "${decision}" is not accept, reject, pending or the id of an entry`,
      fix: 'write accept, reject, pending, or the id of an existing entry (see knowledge/*.yaml)',
    });
  }
  return target;
}

/** Every question an entry already answers by name, per language (the keys kb:check compares). */
function phrasings(entries: StoredEntry[]): Set<string> {
  const known = new Set<string>();
  const add = (language: Language, texts: (string | undefined)[]) => {
    for (const t of texts) if (t) known.add(questionKey(language, t));
  };
  for (const e of entries) {
    add('nl', [e.question, ...(e.alternatives ?? [])]);
    add('en', [e.translation_en?.question, ...(e.alternatives_en ?? [])]);
  }
  return known;
}
