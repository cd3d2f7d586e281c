/**
 * A record log as the bot writes it: `record` stamps the time, writes one JSON
 * line and never rejects (a failed write is reported through onError, never
 * thrown into a visitor's turn). Two stores, chosen by src/sharedStorage.ts: a
 * local JSONL file, or a folder of day blobs shared by every instance. Both
 * forget records older than the retention.
 */
import type { BlobRecordLog } from './blobRecordLog';
import { JsonlAppender } from './jsonlAppender';
import { recordOlderThan, type RetainedLog, type RetentionResult } from './logRetention';

export interface RecordLog<T> {
  record(entry: T): Promise<void>;
}

export interface RecordLogOptions<T> {
  /** What is stored of an entry (e.g. its text redacted); the entry as it is by default. */
  prepare?: (entry: T) => object;
  now?: () => Date;
  onError?: (error: unknown) => void;
}

/** Records as lines of a local file (appended in batches, see JsonlAppender). */
export class JsonlRecordLog<T extends object> implements RecordLog<T>, RetainedLog {
  private readonly appender: JsonlAppender;
  private readonly prepare: (entry: T) => object;
  private readonly now: () => Date;

  constructor(
    readonly location: string,
    {
      prepare = (entry) => entry,
      now = () => new Date(),
      onError = () => undefined,
    }: RecordLogOptions<T> = {},
  ) {
    this.appender = new JsonlAppender(location, onError);
    this.prepare = prepare;
    this.now = now;
  }

  record(entry: T): Promise<void> {
    return this.appender.append(JSON.stringify({ time: this.now().toISOString(), ...this.prepare(entry) }));
  }

  async deleteOlderThan(cut: Date): Promise<RetentionResult> {
    return { deleted: await this.appender.removeLines(recordOlderThan(cut)), unit: 'records' };
  }
}

/** Records in the day blobs of a folder in the shared log container. */
export class BlobRecordSink<T extends object> implements RecordLog<T>, RetainedLog {
  readonly location: string;
  private readonly prepare: (entry: T) => object;
  private readonly now: () => Date;
  private readonly onError: (error: unknown) => void;

  constructor(
    private readonly log: BlobRecordLog<object>,
    {
      prepare = (entry) => entry,
      now = () => new Date(),
      onError = () => undefined,
    }: RecordLogOptions<T> = {},
  ) {
    this.location = log.location;
    this.prepare = prepare;
    this.now = now;
    this.onError = onError;
  }

  async record(entry: T): Promise<void> {
    try {
      await this.log.record({ time: this.now().toISOString(), ...this.prepare(entry) });
    } catch (error) {
      this.onError(error);
    }
  }

  async deleteOlderThan(cut: Date): Promise<RetentionResult> {
    return { deleted: await this.log.deleteDaysBefore(cut), unit: 'days' };
  }
}
