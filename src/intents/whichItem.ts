/**
 * "Welke pet gaat over geld?", "hoe heet die eigenschap van diensten?", "which
 * hat is about money?": a question for one item of a list, named by what its
 * items are called. The answer is one of that list's items, chosen by the rest
 * of the question, never the list itself; near-ties are asked back, and when no
 * item fits the bot shows the list, so the visitor can pick.
 */
import type { KnowledgeEntry } from '../knowledge/types';
import type { Turn } from '../conversation/turn';
import { rank } from '../matching/rank';
import { asksWhichOne, findItemQuestion } from '../text/itemQuestion';
import { intent } from './types';
import { showEntry } from './showEntry';
import { clarify } from './faqQuestion';

/** How many of the best candidates must include the list or one of its items for the question to be about it. */
const NEAR_TOP = 3;

export const whichItem = intent<KnowledgeEntry[]>({
  name: 'whichItem',
  select(turn) {
    const words = turn.normalized.split(' ');
    const ids = findItemQuestion(words, turn.deps.itemNouns[turn.language], turn.language);
    const lists = ids?.map((id) => turn.knowledge.require(id)).filter((l) => l.items.length > 0);
    if (lists?.length) return nearTop(turn, lists) ? lists : undefined;
    const focus = turn.focusList;
    return focus && asksWhichOne(words, turn.language) ? [focus] : undefined;
  },
  handle(turn, lists) {
    const items = new Set(lists.flatMap((l) => l.items));
    // The words that name the list ("welke van de negen petten", "eigenschap van een sociaal
    // ondernemer") are shared by every item: the items are told apart by the rest.
    const rest = withoutListWords(turn, lists);
    const candidates = turn.deps.matcher.match(rest, {
      preferred: turn.language,
      allowed: (id) => items.has(id),
    }).candidates;
    const { itemAnswerThreshold, itemMargin } = turn.deps.options;
    const options = { ...turn.deps.options, answerThreshold: itemAnswerThreshold, clarifyMargin: itemMargin };
    const ranking = rank(candidates, options);
    switch (ranking.kind) {
      case 'answer':
        return showEntry(turn, turn.knowledge.require(ranking.best.entryId));
      case 'clarify':
        return clarify(turn, ranking.options);
      case 'none': {
        // No item fits: the list itself lets the visitor choose (with two lists, which one first).
        const [only] = lists;
        if (lists.length === 1 && only) return showEntry(turn, only);
        return clarify(
          turn,
          lists.map((l) => ({
            entryId: l.id,
            score: 0,
            language: turn.language,
            phrasingScore: 0,
            answerScore: 0,
            coverage: 0,
          })),
        );
      }
    }
  },
});

/** The question without the words that name the lists: their titles, questions and item nouns. */
function withoutListWords(turn: Turn, lists: KnowledgeEntry[]): string {
  const naming = new Set<string>();
  for (const list of lists) {
    const texts = [list.title, list.question, ...(list.itemNouns ?? [])];
    const t = list.translation_en;
    const textsEn = [...(t ? [t.title, t.question] : []), ...(list.itemNouns_en ?? [])];
    for (const stem of texts.flatMap((text) => turn.deps.matcher.analyze(text, 'nl')).map((t) => t.stem))
      naming.add(stem);
    for (const stem of textsEn.flatMap((text) => turn.deps.matcher.analyze(text, 'en')).map((t) => t.stem))
      naming.add(stem);
  }
  const kept = turn.question.split(/\s+/).filter((word) => {
    const stems = [...turn.deps.matcher.analyze(word, 'nl'), ...turn.deps.matcher.analyze(word, 'en')].map(
      (t) => t.stem,
    );
    return stems.length === 0 || !stems.some((s) => naming.has(s));
  });
  return kept.join(' ');
}

/** Whether the question is about one of these lists at all ("welke rol speelt de klant?" is about services). */
function nearTop(turn: Turn, lists: KnowledgeEntry[]): boolean {
  const related = new Set(lists.flatMap((l) => [l.id, ...l.items]));
  return turn.match.candidates.slice(0, NEAR_TOP).some((c) => related.has(c.entryId));
}
