/**
 * The log of 👍/👎 ratings, next to the unanswered-questions log: one JSON
 * object per line, appended in batches (O_APPEND) like that log. Only what was
 * rated is stored (entry, rating, language, time): no user ids, no text.
 */
import type { RatedAnswer } from '../intents';
import { JsonlAppender } from '../state/jsonlAppender';

export interface FeedbackRecord extends RatedAnswer {
  time: string;
}

/** Where ratings go; a Blob-backed implementation can replace the file in Azure. */
export interface FeedbackLog {
  record(rating: RatedAnswer): Promise<void>;
}

export class JsonlFeedbackLog implements FeedbackLog {
  private readonly appender: JsonlAppender;

  constructor(
    file: string,
    private readonly now: () => Date = () => new Date(),
    onError: (error: unknown) => void = () => undefined,
  ) {
    this.appender = new JsonlAppender(file, onError);
  }

  record(rating: RatedAnswer): Promise<void> {
    const record: FeedbackRecord = {
      time: this.now().toISOString(),
      entryId: rating.entryId,
      rating: rating.rating,
      language: rating.language,
    };
    // A failed write is reported, never thrown into the visitor's turn.
    return this.appender.append(JSON.stringify(record));
  }
}
