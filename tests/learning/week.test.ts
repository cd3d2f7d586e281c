/**
 * The learning loop end to end: a simulated week of conversations
 * (tests/fixtures/learning/week.yaml) runs through the real bot, which records
 * turns, signals, unanswered questions and ratings in a temp dir; kb:suggest's
 * logic groups them into suggestions; all proposals are accepted (kb:accept's
 * logic) in a copy of knowledge/; the bot's knowledge is reloaded from there,
 * as the hot reload does; and the week's questions are asked again.
 */
import os from 'node:os';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { DEFAULT_MATCHER_OPTIONS } from '../../src/matching/matcherOptions';
import { LiveConversation } from '../../src/reload/liveConversation';
import { BotConversation } from '../../src/bot/botDriver';
import { Judge } from '../../src/eval/judge';
import { silentLogger } from '../../src/logger';
import { JsonlRecordLog } from '../../src/state/recordLog';
import { JsonlUnansweredLog } from '../../src/unanswered/unansweredLog';
import { JsonlFeedbackLog } from '../../src/feedback/feedbackLog';
import {
  isSignalRecord,
  isTurnRecord,
  parseRecords,
  signalFields,
  turnFields,
} from '../../src/signals/records';
import { parseLog } from '../../src/unanswered/summarize';
import { parseFeedbackLog } from '../../src/feedback/summarizeFeedback';
import { observationsFrom } from '../../src/learning/observations';
import { suggest } from '../../src/learning/suggest';
import { nearestWith, stemsWith } from '../../src/learning/matcherViews';
import {
  GAP,
  readSuggestions,
  SUGGESTIONS_FILE,
  writeSuggestions,
  type Suggestion,
} from '../../src/learning/reviewFile';
import type { KnowledgeIssue } from '../../src/knowledge/issues';
import { acceptSuggestions, type AcceptResult } from '../../src/learning/acceptSuggestions';
import type { TurnEntry } from '../../src/signals/records';
import type { LearningSignal } from '../../src/conversation/learningSignals';

interface Conversation {
  day: number;
  expect: string;
  steps: ({ say: string } | { click: string })[];
}

const WEEK = yaml.load(
  readFileSync(path.join(__dirname, '../fixtures/learning/week.yaml'), 'utf8'),
) as Conversation[];
const MONDAY = Date.parse('2026-11-23T09:00:00Z');

let dir: string;
let knowledgeDir: string;
let live: LiveConversation;
let judge: Judge;
let before: boolean[];
let suggestions: Suggestion[];
let accepted: AcceptResult;
let firstAttempt: AcceptResult;
let refused: string[];
let unchangedWhenRefused: boolean;
let after: boolean[];

const firstQuestion = (c: Conversation) => ('say' in c.steps[0]! ? c.steps[0].say : '');

/** Whether the bot answers each conversation's first question right, each in a new conversation. */
async function answeredRight(): Promise<boolean[]> {
  const right: boolean[] = [];
  for (const c of WEEK) {
    const conversation = new BotConversation(() => live.current());
    await conversation.start();
    right.push(judge.judge(await conversation.say(firstQuestion(c)), c.expect).ok);
  }
  return right;
}

/** Plays the week, each conversation at its own time of its day, with the logs in the temp dir. */
async function playWeek(): Promise<void> {
  let now = new Date(MONDAY);
  const clock = () => now;
  const logs = {
    unanswered: new JsonlUnansweredLog(path.join(dir, 'unanswered.jsonl'), clock),
    feedback: new JsonlFeedbackLog(path.join(dir, 'feedback.jsonl'), clock),
    turns: new JsonlRecordLog<TurnEntry>(path.join(dir, 'turns.jsonl'), { prepare: turnFields, now: clock }),
    signals: new JsonlRecordLog<LearningSignal>(path.join(dir, 'signals.jsonl'), {
      prepare: signalFields,
      now: clock,
    }),
  };
  for (const [i, c] of WEEK.entries()) {
    now = new Date(MONDAY + (c.day - 1) * 86_400_000 + i * 1_800_000);
    const conversation = new BotConversation(() => live.current(), logs);
    await conversation.start();
    for (const step of c.steps) await conversation.send(step);
    await conversation.flushLogs();
  }
}

/** Staff's decisions in knowledge/review/suggestions.yaml. */
async function decide(decision: (s: Suggestion) => string): Promise<void> {
  const issues: KnowledgeIssue[] = [];
  const written = await readSuggestions(knowledgeDir, issues);
  expect(issues).toEqual([]);
  await writeSuggestions(
    knowledgeDir,
    written.map((s) => ({ ...s, decision: decision(s) })),
  );
}

/** The text of every knowledge file, to see that a refused kb:accept wrote nothing. */
async function knowledgeFiles(): Promise<string> {
  const names = (await readdir(knowledgeDir)).filter((n) => n.endsWith('.yaml')).sort();
  return (await Promise.all(names.map((n) => readFile(path.join(knowledgeDir, n), 'utf8')))).join('\n');
}

async function log(name: string): Promise<string> {
  return readFile(path.join(dir, name), 'utf8').catch(() => '');
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'learning-week-'));
  knowledgeDir = path.join(dir, 'knowledge');
  await cp('knowledge', knowledgeDir, { recursive: true });
  const { knowledge } = await loadKnowledge(knowledgeDir);
  live = new LiveConversation(knowledge, {
    dir: knowledgeDir,
    matcher: DEFAULT_MATCHER_OPTIONS,
    debugAllowed: false,
    logger: silentLogger,
  });
  judge = new Judge(knowledge);
  before = await answeredRight();

  await playWeek();
  const deps = live.current();
  suggestions = suggest({
    observations: observationsFrom({
      signals: parseRecords(await log('signals.jsonl'), isSignalRecord).records,
      unanswered: parseLog(await log('unanswered.jsonl')).records,
      feedback: parseFeedbackLog(await log('feedback.jsonl')).records,
    }),
    knowledge: deps.knowledge,
    stemsOf: stemsWith(deps.matcher),
    nearest: nearestWith(deps.matcher),
  });
  await writeSuggestions(knowledgeDir, suggestions);

  // Staff accept every proposal (gaps are for the owner of the FAQ page) and run kb:accept. When it
  // refuses a group, they reject that one and run it again.
  await decide((s) => (s.proposal === GAP ? 'pending' : 'accept'));
  const knowledgeBefore = await knowledgeFiles();
  firstAttempt = await acceptSuggestions(knowledgeDir);
  refused = firstAttempt.ok
    ? []
    : firstAttempt.issues.flatMap((i) => (i.file === SUGGESTIONS_FILE && i.entryId ? [i.entryId] : []));
  unchangedWhenRefused = firstAttempt.ok || (await knowledgeFiles()) === knowledgeBefore;
  await decide((s) => (refused.includes(s.group) ? 'reject' : s.decision));
  accepted = await acceptSuggestions(knowledgeDir);
  await live.reload();
  after = await answeredRight();
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The entry each question of the week is about, by its text. */
const expected = new Map(
  WEEK.flatMap((c) => c.steps.flatMap((s) => ('say' in s ? [[s.say, c.expect] as const] : []))),
);

describe('a simulated week, then kb:suggest, kb:accept and the hot reload', () => {
  it('records one turn per message and the signals of the week, without user ids', async () => {
    const turns = parseRecords(await log('turns.jsonl'), isTurnRecord);
    const messages = WEEK.reduce((n, c) => n + c.steps.length, 0);
    expect(turns).toEqual({ records: expect.any(Array) as unknown, skipped: 0 });
    expect(turns.records).toHaveLength(messages);
    const signals = parseRecords(await log('signals.jsonl'), isSignalRecord);
    expect(signals.skipped).toBe(0);
    expect(signals.records.filter((s) => s.kind === 'chosen').length).toBeGreaterThanOrEqual(3);
    expect(signals.records.filter((s) => s.kind === 'rephrased').length).toBeGreaterThanOrEqual(8);
    const feedback = parseFeedbackLog(await log('feedback.jsonl')).records;
    expect(feedback.find((f) => f.rating === 'down')?.question).toBe(
      'waarom moet je soms tegen de regels in gaan',
    );
    const all = [await log('turns.jsonl'), await log('signals.jsonl'), await log('feedback.jsonl')].join('');
    expect(all).not.toMatch(/"(user|from|conversation)/i);
  });

  it('proposes for each group the entry its visitors reached, and "gap" where nothing led anywhere', () => {
    expect(suggestions.length).toBeGreaterThan(0);
    for (const s of suggestions) {
      const about = new Set(s.questions.map((q) => expected.get(q)));
      if (s.proposal === GAP) continue;
      expect(about, `group ${s.group}: ${s.questions.join(' | ')}`).toEqual(new Set([s.proposal]));
    }
    const gaps = suggestions.filter((s) => s.proposal === GAP).flatMap((s) => s.questions);
    expect(gaps.map((q) => expected.get(q))).not.toContain(undefined);
  });

  it('writes nothing when accepting would make the knowledge invalid, and names the groups to blame', () => {
    if (firstAttempt.ok) return;
    expect(unchangedWhenRefused).toBe(true);
    expect(refused.length).toBeGreaterThan(0);
  });

  it('accepts the other proposals into the copy of the knowledge, which stays valid', () => {
    expect(accepted).toMatchObject({ ok: true, issues: [] });
    expect(accepted.accepted).toHaveLength(
      suggestions.filter((s) => s.proposal !== GAP && !refused.includes(s.group)).length,
    );
    expect(accepted.rejected).toEqual(refused);
  });

  it("answers the week's questions right after the reload, and keeps falling back on the gaps", () => {
    const proposedFor = new Set(
      suggestions.filter((s) => accepted.accepted.includes(s.group)).flatMap((s) => s.questions),
    );
    WEEK.forEach((c, i) => {
      const question = firstQuestion(c);
      if (before[i] || proposedFor.has(question)) expect(after[i], `"${question}" (${c.expect})`).toBe(true);
      if (c.expect === 'fallback') expect(after[i], `"${question}" still falls back`).toBe(true);
    });
    const wrongBefore = before.filter((ok) => !ok).length;
    const wrongAfter = after.filter((ok) => !ok).length;
    expect(wrongAfter).toBeLessThan(wrongBefore);

    const share = (right: boolean[], which: (c: Conversation) => boolean) => {
      const picked = WEEK.flatMap((c, i) => (which(c) ? [right[i]!] : []));
      return `${picked.filter(Boolean).length}/${picked.length}`;
    };
    const inScope = (c: Conversation) => c.expect !== 'fallback';
    const missed = new Set(WEEK.filter((_, i) => !before[i]));
    const gaps = suggestions.filter((s) => s.proposal === GAP).length;
    console.log(
      [
        `learning week: ${WEEK.length} conversations, ${suggestions.length} suggestions (${suggestions.length - gaps} with an entry, ${gaps} gaps), ${accepted.accepted.length} accepted (${refused.length} refused by the validation and rejected), ${accepted.added.reduce((n, a) => n + a.questions.length, 0)} alternatives added`,
        `  right first time, all questions of the week: ${share(before, () => true)} before, ${share(after, () => true)} after`,
        `  in-scope questions: ${share(before, inScope)} before, ${share(after, inScope)} after`,
        `  the in-scope questions the bot missed before: ${share(before, (c) => missed.has(c) && inScope(c))} before, ${share(after, (c) => missed.has(c) && inScope(c))} after`,
      ].join('\n'),
    );
  });
});
