/**
 * What a turn teaches about the knowledge, decided by the pure policy from the
 * turn and the memory (no I/O): the turn's outcome for the turns log, and the
 * learning signals. A visitor who was asked back ("Bedoelt u
 * …?") and picked an option in the next turn chose it; a visitor who was asked
 * back or fell back and, within PENDING_TURNS turns, asked something that was
 * answered rephrased the question. Texts are redacted before they are kept.
 */
import type { KnowledgeBase } from '../knowledge/types';
import type { Language } from '../text/language';
import { normalizeText } from '../text/normalize';
import { redactPersonalData } from '../text/redact';
import { PENDING_TURNS, type AnsweredQuestion, type PendingQuestion } from './memory';
import type { Reply } from './reply';

/** What a turn came to, for the turns log: an FAQ text shown, asked back, fell back, small talk, anything else. */
export type TurnOutcome = 'answer' | 'clarify' | 'fallback' | 'smalltalk' | 'other';

export interface TurnSummary {
  outcome: TurnOutcome;
  language: Language;
  /** The entry whose FAQ text an answer showed. */
  entryId?: string;
}

export interface ChosenSignal {
  kind: 'chosen';
  text: string;
  language: Language;
  offered: string[];
  chosen: string;
}

export interface RephrasedSignal {
  kind: 'rephrased';
  text: string;
  language: Language;
  outcome: 'fallback' | 'clarify';
  answered: string;
  answeredText: string;
}

export type LearningSignal = ChosenSignal | RephrasedSignal;

/**
 * The intents that judge the visitor's own words against the knowledge. Only their ask-backs and
 * fallbacks wait for a signal, and only their answers count as a rephrasing: "de eerste" after a
 * fallback shows an item of an earlier list, not an answer to the question.
 */
const ASKING_INTENTS: ReadonlySet<string> = new Set(['faqQuestion', 'whichItem', 'besideItem']);

const OUTCOMES: Partial<Record<Reply['kind'], TurnOutcome>> = {
  answer: 'answer',
  examples: 'answer',
  clarify: 'clarify',
  fallback: 'fallback',
  smalltalk: 'smalltalk',
};

export function summarizeTurn(replies: readonly Reply[], language: Language): TurnSummary {
  const shown = replies.find((r) => OUTCOMES[r.kind] === 'answer' && r.entryId);
  if (shown?.entryId) return { outcome: 'answer', language: shown.language, entryId: shown.entryId };
  const first = replies[0];
  return { outcome: (first && OUTCOMES[first.kind]) ?? 'other', language: first?.language ?? language };
}

export interface LearningInput {
  intent: string;
  /** What the visitor asked (the text without "Andere vraag:"). */
  question: string;
  language: Language;
  summary: TurnSummary;
  /** The entries the turn offered: a clarification's options, a fallback's nearest topics. */
  offered: readonly string[];
  pending: PendingQuestion | undefined;
  answered: AnsweredQuestion | undefined;
  knowledge: KnowledgeBase;
}

export interface Learned {
  signal?: LearningSignal;
  pending?: PendingQuestion;
  answered?: AnsweredQuestion;
}

export function learnFromTurn(input: LearningInput): Learned {
  const { intent, summary, pending } = input;
  const asking = ASKING_INTENTS.has(intent);
  const signal = pending ? signalFor(input, pending) : undefined;
  const text = redactPersonalData(input.question);
  let answered = input.answered;
  if (signal?.kind === 'chosen') answered = { text: signal.text, entryId: signal.chosen };
  else if (asking && summary.outcome === 'answer' && summary.entryId)
    answered = { text, entryId: summary.entryId };
  // Field by field, not as conditional spreads: an object begun by a spread and given more fields
  // (here the second spread, or the pending question below) gets a hidden class of its own on
  // Node 20, about 1.5 µs a turn (see text/withFields.ts).
  const learned: Learned = {};
  if (signal) learned.signal = signal;
  if (answered) learned.answered = answered;
  if (asking && (summary.outcome === 'clarify' || summary.outcome === 'fallback') && text.trim()) {
    learned.pending = {
      text,
      language: input.language,
      outcome: summary.outcome,
      offered: [...input.offered],
      turnsLeft: PENDING_TURNS,
    };
  } else if (!signal && pending && pending.turnsLeft > 1) {
    learned.pending = { ...pending, turnsLeft: pending.turnsLeft - 1 };
  }
  return learned;
}

function signalFor(input: LearningInput, pending: PendingQuestion): LearningSignal | undefined {
  const { summary, intent } = input;
  const entryId = summary.outcome === 'answer' ? summary.entryId : undefined;
  if (!entryId) return undefined;
  const offered = pending.offered.includes(entryId);
  // Chosen: one of the options, in the very next turn, by a click, "de eerste" or typing it.
  if (pending.outcome === 'clarify' && offered && pending.turnsLeft === PENDING_TURNS) {
    const { text, language } = pending;
    return { kind: 'chosen', text, language, offered: pending.offered, chosen: entryId };
  }
  if (!ASKING_INTENTS.has(intent)) return undefined;
  // A click on a button that was not offered for the question (the FAQ's main topics under a
  // fallback that found nothing near) is browsing, not a rephrasing.
  if (!offered && isOwnQuestion(input.knowledge, entryId, input.question)) return undefined;
  return {
    kind: 'rephrased',
    text: pending.text,
    language: pending.language,
    outcome: pending.outcome,
    answered: entryId,
    answeredText: redactPersonalData(input.question),
  };
}

/** Whether the text is the entry's own question or title (what its button sends), in either language. */
function isOwnQuestion(knowledge: KnowledgeBase, entryId: string, text: string): boolean {
  const entry = knowledge.get(entryId);
  if (!entry) return false;
  const key = normalizeText(text);
  const own = [entry.question, entry.title, entry.translation_en?.question, entry.translation_en?.title];
  return own.some((t) => t !== undefined && normalizeText(t) === key);
}
