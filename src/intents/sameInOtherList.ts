/**
 * "nee niet die petten, ik bedoel bij de eigenschappen van een sociaal ondernemer", "and among the
 * traits?", "en bij de kenmerken?": after an item answered a question, the visitor asks the same
 * question of another list. The question that led to the item is asked again of that list's items;
 * when none of them clearly answers it, the list is shown, so the visitor can pick.
 */
import type { KnowledgeEntry } from '../knowledge/types';
import type { Turn } from '../conversation/turn';
import { normalizedWords } from '../text/normalize';
import { isFiller, LIST_WORDS, namesOtherList } from '../text/fillerWords';
import { intent } from './types';
import { showEntry } from './showEntry';
import { listsNamed, namesOneItem } from './ordinalNouns';
import { listsKinTo, listsNamedApart, rankItems, withoutListWords } from './listItems';
import { findListQuestion } from '../text/itemQuestion';
import { pointsBack } from '../text/questionSentence';

type Asked = { list: KnowledgeEntry; shown: KnowledgeEntry; question: string };

/** Longer messages say more than "the same, over there": they are questions of their own. */
const MAX_WORDS = 14;
/** Words that say the list shown was not the one meant: "nee, niet die petten, ik bedoel …". */
const NOT = new Set(['nee', 'niet', 'no', 'not', 'nope']);
const CORRECTING = new Set([...NOT, 'bedoel', 'bedoelde', 'bedoelt', 'mean', 'meant', 'instead', 'plaats']);
/** Words that place the question in the other list: "bij de kenmerken", "among the traits". */
const IN_LIST = new Set(['bij', 'onder', 'tussen', 'among', 'amongst']);
/** "en is er ook zo'n pet voor?", "is there such a trait too?": one item like the one shown. */
const SUCH = new Set([
  ...['zon', 'zo', 'such', 'same', 'zelfde', 'hetzelfde'],
  ...[
    'vergelijkbaar',
    'vergelijkbaars',
    'vergelijkbare',
    'tegenhanger',
    'similar',
    'equivalent',
    'counterpart',
  ],
]);
/**
 * What an item does with a topic, said of the one asked for: "a hat that covers the same thing",
 * "which hat matches that?" (visitors-db), "welke pet komt daarmee overeen?".
 */
const COVERS = new Set([
  ...['covers', 'cover', 'deals', 'gaat', 'hoort', 'past', 'dekt'],
  ...['matches', 'match', 'fits', 'fit', 'corresponds', 'correspond', 'belongs', 'overeen', 'overeenkomt'],
  ...['overlapt', 'overlappen', 'overlap', 'overlaps'],
]);

export const sameInOtherList = intent<Asked>({
  name: 'sameInOtherList',
  select(turn) {
    const focus = turn.focus;
    const shown = turn.focusList;
    if (!focus || !shown || focus === shown || turn.memory.focusFaded) return undefined;
    const words = normalizedWords(turn.question).filter(Boolean);
    if (words.length > MAX_WORDS) return undefined;
    // Said as the same question elsewhere: corrected, placed among the other list's items, or one
    // item like the one shown ("is er ook een eigenschap die daarover gaat?"). What the words alone
    // tell is asked first: most messages after an item say none of it, and the lists they name were
    // most of what this intent cost (2026-12-07, respond() profiled on the bench questions).
    const correctsOrPlaces = words.some((w) => CORRECTING.has(w) || IN_LIST.has(w)) || namesOtherList(words);
    const likeTheOneShown = pointsBack(turn.question) || words.some((w) => SUCH.has(w));
    if (!correctsOrPlaces && !likeTheOneShown) return undefined;
    const named = listsNamed(turn, words).map((id) => turn.knowledge.require(id));
    const others = named.filter((l) => l.id !== shown.id);
    // "and among the traits?" after a hat: the traits of the same social entrepreneur, not of services.
    const [other, ...more] = listsKinTo(turn, listsNamedApart(turn, others), shown);
    if (!other || more.length > 0) return undefined;
    // The list shown, named again, must be the one the visitor says was not meant.
    if (named.includes(shown) && !words.some((w) => NOT.has(w))) return undefined;
    // "en welke eigenschappen heeft hij?", "en die petten?": the other list as a whole.
    const listAsked = turn.inEitherLanguage((language) =>
      findListQuestion(withoutDenied(turn, words, shown), turn.itemNounsIn(language), language),
    );
    if (listAsked?.asked || listAsked?.whole) return undefined;
    const oneLikeIt = likeTheOneShown && words.some((w) => namesOneItem(turn, w));
    if (!correctsOrPlaces && !oneLikeIt) return undefined;
    // Nothing else may be said: "en bij de kenmerken, wat is visie?" is a question of its own.
    const rest = withoutListWords(turn, turn.question, [shown, other]);
    const says = turn.deps.matcher
      .analyze(rest, turn.language)
      .filter(
        (t) =>
          !t.common &&
          !CORRECTING.has(t.typed) &&
          !IN_LIST.has(t.typed) &&
          !COVERS.has(t.typed) &&
          !SUCH.has(t.typed) &&
          !LIST_WORDS.has(t.typed) &&
          !isFiller(t.typed),
      );
    if (says.length > 0) return undefined;
    // The question that led to the item; an item reached by its number or by "volgende" was asked by no
    // question of its own, and is described by its own words ("de eerste", then "welke pet past
    // daarbij?": the hat whose words fit the first trait's; visitors-db).
    const answered = turn.memory.answered;
    const question = answered?.entryId === focus.id ? answered.text : `${focus.title} ${focus.answer}`;
    return { list: other, shown, question };
  },
  handle(turn, { list, shown, question }) {
    const { options } = turn.deps;
    // The bar of a question for one item (whichItem's): the question was asked of another list's
    // items, and its words describe one of this list's as little ("En bij de eigenschappen?" after
    // "welke rol gaat over het uitstippelen van de koers voor de lange termijn?", visitors-ct).
    const itemOptions = {
      ...options,
      answerThreshold: options.itemAnswerThreshold,
      answerCoverage: options.itemAnswerCoverage,
      answerLeadRatio: options.itemLeadRatio,
      clarifyMargin: options.itemMargin,
    };
    // "welke van die petten gaat over de centjes?" asked of the traits: "welke van die gaat over de centjes".
    const asked = withoutListWords(turn, question, [shown]);
    const { ranking } = rankItems(turn, [list], itemOptions, asked);
    return showEntry(turn, ranking.kind === 'answer' ? turn.knowledge.require(ranking.best.entryId) : list);
  },
});

/** How far after "niet" the list denied may be named: "niet die negen petten". */
const DENIED_SPAN = 4;

/** The words without "niet die petten" / "not the hats": the list shown, said not to be meant. */
function withoutDenied(turn: Turn, words: readonly string[], shown: KnowledgeEntry): string[] {
  const at = words.findIndex((w) => NOT.has(w));
  if (at < 0) return [...words];
  const span = words.slice(at + 1, at + 1 + DENIED_SPAN);
  const noun = span.findIndex((w) => listsNamed(turn, [w]).includes(shown.id));
  return noun < 0 ? [...words] : [...words.slice(0, at), ...words.slice(at + 2 + noun)];
}
