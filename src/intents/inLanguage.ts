/**
 * "in English please", "kan dat in het Nederlands?": what was shown last, again, in the language the
 * visitor asks for (text/languageRequest.ts; the turn answers in it). With nothing shown yet, the
 * visitor is invited to ask, in that language, with the main topics as buttons.
 */
import type { Language } from '../text/language';
import { onlyAsksForLanguage } from '../text/languageRequest';
import { MESSAGES } from '../conversation/messages';
import { intent } from './types';
import { showEntry } from './showEntry';
import { notice } from './notice';
import { withFields } from '../text/withFields';

export const inLanguage = intent<Language>({
  name: 'inLanguage',
  select: (turn) => onlyAsksForLanguage(turn.text),
  handle(turn, language) {
    const shown = turn.focus;
    const outcome = shown
      ? showEntry(turn, shown)
      : notice(turn, MESSAGES[language].noFocus, turn.deps.replies.topicButtons(language));
    return withFields(outcome, { language });
  },
});
