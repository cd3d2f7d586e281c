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
import { JsonlUnansweredLog, type UnansweredLog, type UnansweredRecord } from './unanswered/unansweredLog';
import { BlobUnansweredLog } from './unanswered/blobUnansweredLog';
import { JsonlFeedbackLog, type FeedbackLog, type FeedbackRecord } from './feedback/feedbackLog';
import { BlobFeedbackLog } from './feedback/blobFeedbackLog';
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

/** The folder of the unanswered-questions log in the log container. */
export const UNANSWERED_LOG_NAME = 'unanswered';
/** The folder of the feedback (👍/👎) log in the log container. */
export const FEEDBACK_LOG_NAME = 'feedback';
/** The folder of the turns log (one record per message handled, no text) in the log container. */
export const TURN_LOG_NAME = 'turns';
/** The folder of the learning-signals log (chosen, rephrased) in the log container. */
export const SIGNAL_LOG_NAME = 'signals';

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

export function createUnansweredLog(
  azure: AzureStorageConfig | undefined,
  localFile: string,
  logger: Logger,
): UnansweredLog & RetainedLog {
  const onError = (error: unknown) =>
    logger.error('could not record an unanswered question', { error: error as Error });
  return azure
    ? new BlobUnansweredLog(
        createBlobRecordLog<UnansweredRecord>(azure, UNANSWERED_LOG_NAME),
        undefined,
        onError,
      )
    : new JsonlUnansweredLog(localFile, undefined, onError);
}

export function createFeedbackLog(
  azure: AzureStorageConfig | undefined,
  localFile: string,
  logger: Logger,
): FeedbackLog & RetainedLog {
  const onError = (error: unknown) => logger.error('could not record feedback', { error: error as Error });
  return azure
    ? new BlobFeedbackLog(createBlobRecordLog<FeedbackRecord>(azure, FEEDBACK_LOG_NAME), undefined, onError)
    : new JsonlFeedbackLog(localFile, undefined, onError);
}

export function createTurnLog(azure: AzureStorageConfig | undefined, localFile: string, logger: Logger) {
  return createRecordLog<TurnEntry>(azure, localFile, logger, {
    name: TURN_LOG_NAME,
    prepare: turnFields,
    what: 'a turn',
  });
}

export function createSignalLog(azure: AzureStorageConfig | undefined, localFile: string, logger: Logger) {
  return createRecordLog<LearningSignal>(azure, localFile, logger, {
    name: SIGNAL_LOG_NAME,
    prepare: signalFields,
    what: 'a learning signal',
  });
}

/**
 * A log of records: day blobs in the log container's folder `name`, or lines of a local file.
 * A record that cannot be written is logged as "could not record <what>".
 */
function createRecordLog<T extends object>(
  azure: AzureStorageConfig | undefined,
  localFile: string,
  logger: Logger,
  { name, prepare, what }: { name: string; prepare: (entry: T) => object; what: string },
): RecordLog<T> & RetainedLog {
  const options = {
    prepare,
    onError: (error: unknown) => logger.error(`could not record ${what}`, { error: error as Error }),
  };
  return azure
    ? new BlobRecordSink<T>(createBlobRecordLog<object>(azure, name), options)
    : new JsonlRecordLog<T>(localFile, options);
}
