/**
 * The 👍/👎 log in shared Azure Blob Storage (when configured), so every
 * instance's ratings end up in one place. Same record as the local JSONL log:
 * entry, rating, language, time and the redacted question; no user ids.
 */
import type { BlobRecordLog } from '../state/blobRecordLog';
import type { RetainedLog, RetentionResult } from '../state/logRetention';
import type { RatedAnswer } from '../conversation/feedbackPrompt';
import { questionOf, type FeedbackLog, type FeedbackRecord } from './feedbackLog';

export class BlobFeedbackLog implements FeedbackLog, RetainedLog {
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
        ...questionOf(rating),
      });
    } catch (error) {
      // A failed write is reported, never thrown into the visitor's turn.
      this.onError(error);
    }
  }

  get location(): string {
    return this.log.location;
  }

  async deleteOlderThan(cut: Date): Promise<RetentionResult> {
    return { deleted: await this.log.deleteDaysBefore(cut), unit: 'days' };
  }
}
