/**
 * The records of the turns log and the learning-signals log, and how they are
 * read back (kb:suggest, kb:report). A turn record holds no text; a signal
 * holds the visitor's question, redacted like the unanswered log. Neither
 * holds user ids or names.
 */
import type { Language } from '../text/language';
import type { LearningSignal, TurnOutcome, TurnSummary } from '../conversation/learningSignals';
import { redactPersonalData } from '../text/redact';

/** One visitor message the bot handled. */
export interface TurnRecord {
  time: string;
  outcome: TurnOutcome;
  intent: string;
  language: Language;
  entryId?: string;
}

export type SignalRecord = LearningSignal & { time: string };

/** What the bot hands the turns log: the turn's summary and the intent that handled it. */
export type TurnEntry = TurnSummary & { intent: string };

/** Only the turn's fields are stored, whatever else the caller passes. */
export function turnFields(turn: TurnEntry): Omit<TurnRecord, 'time'> {
  const { outcome, intent, language, entryId } = turn;
  return { outcome, intent, language, ...(entryId ? { entryId } : {}) };
}

/** Only the signal's fields are stored, its texts redacted. */
export function signalFields(signal: LearningSignal): LearningSignal {
  const text = redactPersonalData(signal.text);
  if (signal.kind === 'chosen') {
    const { kind, language, offered, chosen } = signal;
    return { kind, text, language, offered, chosen };
  }
  const { kind, language, outcome, answered } = signal;
  return { kind, text, language, outcome, answered, answeredText: redactPersonalData(signal.answeredText) };
}

const OUTCOMES = new Set(['answer', 'clarify', 'fallback', 'smalltalk', 'other']);

export function isTurnRecord(value: unknown): value is TurnRecord {
  const r = value as Partial<TurnRecord> | null;
  return (
    isTime(r?.time) &&
    OUTCOMES.has(r?.outcome ?? '') &&
    typeof r.intent === 'string' &&
    isLanguage(r.language) &&
    (r.entryId === undefined || typeof r.entryId === 'string')
  );
}

export function isSignalRecord(value: unknown): value is SignalRecord {
  const r = value as Record<string, unknown> | null;
  if (!isTime(r?.time) || typeof r?.text !== 'string' || !isLanguage(r.language)) return false;
  if (r.kind === 'chosen')
    return isStrings(r.offered) && typeof r.chosen === 'string' && r.offered.includes(r.chosen);
  return (
    r.kind === 'rephrased' &&
    (r.outcome === 'fallback' || r.outcome === 'clarify') &&
    typeof r.answered === 'string' &&
    typeof r.answeredText === 'string'
  );
}

/** The records of a JSONL log that have the expected shape; unreadable lines are counted, not fatal. */
export function parseRecords<T>(
  jsonl: string,
  isRecord: (value: unknown) => value is T,
): { records: T[]; skipped: number } {
  const records: T[] = [];
  let skipped = 0;
  for (const line of jsonl.split('\n')) {
    if (!line.trim()) continue;
    try {
      const value: unknown = JSON.parse(line);
      if (isRecord(value)) records.push(value);
      else skipped++;
    } catch {
      skipped++;
    }
  }
  return { records, skipped };
}

/** An ISO time a Date can read: a record with another "time" would land on no day. */
function isTime(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

function isLanguage(value: unknown): value is Language {
  return value === 'nl' || value === 'en';
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}
