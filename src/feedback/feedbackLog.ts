/**
 * The log of 👍/👎 ratings, next to the unanswered-questions log: one JSON
 * object per line, appended in batches (O_APPEND) like that log. Only what was
 * rated is stored (entry, rating, language, time) and, when the conversation
 * knows it, the question that led to the answer, redacted like the unanswered
 * log: no user ids.
 */
import type { RatedAnswer } from '../conversation/feedbackPrompt';
import { JsonlAppender } from '../state/jsonlAppender';
import { recordOlderThan, type RetainedLog, type RetentionResult } from '../state/logRetention';
import { redactPersonalData } from '../text/redact';

export interface FeedbackRecord extends RatedAnswer {
  time: string;
}

/** Where ratings go; a Blob-backed implementation can replace the file in Azure. */
export interface FeedbackLog {
  record(rating: RatedAnswer): Promise<void>;
}

/** The rated answer's question, redacted; nothing when it is not known. */
export function questionOf(rating: RatedAnswer): { question?: string } {
  return rating.question ? { question: redactPersonalData(rating.question) } : {};
}

export class JsonlFeedbackLog implements FeedbackLog, RetainedLog {
  private readonly appender: JsonlAppender;

  constructor(
    readonly location: string,
    private readonly now: () => Date = () => new Date(),
    onError: (error: unknown) => void = () => undefined,
  ) {
    this.appender = new JsonlAppender(location, onError);
  }

  record(rating: RatedAnswer): Promise<void> {
    const record: FeedbackRecord = {
      time: this.now().toISOString(),
      entryId: rating.entryId,
      rating: rating.rating,
      language: rating.language,
      ...questionOf(rating),
    };
    // A failed write is reported, never thrown into the visitor's turn.
    return this.appender.append(JSON.stringify(record));
  }

  async deleteOlderThan(cut: Date): Promise<RetentionResult> {
    return { deleted: await this.appender.removeLines(recordOlderThan(cut)), unit: 'records' };
  }
}
