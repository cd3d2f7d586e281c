/**
 * The conversation policy: one visitor message in, the replies and the updated
 * memory out. A pure function: no I/O, no clock, no botbuilder.
 */
import type { Language } from '../text/language';
import type { Candidate } from '../matching/scorer';
import { INTENTS, type Intent } from './index';
import { FOCUS_FIELDS, memoryWithout, type ConversationMemory } from '../conversation/memory';
import type { Reply } from '../conversation/reply';
import { listOf, Turn, type ConversationDeps, type TurnInput } from '../conversation/turn';
import { MESSAGES } from '../conversation/messages';
import { withFeedback, type RatedAnswer } from '../conversation/feedbackPrompt';
import {
  learnFromTurn,
  summarizeTurn,
  type LearningSignal,
  type TurnSummary,
} from '../conversation/learningSignals';
import { withFields } from '../text/withFields';

/** A question the bot could not answer, for the unanswered-questions log. */
export interface Unanswered {
  text: string;
  language: Language;
  candidates: { id: string; score: number }[];
}

export interface TurnResult {
  replies: Reply[];
  memory: ConversationMemory;
  /** The intent that handled the message (for logs and the staff tools). */
  intent: string;
  unanswered?: Unanswered;
  /** The visitor rated an answer (👍/👎), for the feedback log. */
  rated?: RatedAnswer;
  /** The candidates the matcher saw; empty when no intent needed the matcher. */
  candidates: Candidate[];
  /** What the turn came to, for the turns log. */
  summary: TurnSummary;
  /** What the visitor's choice or rephrasing teaches about an earlier question, for the signals log. */
  signal?: LearningSignal;
}

const DEBUG_CANDIDATES = 5;

export function respond(
  input: TurnInput,
  memory: Readonly<ConversationMemory>,
  deps: ConversationDeps,
  intents: readonly Intent[] = INTENTS,
): TurnResult {
  const remembered = knownIdsOnly(memory, deps);
  const turn = new Turn(input, remembered, deps);
  const { intent, outcome } = firstMatching(turn, intents);
  // From the turn's memory: a new topic announced as such has forgotten the old focus.
  // What the turn decides anew (the choices offered, the learning signals' questions) is set below.
  // A new focus is a fresh one (not faded).
  const next = memoryWithout(
    turn.memory,
    outcome.focusId !== undefined ? DECIDED_WITH_A_NEW_FOCUS : DECIDED_EACH_TURN,
  );
  next.debug = outcome.debug ?? memory.debug;
  if (outcome.choiceIds) next.choiceIds = outcome.choiceIds;
  if (outcome.focusId !== undefined) {
    next.focusId = outcome.focusId;
    const list = listOf(deps.knowledge, outcome.focusId);
    if (list !== undefined) next.listsShown = withLast(next.listsShown, list);
  } else if (outcome.unanswered && next.focusId !== undefined) next.focusFaded = true;
  const language = outcome.language ?? turn.detected;
  if (language) next.language = language;

  const summary = summarizeTurn(outcome.replies, turn.language);
  const learned = learnFromTurn({
    intent,
    question: turn.question,
    language: turn.language,
    summary,
    offered: outcome.offered ?? outcome.choiceIds ?? [],
    pending: memory.pending,
    answered: memory.answered,
    knowledge: deps.knowledge,
  });
  if (learned.pending) next.pending = learned.pending;
  if (learned.answered) next.answered = learned.answered;
  const rated = outcome.rated && withQuestion(outcome.rated, memory.answered);

  const shown = withFeedback(outcome.replies);
  const replies = next.debug && intent !== 'debugCommand' ? withScores(shown, turn, intent) : shown;
  const candidates = turn.matchIfComputed?.candidates ?? [];
  return {
    replies,
    memory: next,
    intent,
    candidates,
    summary,
    ...(learned.signal ? { signal: learned.signal } : {}),
    ...(rated ? { rated } : {}),
    ...(outcome.unanswered
      ? {
          unanswered: {
            text: turn.text,
            language: turn.language,
            candidates: candidates.slice(0, 3).map((c) => ({ id: c.entryId, score: round(c.score) })),
          },
        }
      : {}),
  };
}

/**
 * The memory may name entries a knowledge reload has since removed or renamed
 * (or a stored state may be corrupt): such ids are forgotten, as if nothing
 * were in focus, instead of failing the turn.
 */
function knownIdsOnly(memory: Readonly<ConversationMemory>, deps: ConversationDeps): ConversationMemory {
  const known = (id: string) => deps.knowledge.get(id) !== undefined;
  const { focusId, choiceIds } = memory;
  const checked = memoryWithout(memory, FOCUS_FIELDS);
  if (focusId !== undefined && known(focusId)) {
    checked.focusId = focusId;
    if (memory.focusFaded) checked.focusFaded = true;
  }
  if (choiceIds?.every(known)) checked.choiceIds = choiceIds;
  if (memory.listsShown) checked.listsShown = memory.listsShown.filter(known);
  return checked;
}

/** The ids with `id` moved (or added) to the end. */
function withLast(ids: readonly string[] | undefined, id: string): string[] {
  return [...(ids ?? []).filter((other) => other !== id), id];
}

const DECIDED_EACH_TURN: ReadonlySet<keyof ConversationMemory> = new Set([
  'choiceIds',
  'pending',
  'answered',
]);

const DECIDED_WITH_A_NEW_FOCUS: ReadonlySet<keyof ConversationMemory> = new Set([
  ...DECIDED_EACH_TURN,
  'focusFaded',
]);

/** A rating of the answer the remembered question led to carries that question. */
function withQuestion(rated: RatedAnswer, answered: ConversationMemory['answered']): RatedAnswer {
  return answered?.entryId === rated.entryId ? withFields(rated, { question: answered.text }) : rated;
}

function firstMatching(turn: Turn, intents: readonly Intent[]) {
  for (const intent of intents) {
    const selected = intent.select(turn);
    if (selected !== undefined) return { intent: intent.name, outcome: intent.handle(turn, selected) };
  }
  throw new Error('no intent handled the message; the last intent must accept everything');
}

/** Staff view: the best candidates and their scores under the last reply. */
function withScores(replies: Reply[], turn: Turn, intent: string): Reply[] {
  const lines = turn.match.candidates
    .slice(0, DEBUG_CANDIDATES)
    .map(
      (c, i) =>
        `${i + 1}. ${c.entryId} ${c.score.toFixed(3)} (vraag ${c.phrasingScore.toFixed(3)}, antwoord ${c.answerScore.toFixed(3)}, ${c.language})`,
    );
  const words = turn.match.tokens[turn.language]
    .map((t) => (t.typed === t.word ? t.stem : `${t.typed}→${t.word}`))
    .join(' ');
  const block = [
    '```',
    `intent: ${intent} · taal: ${turn.detected ?? '?'} → ${turn.language}`,
    `woorden: ${words || '-'}`,
    ...lines,
    '```',
  ].join('\n');
  const last = replies.at(-1);
  if (!last) return [{ kind: 'notice', language: turn.language, text: block, buttons: [] }];
  return [...replies.slice(0, -1), { ...last, text: `${last.text}\n\n${block}` }];
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/** The welcome, with the FAQ's main questions as buttons. */
export function welcome(deps: ConversationDeps, language: Language): Reply {
  return {
    kind: 'welcome',
    language,
    text: MESSAGES[language].welcome(deps.replies.topicTitles(language)),
    buttons: deps.replies.topicButtons(language),
  };
}

/** The short intro when the bot joins a team or group chat: no buttons, it is not one visitor's chat. */
export function teamIntro(language: Language): Reply {
  return { kind: 'welcome', language, text: MESSAGES[language].teamIntro, buttons: [] };
}
