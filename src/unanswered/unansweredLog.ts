/**
 * The log of questions the bot could not answer, one JSON object per line.
 * Records are appended in batches (O_APPEND, see JsonlAppender), so concurrent
 * turns never interleave or lose records. No personal data:
 * the text is redacted, and neither user ids nor names are stored.
 */
import type { Language } from '../text/language';
import { JsonlAppender } from '../state/jsonlAppender';
import { recordOlderThan, type RetainedLog, type RetentionResult } from '../state/logRetention';
import { redactPersonalData } from '../text/redact';

export interface UnansweredRecord {
  time: string;
  text: string;
  language: Language;
  candidates: { id: string; score: number }[];
  conversationId: string;
}

export interface UnansweredLog {
  record(entry: Omit<UnansweredRecord, 'time'>): Promise<void>;
}

export class JsonlUnansweredLog implements UnansweredLog, RetainedLog {
  private readonly appender: JsonlAppender;

  constructor(
    readonly location: string,
    private readonly now: () => Date = () => new Date(),
    onError: (error: unknown) => void = () => undefined,
  ) {
    this.appender = new JsonlAppender(location, onError);
  }

  record(entry: Omit<UnansweredRecord, 'time'>): Promise<void> {
    const record: UnansweredRecord = {
      time: this.now().toISOString(),
      ...entry,
      text: redactPersonalData(entry.text),
    };
    // A failed write is reported, never thrown into the visitor's turn.
    return this.appender.append(JSON.stringify(record));
  }

  async deleteOlderThan(cut: Date): Promise<RetentionResult> {
    return { deleted: await this.appender.removeLines(recordOlderThan(cut)), unit: 'records' };
  }
}
