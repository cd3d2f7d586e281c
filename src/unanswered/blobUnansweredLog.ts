/**
 * The unanswered-questions log in shared Azure Blob Storage (when configured),
 * so every instance's records end up in one place. Same record as the local
 * JSONL log: redacted text, no user ids or names.
 */
import type { BlobRecordLog } from '../state/blobRecordLog';
import type { RetainedLog, RetentionResult } from '../state/logRetention';
import { redactPersonalData } from '../text/redact';
import type { UnansweredLog, UnansweredRecord } from './unansweredLog';

export class BlobUnansweredLog implements UnansweredLog, RetainedLog {
  constructor(
    private readonly log: BlobRecordLog<UnansweredRecord>,
    private readonly now: () => Date = () => new Date(),
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  async record(entry: Omit<UnansweredRecord, 'time'>): Promise<void> {
    try {
      await this.log.record({
        time: this.now().toISOString(),
        ...entry,
        text: redactPersonalData(entry.text),
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
