/**
 * The 👍/👎 log in shared Azure Blob Storage (when configured), so every
 * instance's ratings end up in one place. Same record as the local JSONL log:
 * entry, rating, language and time; no user ids, no text.
 */
import type { BlobRecordLog } from '../state/blobRecordLog';
import type { RatedAnswer } from '../intents';
import type { FeedbackLog, FeedbackRecord } from './feedbackLog';

export class BlobFeedbackLog implements FeedbackLog {
  constructor(
    private readonly log: BlobRecordLog<FeedbackRecord>,
    private readonly now: () => Date = () => new Date(),
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  async record(rating: RatedAnswer): Promise<void> {
    try {
      await this.log.record({
        time: this.now().toISOString(),
        entryId: rating.entryId,
        rating: rating.rating,
        language: rating.language,
      });
    } catch (error) {
      // A failed write is reported, never thrown into the visitor's turn.
      this.onError(error);
    }
  }
}
