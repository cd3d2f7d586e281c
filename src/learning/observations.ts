/**
 * The records of the logs as evidence about one visitor question each: which
 * entry the visitor reached after it (chosen, rephrased), that an answer to it
 * disappointed (rated down), or that the bot had nothing (unanswered).
 */
import type { Language } from '../text/language';
import type { SignalRecord } from '../signals/records';
import type { UnansweredRecord } from '../unanswered/unansweredLog';
import type { FeedbackRecord } from '../feedback/feedbackLog';

export type ObservationKind = 'chosen' | 'rephrased' | 'ratedDown' | 'unanswered';

export interface Observation {
  kind: ObservationKind;
  /** The visitor's question (redacted when it was recorded). */
  text: string;
  language: Language;
  /** chosen, rephrased: the entry the visitor reached; ratedDown: the entry that disappointed. */
  entryId?: string;
  /**
   * Whether this record is one time the question was asked. A question rephrased after a fallback
   * was also recorded as unanswered: counted there, not twice.
   */
  asked: boolean;
  /** unanswered: the entries the matcher found nearest at the time. */
  candidates?: { id: string; score: number }[];
}

export interface LearningRecords {
  signals: readonly SignalRecord[];
  unanswered: readonly UnansweredRecord[];
  feedback: readonly FeedbackRecord[];
}

export function observationsFrom({ signals, unanswered, feedback }: LearningRecords): Observation[] {
  const observations: Observation[] = [];
  for (const s of signals) {
    if (s.kind === 'chosen')
      observations.push({
        kind: 'chosen',
        text: s.text,
        language: s.language,
        entryId: s.chosen,
        asked: true,
      });
    else
      observations.push({
        kind: 'rephrased',
        text: s.text,
        language: s.language,
        entryId: s.answered,
        asked: s.outcome === 'clarify',
      });
  }
  for (const u of unanswered) {
    observations.push({
      kind: 'unanswered',
      text: u.text,
      language: u.language,
      asked: true,
      candidates: u.candidates ?? [],
    });
  }
  for (const f of feedback) {
    if (f.rating !== 'down' || !f.question) continue;
    observations.push({
      kind: 'ratedDown',
      text: f.question,
      language: f.language,
      entryId: f.entryId,
      asked: true,
    });
  }
  return observations.filter((o) => o.text.trim() !== '');
}
