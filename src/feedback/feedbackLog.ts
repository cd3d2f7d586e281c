/**
 * The log of 👍/👎 ratings, next to the unanswered-questions log: one JSON
 * object per line, appended in batches (O_APPEND) like that log. Only what was
 * rated is stored (entry, rating, language, time) and, when the conversation
 * knows it, the question that led to the answer, redacted like the unanswered
 * log: no user ids.
 */
import type { RatedAnswer } from '../conversation/feedbackPrompt';
import { JsonlRecordLog, type RecordLog } from '../state/recordLog';
import { redactPersonalData } from '../text/redact';

export interface FeedbackRecord extends RatedAnswer {
  time: string;
}

/** Where ratings go: a local file, or day blobs in Azure (src/sharedStorage.ts). */
export type FeedbackLog = RecordLog<RatedAnswer>;

/** What is stored of a rating: these fields only, the question redacted and left out when it is not known. */
export function feedbackFields(rating: RatedAnswer): RatedAnswer {
  return {
    entryId: rating.entryId,
    rating: rating.rating,
    language: rating.language,
    ...(rating.question ? { question: redactPersonalData(rating.question) } : {}),
  };
}

/** The log in a local file (the embedded default). */
export class JsonlFeedbackLog extends JsonlRecordLog<RatedAnswer> {
  constructor(location: string, now?: () => Date, onError?: (error: unknown) => void) {
    super(location, { prepare: feedbackFields, now, onError });
  }
}
