/**
 * The log of 👍/👎 ratings, next to the unanswered-questions log: one JSON
 * object per line, queued and appended (O_APPEND) like that log. Only what was
 * rated is stored (entry, rating, language, time): no user ids, no text.
 */
import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { RatedAnswer } from '../intents';

export interface FeedbackRecord extends RatedAnswer {
  time: string;
}

/** Where ratings go; a Blob-backed implementation can replace the file in Azure. */
export interface FeedbackLog {
  record(rating: RatedAnswer): Promise<void>;
}

export class JsonlFeedbackLog implements FeedbackLog {
  private queue: Promise<void> = Promise.resolve();
  private directoryReady?: Promise<unknown>;

  constructor(
    private readonly file: string,
    private readonly now: () => Date = () => new Date(),
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  record(rating: RatedAnswer): Promise<void> {
    const record: FeedbackRecord = {
      time: this.now().toISOString(),
      entryId: rating.entryId,
      rating: rating.rating,
      language: rating.language,
    };
    const line = `${JSON.stringify(record)}\n`;
    this.directoryReady ??= mkdir(path.dirname(this.file), { recursive: true });
    // A failed write is reported, never thrown into the visitor's turn.
    this.queue = this.queue
      .then(() => this.directoryReady)
      .then(() => appendFile(this.file, line, { encoding: 'utf8', flag: 'a' }))
      .catch((error: unknown) => {
        this.onError(error);
      });
    return this.queue;
  }
}
