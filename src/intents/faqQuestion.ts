/**
 * Any other message is a question: the best-matching entry is answered, near
 * ties are asked back ("Bedoelt u …?"), and below the threshold the bot says
 * honestly that it has no answer, offers the nearest topics and the contact
 * details, and records the question for staff.
 */
import type { Turn } from '../conversation/turn';
import type { KnowledgeEntry } from '../knowledge/types';
import { rankItems } from './listItems';
import { listsNamed, turnWordsWithItemNounsSpelt } from './ordinalNouns';
import type { Candidate } from '../matching/scorer';
import { nearestTopics, rank, type Ranking } from '../matching/rank';
import { MESSAGES } from '../conversation/messages';
import { intent, type Outcome } from './types';
import { showEntry } from './showEntry';
import { COUNT_VALUES, findListQuestion, listMentions } from '../text/itemQuestion';
import { asksForConsequences, namesConsequences, speaksForAnOrganisation } from '../text/consequences';
import { asksWhetherItBelongs } from '../text/questionType';
import { INDEFINITE_ARTICLES, LIST_WORDS, POINTERS, POSSESSIVES, pointsAtAll } from '../text/fillerWords';
import { normalizedWords, normalizeText } from '../text/normalize';
import { quotedPhrase } from '../text/quotedPhrases';
import { listsOfUnknownItem } from './unknownItem';
import { faqHasNoAnswer, namesAnOffTopicWord } from './noAnswer';
import { comparedSides } from '../text/comparison';
import { withoutContactOfOwnOrganisation } from './ownOrganisation';
import { withQuotedTitle } from './quotedTitle';
import { listsKinTo, listsNamedApart, ownersOf } from './listItems';
import { listOfKindAskedFor } from './kindAskedFor';
import { entryTextHolds } from '../knowledge/entryTitles';

/** How many of the best candidates a list asked for must be among to win. */
const NEAR_TOP = 3;

export const faqQuestion = intent<true>({
  name: 'faqQuestion',
  select: () => true,
  handle(turn) {
    const askedLists = turn.inEitherLanguage((language) =>
      findListQuestion(turnWordsWithItemNounsSpelt(turn, language), turn.itemNounsIn(language), language),
    );
    // The entry quoted by its title or words goes first last: the lists the question names
    // ("bij de kenmerken lees ik 'doen staat voorop'") hold their items back, but not the one quoted.
    const candidates = withoutContactOfOwnOrganisation(
      turn,
      withQuotedTitle(
        turn,
        withoutItemsOfAskedLists(
          turn,
          askedLists,
          withConsequencesRaised(turn, withNamedLists(turn, withFocus(turn, turn.match.candidates))),
        ),
      ),
    );
    if (faqHasNoAnswer(turn, candidates)) return fallback(turn, nearestTopics(candidates, turn.deps.options));
    const unknownItemOf = listsOfUnknownItem(turn);
    if (unknownItemOf)
      return fallback(
        turn,
        unknownItemOf.map((entryId) => ({ entryId })),
      );
    const returnedTo = listReturnedTo(turn);
    if (returnedTo) return showEntry(turn, returnedTo);
    const kinList = listKinToBest(turn, askedLists);
    if (kinList) return showEntry(turn, kinList);
    const kindList = listOfKindAskedFor(turn, candidates);
    if (kindList) return showEntry(turn, kindList);
    // "Hoort dat bij de eigenschappen die zo iemand typeren?" names the list to ask whether what the
    // visitor describes is one of its items, not to have the whole list.
    const belongs = asksWhetherItBelongs(turn.question);
    const wholeLists = (askedLists?.asked || askedLists?.whole) && !belongs ? askedLists.lists : [];
    const comparedList = listOfComparedItem(turn, candidates);
    if (comparedList) return showEntry(turn, comparedList);
    const item = itemOfBestList(turn, candidates, wholeLists, belongs);
    if (item) return showEntry(turn, item);
    const askedList = listAskedForFirst(turn, candidates, wholeLists);
    if (askedList) return showEntry(turn, askedList);
    const ranking = rank(candidates, turn.deps.options, (id) => turn.knowledge.get(id)?.partOf);
    return decide(turn, ranking);
  },
});

/**
 * "Welke eigenschappen heb je nodig als je een bedrijf met een maatschappelijk doel wilt runnen?",
 * "What traits describe people who run businesses with a social mission?": a question for a list by
 * a noun two lists share (the entrepreneur's traits, the characteristics of services), about what an
 * entry of its own is about (social entrepreneurship, the matcher's best): the list kin to that entry
 * by its title's words (listsKinTo). The describing words pulled that entry, and the bot asked back
 * (visitors-bw, -bx).
 */
function listKinToBest(
  turn: Turn,
  askedLists: { lists: readonly string[]; asked: boolean } | undefined,
): KnowledgeEntry | undefined {
  if (!askedLists?.asked || askedLists.lists.length < 2) return undefined;
  // The matcher's own best, before the lists named get their head start.
  const [best] = turn.match.candidates;
  const matched =
    best && best.score >= turn.deps.options.suggestThreshold ? turn.knowledge.get(best.entryId) : undefined;
  // A list or an item is what it is ("welke kenmerken hebben de petten?" asks for the hats).
  const standalone = (e: KnowledgeEntry | undefined) => e && e.items.length === 0 && e.parent === undefined;
  // "what traits do such people usually have?" right after social entrepreneurship: the entry shown,
  // when the words name nothing but the lists themselves (visitors-av, -au).
  const namesOnlyTheLists = namesOnly(turn, askedLists.lists);
  const entry = standalone(matched)
    ? matched
    : namesOnlyTheLists && standalone(turn.focus)
      ? turn.focus
      : undefined;
  if (!entry) return undefined;
  const lists = askedLists.lists.map((id) => turn.knowledge.require(id));
  const kin = listsKinTo(turn, lists, entry);
  return kin.length === 1 ? kin[0] : undefined;
}

/**
 * "terug naar de eigenschappen" with the hats on screen, after a trait: of the lists the noun names,
 * the one shown last in this conversation, other than the list left (it asked back between the
 * traits and the characteristics of services; visitors-db).
 */
function listReturnedTo(turn: Turn): KnowledgeEntry | undefined {
  if (!turn.returnsToTopic) return undefined;
  const count = countGoneBackTo(turn.normalized);
  const named = turn.inEitherLanguage((language) => {
    const { plural } = listMentions(turn.words, turn.itemNounsIn(language));
    return plural.size > 1 ? plural : undefined;
  });
  const fits = (id: string) =>
    count === undefined ? named?.has(id) : turn.knowledge.get(id)?.items.length === count;
  if (count === undefined && (!named || !namesOnly(turn, [...named]))) return undefined;
  const seen = (turn.memory.listsShown ?? []).filter((id) => fits(id) && id !== turn.leftList);
  const last = seen[seen.length - 1];
  return last === undefined ? undefined : turn.knowledge.get(last);
}

/**
 * Whether the message names nothing but these entries: the matcher's best is one of them, or nothing
 * is worth suggesting ("back to the traits. the one about teaming up" names a trait).
 */
function namesOnly(turn: Turn, ids: readonly string[]): boolean {
  const [best] = turn.match.candidates;
  return !best || best.score < turn.deps.options.suggestThreshold || ids.includes(best.entryId);
}

/** "terug naar die vijf", "back to the nine": the count of the list gone back to, said without its noun. */
function countGoneBackTo(normalized: string): number | undefined {
  const count = /(?:terug naar|back to) (?:de|die|the|those) (\S+)$/.exec(normalized)?.[1];
  return count === undefined ? undefined : COUNT_VALUES.get(count);
}

/**
 * What a ranking comes to: the answer, a "Bedoelt u …?", or the fallback, with the nearest
 * candidates or, for a question no item of a list fits, `offered` instead.
 */
export function decide(turn: Turn, ranking: Ranking, offered: Candidate[] = []): Outcome {
  switch (ranking.kind) {
    case 'answer':
      return showEntry(turn, turn.knowledge.require(ranking.best.entryId));
    case 'clarify': {
      const options = notTheListLeft(turn, ranking.options);
      if (options.length === 1 && options.length < ranking.options.length)
        return showEntry(turn, turn.knowledge.require(options[0]!.entryId));
      const first = secondOpinionOf(turn, options);
      return first ? showEntry(turn, first) : clarify(turn, options);
    }
    case 'none':
      return fallback(turn, offered.length > 0 ? offered : ranking.nearest);
  }
}

/** "terug naar die kenmerken" after the services' characteristics: the options without the list just left. */
function notTheListLeft(turn: Turn, options: Candidate[]): Candidate[] {
  if (!turn.leftList || !options.some((c) => c.entryId === turn.leftList)) return options;
  return options.filter((c) => c.entryId !== turn.leftList);
}

/**
 * Close candidates, but a second, different retrieval clearly prefers the first: that one is the
 * answer. Only for a question that says enough for two readings to differ: "wie zoekt er nieuwe
 * klanten" (two topic words) is better asked back than settled by a second guess.
 */
function secondOpinionOf(turn: Turn, options: readonly Candidate[]): KnowledgeEntry | undefined {
  const [first] = options;
  const ratio = turn.deps.options.secondOpinionRatio;
  if (!first || ratio === 0) return undefined;
  const topicWords = turn.deps.matcher.analyze(turn.question, turn.language).filter((t) => !t.common);
  if (topicWords.length < SECOND_OPINION_WORDS) return undefined;
  const ids = options.map((c) => c.entryId);
  return turn.deps.secondOpinion.confirmsFirst(turn.question, ids, ratio)
    ? turn.knowledge.require(first.entryId)
    : undefined;
}

/**
 * Topic words a question needs before a second opinion may settle it: every question it settled
 * right on the development sets had three or more; the one short question it settled wrong in a
 * trial had two.
 */
const SECOND_OPINION_WORDS = 3;

/**
 * "Wie houdt bij de negen petten de kosten en opbrengsten in de gaten?", "wat doe je als partner bij
 * de negen petten?": a question that names a list and says more can be about one of its items. The
 * items are ranked on what the question says beyond naming the list, and one that clearly leads, by
 * the bar of an ordinary answer, is the answer.
 * @param belongs whether the question asks if something belongs to a list (asksWhetherItBelongs)
 */
function itemOfBestList(
  turn: Turn,
  candidates: readonly Candidate[],
  askedLists: readonly string[],
  belongs: boolean,
): KnowledgeEntry | undefined {
  const [best] = candidates;
  // A list the question matches fully is asked for. Whether something belongs to a list ("Hoort dat
  // bij de eigenschappen die zo iemand typeren?") names the list, whose head start may bring it to a
  // full score: there the matcher's own score counts (development sets: every other question lost
  // its list to an item, "How do services differ from physical products?").
  const scored = belongs ? turn.match.candidates.find((c) => c.entryId === best?.entryId) : best;
  const list = scored && scored.score < 1 ? turn.knowledge.get(scored.entryId) : undefined;
  // "Welke rollen onderscheiden jullie?" asks for the whole list, not for the item it shares a word with.
  if (!list?.items.length || askedLists.includes(list.id)) return undefined;
  // "the difference between offering a service and selling a physical product": how two things
  // differ is no one item's answer, whatever word ("physical") the question shares with one.
  if (comparesTwoThings(turn)) return undefined;
  // "Is er ook een rijtje over wat voor persoon je moet zijn?", "is there a list of …": a list asked
  // for, whatever word ("persoon") one of its items shares (visitors-cy).
  if (asksForAList(turn.words)) return undefined;
  const { itemAnswerThreshold, itemAnswerCoverage, itemLeadRatio, itemMargin } = turn.deps.options;
  // "Hoort het bij het karakter van sociaal ondernemers dat ze bruggen slaan?": whether what the
  // visitor describes is one of the list's items is a question for that item, held to an item's bar.
  const itemBar = belongs
    ? {
        answerThreshold: itemAnswerThreshold,
        answerCoverage: itemAnswerCoverage,
        answerLeadRatio: itemLeadRatio,
      }
    : {};
  const options = { ...turn.deps.options, ...itemBar, clarifyMargin: itemMargin };
  const { ranking, saysMore } = rankItems(turn, [list], options);
  return saysMore && ranking.kind === 'answer' ? turn.knowledge.get(ranking.best.entryId) : undefined;
}

/**
 * "welke rollen moet je allemaal aannemen als je onderneemt voor de maatschappij?": a list asked for
 * by its plural noun, first of all candidates with the noun's head start, is the answer, however few
 * of the other words its phrasings hold (they tell why the visitor asks). It fell back (visitors-dn).
 * Far ahead of the rest (by the lead that answers an item, itemLeadRatio), it needs only to be worth
 * suggesting: "Welke rollen zou ik als ambtenaar dan kunnen aannemen?" (visitors-au).
 */
function listAskedForFirst(
  turn: Turn,
  candidates: readonly Candidate[],
  askedLists: readonly string[],
): KnowledgeEntry | undefined {
  const [best, next] = candidates;
  if (!best || !askedLists.includes(best.entryId)) return undefined;
  // "Geven jullie een cursus over die negen petten?" names the list for a course, which the FAQ has not.
  if (namesAnOffTopicWord(turn)) return undefined;
  const { answerThreshold, suggestThreshold, clarifyMargin, itemLeadRatio } = turn.deps.options;
  const farAhead = !next || best.score >= itemLeadRatio * next.score;
  const bar = farAhead ? suggestThreshold : answerThreshold;
  if (best.score < bar || (next && best.score - next.score <= clarifyMargin)) return undefined;
  return turn.knowledge.get(best.entryId);
}

/** "een rijtje", "een lijstje", "a list": a list asked for by a word for any list. */
function asksForAList(words: readonly string[]): boolean {
  return words.some((w, i) => LIST_WORDS.has(w) && INDEFINITE_ARTICLES.has(words[i - 1] ?? ''));
}

/**
 * "Wat is het verschil tussen iets verkopen wat je kunt vastpakken en iets wat je voor mensen doet?":
 * how two things differ is no one item's answer either, when the best candidate is an item whose
 * list is about that difference and among the best too: the list is (it showed the intangible,
 * visitors-cg, -cf).
 */
function listOfComparedItem(turn: Turn, candidates: readonly Candidate[]): KnowledgeEntry | undefined {
  const [best] = candidates;
  const parent = best && turn.knowledge.get(best.entryId)?.partOf;
  // Two things named: "tussen die en de verkoper" compares the item in focus with another item.
  const named = comparedSides(turn.question)?.filter((side) => !side.every((w) => POINTERS.has(w)));
  if (!parent || (named?.length ?? 0) < 2) return undefined;
  const near = candidates.slice(0, COMPARED_LIST_NEAR_TOP);
  const list = near.find((c) => c.entryId === parent);
  return list && list.score >= turn.deps.options.suggestThreshold ? turn.knowledge.get(parent) : undefined;
}
/** How near the top the list must be (in the examples above it was third and fourth). */
const COMPARED_LIST_NEAR_TOP = 4;

/**
 * Whether the question compares two things it names (text/comparison.ts), read with its misspelt
 * words corrected ("the diffrence between …"): a typo does not make it any less a comparison.
 */
function comparesTwoThings(turn: Turn): boolean {
  return turn.once(COMPARES, () => readAsComparison(turn));
}
/**
 * comparesTwoThings once a turn: withNamedLists and itemOfBestList both ask it, and reading it was a
 * tenth of what faqQuestion costs beside the match (2.8% of respond(), profiled on the bench
 * questions 2026-12-07).
 */
const COMPARES = Symbol('compares two things');

function readAsComparison(turn: Turn): boolean {
  const corrected = new Map<string, string>();
  const split = new Set<string>();
  for (const t of turn.match.tokens[turn.language]) {
    if (corrected.has(t.typed)) split.add(t.typed);
    if (t.edits > 0) corrected.set(t.typed, t.word);
  }
  // Most questions have no typo: every word would be put back as it is.
  const text =
    corrected.size === 0
      ? turn.question
      : turn.question.replace(/\p{L}+/gu, (word) => {
          const lower = word.toLowerCase();
          return split.has(lower) ? word : (corrected.get(lower) ?? word);
        });
  const normalized = normalizeText(text);
  return (
    (comparedSides(text)?.length ?? 0) >= 2 ||
    NOT_THIS_BUT_THAT.test(normalized) ||
    THIS_OR_THAT.test(normalized) ||
    BETWEEN_THE_TWO.test(normalized)
  );
}

/**
 * Nouns of a comparison ("het verschil tussen …") that also name a list's items, in the singular: the
 * plural still names the list ("Wat zijn alle verschillen?", visitors-cc).
 */
const COMPARED_NOUNS = new Set(['verschil', 'difference']);

/**
 * "waarom maakt het uit of iets een dienst of een fysiek product is?", "a service or a product": a
 * choice between two things, no one item's answer either (it showed the intangible on "fysiek",
 * visitors-bt).
 */
const THIS_OR_THAT = /\b(?:een|a|an) \S+ (?:of|or) (?:een|a|an) \S+/;
/**
 * "we leveren geen spullen maar begeleiding", "not products but help": the visitor sets one thing
 * against another, which is no one item's answer either (it showed the customer co-producing on
 * "begeleiding", visitors-bq). One to three words before "maar", so a long clause is not it.
 */
const NOT_THIS_BUT_THAT = /\b(?:geen|not|no) (?:\S+ ){0,2}?\S+ (?:maar|but) (?:wel )?\S+/;

/**
 * "… die begeleiding heel anders benaderen dan zo'n potje jam. Wat is nou eigenlijk het verschil
 * tussen die twee?", "what's the difference between the two?": two things the story named, compared;
 * "twee" is no ordinal here (it showed the second characteristic of services, visitors-cf).
 */
const BETWEEN_THE_TWO =
  /\b(?:tussen (?:die|deze|de|beide) twee|tussen beide|tussen allebei|between (?:the|those|these) two|between both|between them)\b/;

/**
 * Best first after a head start. The sort is stable and its input is ranked already, so of two
 * entries a head start brings level (the cap at 1 does that), the one that matched better stays
 * first: "Wat betekenen die kenmerken van diensten voor een organisatie?" matches the consequences
 * for organisations exactly, and the list of characteristics its plural names must not overtake it.
 */
const bestFirst = (a: Candidate, b: Candidate) => {
  // The sign of b − a as -1/0/1, the order sort reads from it: a small integer, where the
  // difference itself was a heap number per comparison (in the allocation profile).
  const difference = b.score - a.score;
  return difference >= LEVEL ? 1 : difference <= -LEVEL ? -1 : 0;
};
/** Scores this close are level: a full match may add up to 0.9999999999999997. */
const LEVEL = 1e-9;

/**
 * Sorted by bestFirst, in place. Most turns give no head start, and the list is ranked already;
 * V8's sort (TimSort) would then find one run spanning the whole list and leave it as it is, so
 * a list whose every neighbour is in bestFirst's order is returned without sorting: the same list,
 * without the sort's work array and comparisons.
 */
function sortedBestFirst(candidates: Candidate[]): Candidate[] {
  for (let i = 1; i < candidates.length; i++)
    if (outOfOrder(candidates[i]!, candidates[i - 1]!)) return candidates.sort(bestFirst);
  return candidates;
}

/**
 * bestFirst(later, earlier) < 0, without the number bestFirst returns (a heap number per call, in
 * the allocation profile): below LEVEL the two are level, and a − b is exactly −(b − a).
 */
function outOfOrder(later: Candidate, earlier: Candidate): boolean {
  return later.score - earlier.score >= LEVEL;
}

/**
 * The list in focus, its items and the entries the FAQ follows it with get a
 * head start, so that "en informatie?" after the traits means the trait,
 * whatever else uses the word.
 */
export function withFocus(turn: Turn, candidates: readonly Candidate[]): Candidate[] {
  const list = turn.focusList;
  const focus = turn.focus;
  const boost = turn.deps.options.focusBoost;
  if (!focus || boost === 0 || turn.memory.focusFaded) return [...candidates];
  // What the FAQ follows the entry or its list with ("and what does that mean for public
  // organisations?", "en wat zijn dan de eigenschappen van zo iemand?") too.
  // "en wat betekent dit allemaal voor een organisatie als de onze?" is about the list as a whole:
  // its items get no head start, the list and what the FAQ follows it with do (visitors-as, -bc).
  const all = pointsAtAll(turn.words);
  const inFocus = new Set([
    ...(list ? [list.id, ...(all ? [] : list.items), ...(list.followUps ?? [])] : []),
    ...(focus.followUps ?? []),
  ]);
  // "en wat betekent dat voor de klant?": pointing back is about the entry shown last itself.
  // "Zet ze allemaal op een rijtje" points at the list; "wat betekent dit allemaal voor ons?" at what
  // follows from it (above), not at the list again.
  const pointedAt = !pointsAtFocus(turn)
    ? undefined
    : !all
      ? focus.id
      : asksForConsequences(turn.words)
        ? undefined
        : list?.id;
  const raised = (c: Candidate) =>
    (inFocus.has(c.entryId) ? boost : 0) + (c.entryId === pointedAt ? boost : 0);
  return sortedBestFirst(
    candidates.map((c) =>
      raised(c) > 0 && c.score > 0 ? { ...c, score: Math.min(1, c.score + raised(c)) } : c,
    ),
  );
}

/**
 * What the items of a list are called points at that list: "die petjes" (plural) at the list of
 * hats and its items, "het petje voor geld" (singular) at one of the hats. Those candidates get a
 * head start, so a question about "the hat for the money side" does not end at the trait "oog voor
 * geld", nor "hoort financieel inzicht bij de kenmerken van een sociaal ondernemer?" at the hat.
 * (A question for the whole list by its plural loses the items again: withoutItemsOfAskedLists.)
 * A question what a list means for someone (text/consequences.ts) holds the list and its items back
 * by as much instead.
 */
export function withNamedLists(turn: Turn, candidates: readonly Candidate[]): Candidate[] {
  const boost = turn.deps.options.nounBoost;
  // "het verschil tussen iets verkopen wat je kunt vastpakken en advies geven": a difference compared
  // is no item of the list whose items are differences (the services' "welk verschil …?"); it
  // showed the intangible over the list (visitors-ca, -cb).
  const words = comparesTwoThings(turn) ? turn.words.filter((w) => !COMPARED_NOUNS.has(w)) : turn.words;
  const mentions = turn.inEitherLanguage((language) => {
    const found = listMentions(words, turn.itemNounsIn(language));
    return found.singular.size > 0 || found.plural.size > 0 ? found : undefined;
  });
  if (boost === 0) return [...candidates];
  if (!mentions)
    return asksForConsequences(words) && !forTheirOwn(words)
      ? withListsHeldBack(turn, candidates, boost)
      : [...candidates];
  // "wat zijn de typische kenmerken van dienstverlening?": a noun two lists share, with the words of
  // one of them, names that one; both got the head start, and the traits' "typische eigenschappen"
  // kept them first (visitors-dt).
  const singular = namedApart(turn, mentions.singular, words);
  const plural = namedApart(turn, mentions.plural, words);
  // "Wat betekenen die vijf kenmerken van diensten voor een gemeente?" names the list but asks what
  // follows from it, which another entry answers: the list and its items are held back instead.
  const sign = asksForConsequences(words) ? -1 : 1;
  const owners =
    sign > 0
      ? ownersOf(
          turn,
          [...singular, ...plural].map((id) => turn.knowledge.require(id)),
        )
      : new Set<string>();
  const named = (c: Candidate) => {
    const entry = turn.knowledge.get(c.entryId);
    const parent = entry?.parent ?? '';
    if (c.score <= 0) return false;
    if (plural.has(c.entryId) || plural.has(parent)) return true;
    // "What does the difference between services and products mean for public organisations?": the
    // list its item noun names in the singular is held back too (not its items: "what do you mean by
    // the trait 'an eye for money'?" is no question of consequences, whatever its "mean … for").
    return sign > 0 ? singular.has(parent) : singular.has(c.entryId);
  };
  return sortedBestFirst(
    candidates.map((c) =>
      named(c)
        ? { ...c, score: clamp(c.score + sign * boost) }
        : owners.has(c.entryId)
          ? { ...c, score: clamp(c.score - boost) }
          : c,
    ),
  );
}

const clamp = (score: number) => Math.max(0, Math.min(1, score));

/**
 * Of the lists named alike, the one the question's other words name (listsNamedApart), if there is
 * one. Read on the words without "verschil": "het verschil tussen visie en beweging bij de kenmerken"
 * names no difference of services (whose question is "Wat is het verschil tussen …?").
 */
function namedApart(turn: Turn, ids: ReadonlySet<string>, words: readonly string[]): ReadonlySet<string> {
  if (ids.size < 2) return ids;
  const lists = [...ids].map((id) => turn.knowledge.require(id));
  return new Set(listsNamedApart(turn, lists, words.join(' ')).map((l) => l.id));
}

/**
 * "Wat betekent dat voor onze dienst?": what it means for the visitor's own work, which an item
 * of the list may answer (its description in the sentence before), not what follows for organisations.
 */
function forTheirOwn(words: readonly string[]): boolean {
  return words.some((w, i) => (w === 'voor' || w === 'for') && POSSESSIVES.has(words[i + 1] ?? ''));
}

/**
 * "ik werk bij de gemeente, wat moeten wij concreet anders doen als we hulp en advies aanbieden":
 * what follows for an organisation from what the best candidates are about is the entry the FAQ
 * follows them (or their list) with, when that entry's title names consequences ("Gevolgen voor
 * publieke organisaties"). It gets a head start as a named list does; the services' list it
 * follows had matched the question's words better (visitors-cq, -bn).
 */
function withConsequencesRaised(turn: Turn, candidates: Candidate[]): Candidate[] {
  const boost = turn.deps.options.nounBoost;
  if (boost === 0 || !asksForConsequences(turn.words) || !speaksForAnOrganisation(turn.words))
    return candidates;
  const { knowledge, replies } = turn.deps;
  // The matcher's own best too: withNamedLists has already held back the lists of such a question
  // ("ik werk bij de gemeente, wat moeten wij concreet anders doen als we hulp en advies aanbieden"
  // put the services, first at 0.44, fourth; visitors-cg).
  const followed = [
    ...candidates.slice(0, CONSEQUENCES_OF_BEST),
    ...turn.match.candidates.slice(0, CONSEQUENCES_OF_BEST),
  ].flatMap((c) => knowledge.get(c.entryId)?.followUps ?? []);
  const consequences = new Set(
    followed.filter((id) => {
      const entry = knowledge.get(id);
      return entry && namesConsequences(normalizedWords(replies.title(entry, 'nl')));
    }),
  );
  if (consequences.size === 0) return candidates;
  // The list they follow from is what they are about, not what is asked ("wat moeten wij in de
  // praktijk anders doen nu we weten dat we diensten leveren?" matched staff's "Waar moet ik op letten
  // als ik geen producten maar diensten lever?" for the list; visitors-bg, -da).
  const followedByThem = (c: Candidate) => {
    const entry = knowledge.get(c.entryId);
    return !!entry && entry.items.length > 0 && (entry.followUps ?? []).some((id) => consequences.has(id));
  };
  // Raised to at least the list they follow: "Ik werk bij de gemeente. Wat moeten wij nou anders
  // doen, nu we weten dat we hulp leveren en geen spullen?" matched staff's "Wij leveren geen spullen
  // maar hulp. Maakt dat verschil?" for the list at 0.83, and the consequences not at all (visitors-dq).
  const [list] = candidates.filter(followedByThem);
  const raised = (c: Candidate): Candidate => ({
    ...c,
    score: Math.min(1, Math.max(c.score + boost, list?.score ?? 0)),
  });
  // Unmatched, the consequences stand in for the list: its language and its share of the question.
  const unmatched = list
    ? [...consequences]
        .filter((id) => !candidates.some((c) => c.entryId === id))
        .map((entryId) => raised({ ...list, entryId, phrasingScore: 0, answerScore: 0 }))
    : [];
  return sortedBestFirst([
    ...candidates.map((c) =>
      consequences.has(c.entryId)
        ? raised(c)
        : followedByThem(c)
          ? { ...c, score: clamp(c.score - boost) }
          : c,
    ),
    ...unmatched,
  ]);
}
/** Of how many of the best candidates what follows is looked at. */
const CONSEQUENCES_OF_BEST = 3;

/**
 * "Wat heeft het onderscheid tussen diensten en producten voor gevolgen voor publieke organisaties?":
 * a question what follows from a list, which names it by its title instead of its items' noun, is
 * not asking for the list either: lists are held back as in withNamedLists.
 */
function withListsHeldBack(turn: Turn, candidates: readonly Candidate[], boost: number): Candidate[] {
  const isList = (c: Candidate) => c.score > 0 && (turn.knowledge.get(c.entryId)?.items.length ?? 0) > 0;
  return sortedBestFirst(candidates.map((c) => (isList(c) ? { ...c, score: clamp(c.score - boost) } : c)));
}

/**
 * "en wat betekent dat voor de klant?": a pointer word, at the entry shown last. (Not
 * questionSentence's pointsBack, which asks whether a question leans on the sentence before it.)
 */
function pointsAtFocus(turn: Turn): boolean {
  return normalizedWords(turn.question).some((w) => POINTERS.has(w)) || quotesTheFocus(turn);
}

/**
 * "what do you mean by 'course' there?": a word quoted from the answer just shown asks about that
 * answer, not about another entry that uses the word more (the strategist's "course"; visitors-bk).
 */
function quotesTheFocus(turn: Turn): boolean {
  const focus = turn.focus;
  const phrase = focus && quotedPhrase(turn.question);
  return phrase ? entryTextHolds(turn.knowledge, focus.id, phrase) : false;
}

/**
 * "Welke rollen onderscheiden jullie?", "those nine hats": a question for a whole list by its items'
 * noun in the plural is not about one of its items, whatever words it shares with one
 * ("onderscheiden" is the competitor's). Ranking then decides as for any question, so "wanneer is
 * de training over de negen petten?" still falls back.
 */
function withoutItemsOfAskedLists(
  turn: Turn,
  found: ReturnType<typeof findListQuestion>,
  candidates: Candidate[],
): Candidate[] {
  if (!found) return candidates;
  const ids = found.lists;
  const items = new Set(ids.flatMap((id) => turn.knowledge.get(id)?.items ?? []));
  // "Bij de kenmerken lees ik 'doen staat voorop'": the item quoted is what is asked about.
  if (turn.quotedEntryId !== undefined) items.delete(turn.quotedEntryId);
  // "Wat doet de verkoper in het model van de negen petten?": the item named by its title, too.
  const titled = found.asked ? undefined : itemNamedByTitle(turn, items);
  const titledCandidate = titled && candidates.find((c) => c.entryId === titled && c.score > 0);
  if (titledCandidate) return firstAtBest(candidates, titledCandidate);
  const rest = candidates.filter((c) => !items.has(c.entryId));
  // The list asked for wins against what merely shares words with the question ("wat maakt iemand
  // een sociaal ondernemer, welke eigenschappen horen daarbij?"), if it is among the best at all. It
  // wins outright: raised only to the best's score, the two tied and the bot asked back between them
  // ("welke rollen heeft men als men een maatschappelijke onderneming leidt?", visitors-da).
  const [best] = rest;
  // An item of a list the message does not name competes with no list asked for: "Wat typeert zo'n
  // ondernemer met een maatschappelijke missie? Welke traits heb je nodig?" matched the hat of
  // selling a mission and the list of hats above the traits (visitors-dd).
  const named = new Set(listsNamed(turn, turn.words));
  const competes = (c: Candidate) => {
    const parent = turn.knowledge.get(c.entryId)?.parent;
    return parent === undefined || named.has(parent);
  };
  const asked = rest
    .filter(competes)
    .slice(0, NEAR_TOP)
    .find((c) => ids.includes(c.entryId));
  if (!found.asked || !best || !asked || asked === best) return rest;
  const [raised, ...others] = firstAtBest(rest, asked);
  return [{ ...raised!, score: raised!.score + 2 * turn.deps.options.clarifyMargin }, ...others];
}

/**
 * The one item of `items` whose title (Dutch or English) the question holds as words ("de verkoper",
 * "the treasurer"), if exactly one is. A list named in passing ("in het model van de negen petten")
 * frames the question for that item, as a list and one of its items do in rank().
 */
function itemNamedByTitle(turn: Turn, items: ReadonlySet<string>): string | undefined {
  const said = ` ${normalizedWords(turn.question).join(' ')} `;
  const named = [...items].filter((id) => {
    const entry = turn.knowledge.get(id);
    const titles = [entry?.title, entry?.translation_en?.title].filter((t): t is string => !!t);
    return titles.some((title) => said.includes(` ${normalizeText(title)} `));
  });
  return named.length === 1 ? named[0] : undefined;
}

/** `chosen` first, raised to the best candidate's score: no other candidate is preferred to it. */
function firstAtBest(candidates: Candidate[], chosen: Candidate): Candidate[] {
  const best = candidates[0]?.score ?? chosen.score;
  return [{ ...chosen, score: Math.max(best, chosen.score) }, ...candidates.filter((c) => c !== chosen)];
}

/** "Bedoelt u …?" with the candidates as buttons; "de eerste" then picks from them. */
export function clarify(turn: Turn, options: readonly Candidate[]): Outcome {
  const replies = turn.deps.replies;
  const buttons = options.map((c) => replies.button(turn.knowledge.require(c.entryId), turn.language));
  return {
    replies: [{ kind: 'clarify', language: turn.language, text: MESSAGES[turn.language].clarify, buttons }],
    choiceIds: options.map((c) => c.entryId),
  };
}

/** No answer: the nearest topics (or the FAQ's main topics), the contact details; recorded for staff. */
export function fallback(turn: Turn, nearest: readonly Pick<Candidate, 'entryId'>[]): Outcome {
  const m = MESSAGES[turn.language];
  const replies = turn.deps.replies;
  const buttons = nearest.length
    ? nearest.map((c) => replies.button(turn.knowledge.require(c.entryId), turn.language))
    : replies.topicButtons(turn.language);
  const text = `${m.fallback(nearest.length > 0)}\n\n${m.contactLine(replies.contact)}`;
  return {
    replies: [{ kind: 'fallback', language: turn.language, text, buttons }],
    unanswered: true,
    offered: nearest.map((c) => c.entryId),
  };
}
