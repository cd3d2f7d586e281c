/**
 * The feedback pair under every reply that shows FAQ text ("Was dit antwoord
 * nuttig?" 👍/👎). The pair carries its payload, so a click rates exactly the
 * entry it was shown under, even after the conversation moved on. The types of
 * a rating live here, once: the payload, the rating, and what a click rated.
 */
import type { Language } from '../text/language';
import type { FeedbackPrompt, Reply } from './reply';
import { MESSAGES } from './messages';
import { withFields } from '../text/withFields';

export type Rating = 'up' | 'down';

/** What a click on 👍/👎 sends back (activity.value); the feedback intent reads it. */
export interface FeedbackPayload {
  feedback: Rating;
  entryId: string;
  language: Language;
}

/**
 * A 👍/👎 click as the policy reports it: which entry was rated, how, and in which language it
 * was shown. The feedback log stores it; it is defined here, below the log, because the policy
 * (the feedback intent, respond) produces it.
 */
export interface RatedAnswer {
  entryId: string;
  rating: Rating;
  language: Language;
  /** The visitor's question that led to the rated answer (redacted), when the conversation knows it. */
  question?: string;
}

const RATED_KINDS = new Set<Reply['kind']>(['answer', 'examples']);

/** Adds the feedback pair to each reply that shows an entry's text. */
export function withFeedback(replies: Reply[]): Reply[] {
  return replies.map((reply) =>
    RATED_KINDS.has(reply.kind) && reply.entryId
      ? withFields(reply, { feedback: feedbackPrompt(reply.entryId, reply.language) })
      : reply,
  );
}

function feedbackPrompt(entryId: string, language: Language): FeedbackPrompt {
  const m = MESSAGES[language].feedback;
  const option = (rating: Rating, title: string) => ({
    title,
    payload: { feedback: rating, entryId, language } satisfies FeedbackPayload,
  });
  return { question: m.question, options: [option('up', m.up), option('down', m.down)] };
}

/** The payload of a feedback click, if the value is one (anything else: undefined). */
export function readFeedbackPayload(value: unknown): FeedbackPayload | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (v.feedback !== 'up' && v.feedback !== 'down') return undefined;
  if (typeof v.entryId !== 'string' || v.entryId.length === 0 || v.entryId.length > 200) return undefined;
  const language = v.language === 'nl' || v.language === 'en' ? v.language : undefined;
  if (!language) return undefined;
  return { feedback: v.feedback, entryId: v.entryId, language };
}
