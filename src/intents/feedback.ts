/**
 * A click on 👍/👎 under an answer: thanks the visitor briefly and reports what
 * was rated (entry, rating, language) so the bot can log it. Nothing else
 * changes: the focus stays on what the visitor was reading.
 */
import { MESSAGES } from '../conversation/messages';
import { readFeedbackPayload, type FeedbackPayload } from '../conversation/feedbackPrompt';
import { intent } from './types';

export const feedback = intent<FeedbackPayload>({
  name: 'feedback',
  select(turn) {
    const payload = readFeedbackPayload(turn.input.value);
    // A rating of an entry that no longer exists (the knowledge was reloaded) is not recorded.
    return payload && turn.knowledge.get(payload.entryId) ? payload : undefined;
  },
  handle(_turn, payload) {
    return {
      replies: [
        {
          kind: 'notice',
          language: payload.language,
          text: MESSAGES[payload.language].feedback.thanks,
          buttons: [],
        },
      ],
      rated: { entryId: payload.entryId, rating: payload.feedback, language: payload.language },
    };
  },
});
