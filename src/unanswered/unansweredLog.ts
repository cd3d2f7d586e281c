/**
 * The log of questions the bot could not answer, one JSON object per line.
 * Records are appended in batches (O_APPEND, see JsonlAppender), so concurrent
 * turns never interleave or lose records. No personal data:
 * the text is redacted, and neither user ids nor names are stored.
 */
import type { Language } from '../text/language';
import { JsonlRecordLog, type RecordLog } from '../state/recordLog';
import { redactPersonalData } from '../text/redact';

export interface UnansweredRecord {
  time: string;
  text: string;
  language: Language;
  candidates: { id: string; score: number }[];
  conversationId: string;
}

/** An unanswered question as the bot hands it over; the log adds the time. */
export type UnansweredEntry = Omit<UnansweredRecord, 'time'>;

export type UnansweredLog = RecordLog<UnansweredEntry>;

/** What is stored of an unanswered question: all of it, the text redacted. */
export function unansweredFields(entry: UnansweredEntry): UnansweredEntry {
  return { ...entry, text: redactPersonalData(entry.text) };
}

/** The log in a local file (the embedded default; in Azure, day blobs: src/sharedStorage.ts). */
export class JsonlUnansweredLog extends JsonlRecordLog<UnansweredEntry> {
  constructor(location: string, now?: () => Date, onError?: (error: unknown) => void) {
    super(location, { prepare: unansweredFields, now, onError });
  }
}
