/**
 * Chooses where state and record logs live from the configuration: Azure Blob
 * Storage when a connection string is set (shared by every instance), else
 * this process's memory and local files (the embedded default).
 *
 * Part of composing the app, beside app.ts, not of src/state: it builds the
 * unanswered, feedback, turns and signals logs, features that sit above the
 * storage they write to (tests/layers.test.ts).
 */
import type { AzureStorageConfig } from './config';
import type { Logger } from './logger';
import { unansweredFields, type UnansweredEntry } from './unanswered/unansweredLog';
import { feedbackFields } from './feedback/feedbackLog';
import type { RatedAnswer } from './conversation/feedbackPrompt';
import { blobContainer } from './state/azureBlobs';
import { BlobRecordLog } from './state/blobRecordLog';
import { BlobStateStore } from './state/blobStateStore';
import { BreakerStateStore, FAILURES_TO_OPEN } from './state/breakerStateStore';
import { MemoryStateStore } from './state/memoryStateStore';
import type { StateStore } from './state/stateStore';
import type { RetainedLog } from './state/logRetention';
import { BlobRecordSink, JsonlRecordLog, type RecordLog } from './state/recordLog';
import { signalFields, turnFields, type TurnEntry } from './signals/records';
import type { LearningSignal } from './conversation/learningSignals';

/** A record log: its folder in the log container, what is stored of an entry, and its name in error logs. */
export interface RecordLogSpec<T> {
  name: string;
  prepare: (entry: T) => object;
  what: string;
}

/** Questions the bot could not answer, the text redacted. */
export const UNANSWERED_LOG: RecordLogSpec<UnansweredEntry> = {
  name: 'unanswered',
  prepare: unansweredFields,
  what: 'an unanswered question',
};
/** 👍/👎 ratings, with the redacted question that led to the answer. */
export const FEEDBACK_LOG: RecordLogSpec<RatedAnswer> = {
  name: 'feedback',
  prepare: feedbackFields,
  what: 'feedback',
};
/** One record per message handled, no text. */
export const TURN_LOG: RecordLogSpec<TurnEntry> = { name: 'turns', prepare: turnFields, what: 'a turn' };
/** Learning signals: chosen after an ask-back, rephrased, rated down. */
export const SIGNAL_LOG: RecordLogSpec<LearningSignal> = {
  name: 'signals',
  prepare: signalFields,
  what: 'a learning signal',
};

/** Shared state goes through a circuit breaker, so turns stop waiting for a storage that does not answer. */
export function createStateStore(azure: AzureStorageConfig | undefined, logger: Logger): StateStore {
  if (!azure) return new MemoryStateStore();
  return new BreakerStateStore(new BlobStateStore(blobContainer(azure, azure.stateContainer)), logger, {
    failuresToOpen: FAILURES_TO_OPEN,
    retryAfterMs: azure.retryAfterMs,
  });
}

/** A shared log of records in the log container, e.g. the unanswered questions or the feedback. */
export function createBlobRecordLog<T>(azure: AzureStorageConfig, name: string): BlobRecordLog<T> {
  return new BlobRecordLog<T>(blobContainer(azure, azure.logContainer), name);
}

/**
 * A log of records: day blobs in the log container's folder `name`, or lines of a local file.
 * A record that cannot be written is logged as "could not record <what>".
 */
export function createRecordLog<T extends object>(
  { name, prepare, what }: RecordLogSpec<T>,
  azure: AzureStorageConfig | undefined,
  localFile: string,
  logger: Logger,
): RecordLog<T> & RetainedLog {
  const options = {
    prepare,
    onError: (error: unknown) => logger.error(`could not record ${what}`, { error: error as Error }),
  };
  return azure
    ? new BlobRecordSink<T>(createBlobRecordLog<object>(azure, name), options)
    : new JsonlRecordLog<T>(localFile, options);
}
