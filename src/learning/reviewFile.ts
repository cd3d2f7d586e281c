/**
 * The review files in knowledge/review/: suggestions.yaml, which kb:suggest
 * writes and staff edit (decision: accept, reject or another entry id), and
 * rejected.yaml, where kb:accept keeps the groups staff rejected so they are
 * never proposed again. Read with js-yaml's safe load and checked, with the
 * file, line, group and fix for every problem, like the knowledge itself.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Language } from '../text/language';
import { REVIEW_DIR } from '../knowledge/knowledgeFiles';
import type { KnowledgeIssue } from '../knowledge/issues';

export const SUGGESTIONS_FILE = `${REVIEW_DIR}/suggestions.yaml`;
export const REJECTED_FILE = `${REVIEW_DIR}/rejected.yaml`;

/** Not in the FAQ: a question for the owner of the FAQ page, not an alternative. */
export const GAP = 'gap';

export interface Evidence {
  /** Times visitors chose the proposed entry in "Bedoelt u …?". */
  chosen: number;
  /** Times visitors reached the proposed entry by asking again after an ask-back or a fallback. */
  rephrased: number;
  /** 👎 on answers these questions led to. */
  ratedDown: number;
  /** Times the bot had no answer. */
  unanswered: number;
  /** The matcher's best candidates now, "id score". */
  matcher: string[];
}

export interface Suggestion {
  group: string;
  questions: string[];
  count: number;
  language: Language;
  /** An entry id, or GAP. */
  proposal: string;
  evidence: Evidence;
  /** pending, accept (the proposal), reject, or the id of another entry. */
  decision: string;
}

export interface RejectedGroup {
  group: string;
  language: Language;
  questions: string[];
}

const HEADER = `# Suggested alternatives from what visitors asked (npm run kb:suggest), most asked first.
# For each group set decision to:
#   accept          add the questions as alternatives of the proposed entry
#   reject          never propose these questions again (kept in rejected.yaml)
#   <entry id>      add them to that entry instead (also for a "gap" that the FAQ does answer)
#   pending         decide later
# proposal "gap": the FAQ does not answer these questions; a matter for the owner of the FAQ page.
# Then run npm run kb:accept. kb:suggest keeps the decisions made here when it runs again.
`;

const REJECTED_HEADER = `# Groups staff rejected in knowledge/review/suggestions.yaml (npm run kb:accept keeps them here).
# kb:suggest never proposes these questions again; delete a group to have it proposed again.
`;

/** The line each suggestion read from the file starts on, for messages about it. */
const LINES = new WeakMap<Suggestion, number>();

export function lineOf(suggestion: Suggestion): number | undefined {
  return LINES.get(suggestion);
}

export async function readSuggestions(dir: string, issues: KnowledgeIssue[]): Promise<Suggestion[]> {
  const read = await readList(dir, SUGGESTIONS_FILE, issues);
  return read.flatMap(({ item, line }) => {
    const at = { file: SUGGESTIONS_FILE, line, ...groupOf(item) };
    const s = item as Partial<Suggestion> | null;
    const problem = suggestionProblem(s);
    if (problem) {
      issues.push({
        ...at,
        message: problem,
        fix: 'restore the group as kb:suggest wrote it, or run kb:suggest again',
      });
      return [];
    }
    if (line) LINES.set(s as Suggestion, line);
    return [s as Suggestion];
  });
}

export async function readRejected(dir: string, issues: KnowledgeIssue[]): Promise<RejectedGroup[]> {
  const read = await readList(dir, REJECTED_FILE, issues);
  return read.flatMap(({ item, line }) => {
    const r = item as Partial<RejectedGroup> | null;
    if (typeof r?.group === 'string' && isLanguage(r.language) && isStrings(r.questions))
      return [{ group: r.group, language: r.language, questions: r.questions }];
    issues.push({
      file: REJECTED_FILE,
      line,
      ...groupOf(item),
      message: 'a rejected group needs group, language (nl or en) and questions',
      fix: 'restore the group as kb:accept wrote it, or delete it to have it proposed again',
    });
    return [];
  });
}

export async function writeSuggestions(dir: string, suggestions: readonly Suggestion[]): Promise<void> {
  const body = suggestions.map(suggestionYaml).join('\n');
  await writeAtomically(path.join(dir, SUGGESTIONS_FILE), `${HEADER}\n${body || '[]\n'}`);
}

export async function writeRejected(dir: string, rejected: readonly RejectedGroup[]): Promise<void> {
  const body = rejected.length > 0 ? yaml.dump(rejected, { lineWidth: -1, quotingType: '"' }) : '[]\n';
  await writeAtomically(path.join(dir, REJECTED_FILE), `${REJECTED_HEADER}\n${body}`);
}

/** One group in the layout the design fixed: block lists, the evidence on one line. */
function suggestionYaml(s: Suggestion): string {
  const scalar = (value: unknown) => yaml.dump(value, { lineWidth: -1, quotingType: '"' }).trimEnd();
  const { chosen, rephrased, ratedDown, unanswered, matcher } = s.evidence;
  const evidence = yaml
    .dump({ chosen, rephrased, ratedDown, unanswered, matcher }, { flowLevel: 0, lineWidth: -1 })
    .trimEnd();
  return [
    `- group: ${scalar(s.group)}`,
    '  questions:',
    ...s.questions.map((q) => `    - ${scalar(q)}`),
    `  count: ${s.count}`,
    `  language: ${s.language}`,
    `  proposal: ${scalar(s.proposal)}`,
    `  evidence: ${evidence}`,
    `  decision: ${scalar(s.decision)}`,
    '',
  ].join('\n');
}

async function readList(
  dir: string,
  file: string,
  issues: KnowledgeIssue[],
): Promise<{ item: unknown; line?: number }[]> {
  let text: string;
  try {
    text = await readFile(path.join(dir, file), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  let data: unknown;
  try {
    data = yaml.load(text, { filename: file });
  } catch (error) {
    const line = error instanceof yaml.YAMLException ? error.mark.line + 1 : undefined;
    issues.push({
      file,
      ...(line ? { line } : {}),
      message: `YAML syntax: ${error instanceof yaml.YAMLException ? error.reason : String(error)}`,
      fix: 'correct the YAML at that line (indentation, a missing colon, an unclosed quote)',
    });
    return [];
  }
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) {
    issues.push({
      file,
      message: 'the file must be a list of groups',
      fix: 'start each group with "- group:"',
    });
    return [];
  }
  return data.map((item: unknown) => {
    const line = lineOfGroup(text, groupOf(item).entryId);
    return { item, ...(line ? { line } : {}) };
  });
}

function suggestionProblem(s: Partial<Suggestion> | null): string | undefined {
  if (typeof s?.group !== 'string' || s.group === '') return 'the group has no id (group:)';
  if (!isStrings(s.questions) || s.questions.length === 0) return 'questions must be a list of questions';
  if (!isLanguage(s.language)) return 'language must be nl or en';
  if (typeof s.proposal !== 'string' || s.proposal === '') return 'proposal must be an entry id or gap';
  if (typeof s.decision !== 'string' || s.decision.trim() === '')
    return 'decision must be accept, reject, pending or an entry id';
  if (typeof s.count !== 'number') return 'count must be a number';
  if (typeof s.evidence !== 'object' || s.evidence === null) return 'evidence is missing';
  return undefined;
}

function groupOf(item: unknown): { entryId?: string } {
  const group = (item as { group?: unknown } | null)?.group;
  return typeof group === 'string' ? { entryId: group } : {};
}

function lineOfGroup(text: string, group: string | undefined): number | undefined {
  if (!group) return undefined;
  const index = text.split('\n').findIndex((l) => /^-\s+group:/.test(l) && l.includes(group));
  return index >= 0 ? index + 1 : undefined;
}

async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.tmp-${process.pid}`;
  await writeFile(temp, text, 'utf8');
  await rename(temp, file);
}

function isLanguage(value: unknown): value is Language {
  return value === 'nl' || value === 'en';
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}
