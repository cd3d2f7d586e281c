/**
 * An ordinal: "de tweede" (the list in focus, or the choices just offered),
 * "de zesde pet" or "het vierde kenmerk van diensten" (the list the words name).
 * A number outside the list gets a clear answer, not a guess.
 */
import { listsKinTo, listsNamedApart } from './listItems';
import { COMPARING_WORDS, comparedSides } from '../text/comparison';
import { normalizedWords } from '../text/normalize';
import type { KnowledgeEntry } from '../knowledge/types';
import type { Turn } from '../conversation/turn';
import { MESSAGES, ordinalName, positionName } from '../conversation/messages';
import {
  findOrdinal,
  middlePair,
  resolvePosition,
  type OrdinalMention,
  type Position,
} from '../text/ordinals';
import { INTERJECTIONS, LIST_WORDS, namesOtherList } from '../text/fillerWords';
import { intent, type Outcome } from './types';
import { showEntry } from './showEntry';
import { listsNamed, listsOfUnknownOwner, namesAList, namesOneItem, ofTheNamedKind } from './ordinalNouns';
import { fallback } from './faqQuestion';
import { askedLanguage, wrapsLanguageRequest } from '../text/languageRequest';
import { noList, notice } from './notice';

type Selection =
  | { kind: 'item'; list: KnowledgeEntry; position: Position }
  | { kind: 'choice'; ids: string[]; position: Position }
  | { kind: 'ambiguous'; lists: KnowledgeEntry[]; position: Position }
  | { kind: 'noList'; position: Position }
  | { kind: 'someoneElses'; lists: readonly string[] };

/**
 * Words that only carry the ordinal ("the fourth one", "onderdeel nummer 2"), beside the sounds a
 * visitor opens with ("oh oké, dan de zesde") and words for the list itself ("de laatste van het rijtje").
 */
const ORDINAL_FILLER = new Set([
  'one',
  'ones',
  'item',
  'items',
  'onderdeel',
  'punt',
  'nummer',
  'number',
  'dan',
  'then',
  'please',
  'graag',
  'terug',
  'back',
  // "begin maar bij de eerste", "spring naar de zesde", "start with the first", "skip to the last"
  'begin',
  'beginnen',
  'spring',
  'start',
  'skip',
  'jump',
  // "show me number 7", "laat nummer 7 eens zien", "toon nummer 3": the list on screen's item
  // (visitors-dk: "show" and "zien" named other entries, the characteristics of services and the
  // address, whose "Druckerweg 7" matched the number)
  'show',
  'me',
  'laat',
  'zien',
  'toon',
  'eens',
]);

export const ordinal = intent<Selection>({
  name: 'ordinal',
  select(turn) {
    const asked = askedOrdinal(turn);
    if (!asked || LAST_QUESTION.test(turn.question)) return undefined;
    const mention = { ...asked, rest: withoutRemark(withoutClauseAboutTheVisitor(turn, asked.rest)) };
    // "elaborate on the third one", "vertel meer over de derde": what is wished of the item is no
    // word that names a list.
    const wish = (w: string) => turn.deps.matcher.words.followUpKeywords(w).size > 0;
    // "Sorry, my Dutch is not great. Can you explain the third one in English?": the language asked
    // for is no word that names a list either (visitors-bk).
    const inLanguage = askedLanguage(turn.text) !== undefined;
    const rest = mention.rest
      .filter(
        (w) =>
          !ORDINAL_FILLER.has(w) &&
          !INTERJECTIONS.has(w) &&
          !LIST_WORDS.has(w) &&
          !wish(w) &&
          !(inLanguage && wrapsLanguageRequest(w)),
      )
      .join(' ');
    const position = mention.position;
    // "het tweede jaar", "mijn eerste klant": the ordinal counts something else than a list's items
    // ("nummer 3 klinkt vaag" counts nothing: the number is the item's).
    if (!mention.marked && !namesItem(turn, mention.previous) && countsSomethingElse(turn, mention.next))
      return undefined;
    // "en die andere lijst, nummer 4", "the other list, number 3": the list shown before the one in focus.
    const other = otherListShown(turn);
    if (other) return { kind: 'item', list: other, position };
    // "de derde, hoe zit dat?": everyday words around it ("zit") name no list; the one in focus is meant.
    if (!turn.deps.matcher.analyze(rest, turn.language).some((t) => !t.common)) {
      const list = turn.focusList;
      // "what about number 8?" after two hats were offered: the choices have no eighth, the list does;
      // with no list on screen, which list's eighth is asked as if nothing had been offered.
      const choices = turn.memory.choiceIds;
      if (choices && resolvePosition(position, choices.length) !== undefined)
        return { kind: 'choice', ids: choices, position };
      return list ? { kind: 'item', list, position } : { kind: 'noList', position };
    }
    // "het zesde kenmerk van de sociaal ondernemer": the list whose own words the question uses.
    // "de tweede eigenschap van een goede manager": the items of something the FAQ does not describe.
    const elsewhere = listsOfUnknownOwner(turn, mention.rest);
    if (elsewhere) return { kind: 'someoneElses', lists: elsewhere };
    const focus = turn.focusList;
    // "How is that different from the fourth one?", "waarin verschilt die van de derde?": the item
    // shown compared with another of its list, by its number (visitors-cy: the comparing word named
    // the characteristics of services, whose items are also called differences).
    if (
      focus &&
      comparesShownWith(turn.question) &&
      listsNamed(
        turn,
        mention.rest.filter((w) => !COMPARING_WORDS.has(w)),
      ).length === 0
    )
      return { kind: 'item', list: focus, position };
    // "number 3 sounds vague, what's that about?", "de derde klinkt vaag": a message that opens with the
    // ordinal picks from the list on screen; what it says after is a remark, unless it names a list.
    if (
      focus &&
      mention.opensMessage &&
      listsNamed(turn, mention.rest).length === 0 &&
      !namesAnotherEntry(turn, rest, focus)
    )
      return { kind: 'item', list: focus, position };
    // "laatste kenmerk" with the characteristics of services on screen: the noun names their items
    // too (and the traits'), and nothing else is said, so the list in focus is meant.
    if (focus && namesOnlyItems(turn, rest) && listsNamed(turn, mention.rest).includes(focus.id))
      return { kind: 'item', list: focus, position };
    const lists = [...listsNamedApart(turn, ofTheNamedKind(turn, mention.rest, namedLists(turn, rest)))];
    // "de derde zegt me niet zoveel" with no list on screen: the visitor counts in a list, but which?
    if (lists.length === 0) return !focus && mention.opensMessage ? { kind: 'noList', position } : undefined;
    const inFocus = lists.find((l) => l.id === focus?.id);
    if (inFocus || lists.length === 1) return { kind: 'item', list: inFocus ?? lists[0]!, position };
    // "en de derde eigenschap" after a hat: the traits of the same social entrepreneur, not the
    // characteristics of services, which the noun names too (as sameInOtherList reads "among the traits").
    const [kin, ...others] = focus ? listsKinTo(turn, lists, focus) : [];
    if (kin && others.length === 0) return { kind: 'item', list: kin, position };
    return { kind: 'ambiguous', lists, position };
  },
  handle(turn, selection) {
    switch (selection.kind) {
      case 'noList':
        // No list on screen, none named: the visitor counts in one they have in mind (often one the
        // bot failed to show). Which list's item is asked, with that item of each list as a button.
        return clarifyPosition(turn, turn.deps.replies.lists, selection.position, { listInMind: true });
      case 'someoneElses':
        return fallback(
          turn,
          selection.lists.map((entryId) => ({ entryId })),
        );
      case 'choice': {
        const id = selection.ids[(resolvePosition(selection.position, selection.ids.length) ?? 0) - 1];
        return id
          ? showEntry(turn, turn.knowledge.require(id))
          : { ...clarifyAgain(turn, selection.ids), choiceIds: selection.ids };
      }
      case 'ambiguous':
        return clarifyPosition(turn, selection.lists, selection.position);
      case 'item':
        return showItem(turn, selection.list, selection.position);
    }
  },
});

/**
 * The ordinal of the message. Of two, one in the story and another in its question ("Dat eerste punt,
 * een idee over de richting, heb ik wel. En het tweede?"), the question's; one ordinal is read with
 * the whole message, which may name its list ("Ik las over de negen petten. Wat is de vierde?").
 */
function askedOrdinal(turn: Turn): OrdinalMention | undefined {
  const whole = ordinalIn(turn, turn.question);
  const asked = whole && turn.askedSentence;
  const own = asked ? ordinalIn(turn, asked) : undefined;
  return own && whole && !samePosition(own.position, whole.position) ? own : whole;
}

/** The ordinal in a text, its noun also misspelt ("de derrde pett"), as this turn reads words. */
export function ordinalIn(turn: Turn, text: string): OrdinalMention | undefined {
  return findOrdinal(text, { has: (word) => namesOneItem(turn, word) }, (word) =>
    turn.deps.matcher.words.mayStartOrdinal(word),
  );
}

/**
 * "our teacher only speaks English, can you explain the last one in English?", "my colleague is
 * English, could you explain the second one …": a clause about the visitor (or someone of theirs)
 * before the comma says who asks, not which list; its words ("colleague") named the hats, or none
 * (visitors-bc). The rest's words without that clause's, when neither the ordinal nor a list's
 * noun is in it.
 */
function withoutClauseAboutTheVisitor(turn: Turn, rest: string[]): string[] {
  const clause = ABOUT_THE_VISITOR.exec(turn.question)?.[0];
  if (!clause || findOrdinal(clause)) return rest;
  const words = normalizedWords(clause).filter(Boolean);
  // "Ik las op jullie site over de negen petten. Wat is de vierde?": that clause names the list.
  return listsNamed(turn, words).length > 0 ? rest : rest.slice(words.length);
}
const ABOUT_THE_VISITOR = /^\s*(?:my|our|mijn|onze|ons|ik|wij|we|i|i'm|im)\s[^,.;?!]*[,.;]\s*/i;

/**
 * "ok laatste, welke pet: …", "last one: which trait …": the visitor's last question, then the
 * question (visitors-dg: it showed the last hat).
 */
const LAST_QUESTION = /(?:^|[\s,.!])(?:laatste|last(?: one)?)\s*[,:;]\s*(?:welke|welk|which)\b/i;

/**
 * "De tweede, wat doe je dan? Klinkt als research": what the item sounds like is the visitor's remark
 * on it, not a list or entry named; "research" picked the second trait over the second hat on screen
 * (visitors-dd). The rest's words up to the remark.
 */
function withoutRemark(rest: string[]): string[] {
  const at = rest.findIndex((w, i) => REMARKS.some(([verb, like]) => w === verb && rest[i + 1] === like));
  return at < 0 ? rest : rest.slice(0, at);
}
const REMARKS: readonly (readonly [string, string])[] = [
  ['klinkt', 'als'],
  ['klinkt', 'naar'],
  ['sounds', 'like'],
];

/** Words that stand for the item shown, as one side of a comparison: "how is that different from …". */
const SHOWN = new Set(['that', 'this', 'it', 'dat', 'die', 'dit', 'deze', 'hij', 'ie']);

/**
 * Whether the text compares the item shown ("dat", "that") with something else: "how is that
 * different from …" names it as a side, "hoe verschilt dat van …" before the side it names. "wat is
 * het verschil met nummer 1?", "what's the difference with nr 1?" name only the other side: the
 * first is the item shown (it showed the services' first "difference" after a hat; visitors-dj).
 */
function comparesShownWith(text: string): boolean {
  const sides = comparedSides(text);
  return sides !== undefined && (sides.length === 1 || normalizedWords(text).some((w) => SHOWN.has(w)));
}

function samePosition(a: Position, b: Position): boolean {
  if (a.from === 'middle' || b.from === 'middle') return a.from === b.from;
  return a.from === b.from && a.value === b.value;
}

/**
 * Whether the words clearly name an entry outside the list in focus, by the bar of an answer: "de
 * eerste, is dat hetzelfde als de strateeg-pet?" asks about a hat while the traits are on screen.
 */
function namesAnotherEntry(turn: Turn, rest: string, focus: KnowledgeEntry): boolean {
  const [best] = turn.deps.matcher.match(rest, { preferred: turn.language }).candidates;
  if (!best || best.score < turn.deps.options.answerThreshold) return false;
  return best.entryId !== focus.id && !focus.items.includes(best.entryId);
}

/** Whether every word of the rest that says something is what a list's items are called ("kenmerk"). */
function namesOnlyItems(turn: Turn, rest: string): boolean {
  const said = turn.deps.matcher.analyze(rest, turn.language).filter((t) => !t.common);
  return said.length > 0 && said.every((t) => namesAList(turn, t.typed));
}

/** "kenmerk 2", "pet nummer 3": the word before the number names what is counted. */
function namesItem(turn: Turn, word: string | undefined): boolean {
  if (word === undefined) return false;
  return namesAList(turn, word);
}

/**
 * Whether the word after the ordinal is a thing of its own: not a list's item noun ("de tweede
 * pet"), not a word that only carries the ordinal ("the second one"), not "van"/"of" ("de tweede
 * van de petten"), and not a stopword.
 */
function countsSomethingElse(turn: Turn, next: string | undefined): boolean {
  if (next === undefined || ORDINAL_FILLER.has(next) || INTERJECTIONS.has(next) || LIST_WORDS.has(next))
    return false;
  if (namesAList(turn, next)) return false;
  return turn.contentWords(next).length > 0;
}

const restWords = (rest: string) => rest.split(' ').filter(Boolean);

/** The lists the words name, best first; near-ties are all returned. */
function namedLists(turn: Turn, rest: string): KnowledgeEntry[] {
  const { matcher, knowledge, options } = turn.deps;
  const listOf = (id: string) => {
    const entry = knowledge.get(id);
    if (entry?.items.length) return entry;
    return entry?.parent ? knowledge.get(entry.parent) : undefined;
  };
  const scores = new Map<string, number>();
  for (const c of matcher.match(rest, { preferred: turn.language, allowed: (id) => listOf(id) !== undefined })
    .candidates) {
    const list = listOf(c.entryId)!;
    scores.set(list.id, Math.max(scores.get(list.id) ?? 0, c.score));
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const best = ranked[0]?.[1] ?? 0;
  // "de derde zegt me niet zoveel, kun je die laten zien?": words that call no list by what its items
  // are ("pet", "kenmerk") must name it by the bar of an answer, not by a word one item happens to use.
  const bar = restWords(rest).some((w) => namesAList(turn, w))
    ? options.suggestThreshold
    : options.answerThreshold;
  if (best < bar) return [];
  // Lists named by a word they share ("het tweede kenmerk": of a social entrepreneur, or of services?)
  // score alike; twice the usual margin keeps such a question from being guessed.
  return ranked.filter(([, s]) => best - s <= 2 * options.clarifyMargin).map(([id]) => knowledge.require(id));
}

function showItem(turn: Turn, list: KnowledgeEntry, position: Position): Outcome {
  const index = resolvePosition(position, list.items.length);
  if (index !== undefined) return showEntry(turn, turn.knowledge.require(list.items[index - 1]!));
  const m = MESSAGES[turn.language];
  const replies = turn.deps.replies;
  const pair = position.from === 'middle' ? middlePair(list.items.length) : undefined;
  if (pair) return clarifyMiddle(turn, list, pair);
  const text = m.outOfRange(
    position.from === 'middle'
      ? ordinalName(position, turn.language)
      : positionName(position.value, turn.language),
    list.items.length,
    replies.title(list, turn.language),
  );
  return { ...notice(turn, text, replies.itemButtons(list, turn.language)), focusId: list.id };
}

/**
 * Which list's item at that place is meant, the items as buttons.
 * @param listInMind the visitor named no list and none is on screen: one that has the place is still
 *   asked about, and what they say next is not a pick among the options
 */
function clarifyPosition(
  turn: Turn,
  lists: readonly KnowledgeEntry[],
  position: Position,
  { listInMind = false } = {},
): Outcome {
  const replies = turn.deps.replies;
  const items = lists.flatMap((list) => {
    const index = resolvePosition(position, list.items.length);
    return index === undefined ? [] : [{ item: turn.knowledge.require(list.items[index - 1]!), list }];
  });
  if (items.length === 0) return noList(turn);
  // Only one of the lists is long enough ("het zesde kenmerk": services have five): no need to ask.
  if (items.length === 1 && !listInMind) return showEntry(turn, items[0]!.item);
  const buttons = items.map(({ item, list }) => ({
    ...replies.button(item, turn.language),
    title: `${replies.title(item, turn.language)} (${replies.title(list, turn.language)})`,
  }));
  const m = MESSAGES[turn.language];
  const text = items.length === 1 ? m.clarify : m.clarifyOrdinal(ordinalName(position, turn.language));
  const reply = { kind: 'clarify' as const, language: turn.language, text, buttons };
  // A visitor who counted in a list they had in mind goes on counting ("en de tweede dan?"): that is
  // another place in the same unknown list, not a pick among these options (a click picks).
  if (listInMind) return { replies: [reply] };
  return { replies: [reply], choiceIds: items.map((i) => i.item.id) };
}

/** "De middelste" of an even list: the two items in the middle, as choices ("de eerste" picks one). */
function clarifyMiddle(turn: Turn, list: KnowledgeEntry, pair: readonly number[]): Outcome {
  const replies = turn.deps.replies;
  const ids = pair.map((n) => list.items[n - 1]!);
  const text = MESSAGES[turn.language].twoInTheMiddle(list.items.length, replies.title(list, turn.language));
  const buttons = ids.map((id) => replies.button(turn.knowledge.require(id), turn.language));
  return {
    replies: [{ kind: 'clarify', language: turn.language, text, buttons }],
    choiceIds: ids,
    focusId: list.id,
  };
}

function clarifyAgain(turn: Turn, ids: string[]): Outcome {
  const buttons = ids.map((id) => turn.deps.replies.button(turn.knowledge.require(id), turn.language));
  return {
    replies: [{ kind: 'clarify', language: turn.language, text: MESSAGES[turn.language].clarify, buttons }],
  };
}

/**
 * "en bij die andere lijst, nummer 4?", "ah ok. the other list, number 3 then": the list shown most
 * recently before the one in focus, when the visitor points at another list (visitors-ee: the
 * number was read in the list in focus, an item of the wrong list).
 */
function otherListShown(turn: Turn): KnowledgeEntry | undefined {
  if (!namesOtherList(turn.words)) return undefined;
  const focus = turn.focusList?.id;
  const shown = (turn.memory.listsShown ?? []).filter((id) => id !== focus);
  const id = shown.at(-1);
  return id === undefined ? undefined : turn.knowledge.get(id);
}
