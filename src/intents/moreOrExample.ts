/**
 * "meer", "geef een voorbeeld", "wat bedoel je daarmee?", "tell me more": goes
 * one step deeper into what is in focus: an item's examples, or (for "meer")
 * the entry the FAQ follows this one with. When the FAQ has nothing more, the
 * bot says so.
 */
import type { KnowledgeEntry } from '../knowledge/types';
import type { Turn } from '../conversation/turn';
import { MESSAGES } from '../conversation/messages';
import { intent, type Outcome } from './types';
import { showEntry } from './showEntry';
import { notice } from './notice';
import { namesAList } from './ordinalNouns';
import { asksWhyOrUse } from '../text/followUpWords';
import { normalizedWords } from '../text/normalize';
import { POINTERS } from '../text/fillerWords';

/** `explain` asks about what was shown: unlike `more`, it never moves on to the FAQ's next entry. */
type Wish = 'more' | 'explain' | 'example';

export const moreOrExample = intent<Wish>({
  name: 'moreOrExample',
  select(turn) {
    const kind = turn.followUp;
    if (kind !== 'more' && kind !== 'explain' && kind !== 'example') return undefined;
    // "ik snap niet wat een pet is" with nothing shown yet: a question about the hats, not a follow-up.
    if (!turn.focus && turn.words.some((word) => namesAList(turn, word))) return undefined;
    // "Waarom is het voor een huisarts zo belangrijk wat de patiënt hem vertelt?" with nothing shown or
    // offered: read as "waarom?" with a clause saying who asks, it got "which topic do you mean?";
    // what it says beyond the follow-up's words makes it a question of its own (visitors-da). Not
    // when it points back ("En wat betekent dat voor ons?"): then it asks about something not shown.
    if (!turn.focus && turn.justOffered.length === 0 && !pointsAtSomething(turn) && saysMoreThanTheWish(turn))
      return undefined;
    return kind;
  },
  handle(turn, wish) {
    // "waarom zijn die petten eigenlijk nuttig?" after one hat: about the hats, the list.
    const namesList = turn.words.some((word) => turn.isPluralOfFocusList(word));
    const focus = namesList ? turn.focusList : turn.focus;
    const replies = turn.deps.replies;
    // Right after a fallback that offered topics, the item shown before it has faded: "voorbeeldje?"
    // wants more of what was just asked, which one of the topics offered may be, not an example of
    // that item (visitors-dg: the hat shown two turns before).
    const offered = !focus || turn.memory.focusFaded ? whichOffered(turn) : undefined;
    if (offered) return offered;
    if (!focus) return notice(turn, MESSAGES[turn.language].noFocus, replies.topicButtons(turn.language));
    // "welke petten zijn er nog meer?", "tell me more about those hats": more of the list is the list
    // (all its items), not the entry the FAQ follows it with.
    if (namesList && wish === 'more') return showEntry(turn, focus);
    if (focus.examples) return { replies: [replies.examples(focus, turn.language)] };
    if (focus.items.length > 0) return moreAboutList(turn, focus, wish);
    const next = focus.followUps?.[0];
    if (wish === 'more' && next) return showEntry(turn, turn.knowledge.require(next));
    return nothingMore(turn, focus, wish);
  },
});

/**
 * "dat", "daar", "that": the message points at something, which nothing shown is. (Not "het", "hem":
 * "waarom is het belangrijk wat de patiënt hem vertelt?" points at nothing.)
 */
function pointsAtSomething(turn: Turn): boolean {
  return normalizedWords(turn.question).some((w) => POINTING.has(w));
}
/** Pointing words that are as often the subject or object of a question of its own. */
const PRONOUNS = new Set(['het', 'hem', 'ze', 'er', 'it', 'them', 'they', 'its', 'one', 'ones', 'eentje']);
const POINTING: ReadonlySet<string> = new Set([...POINTERS].filter((w) => !PRONOUNS.has(w)));

/**
 * Whether the message says something of its own ("huisarts", "patiënt"; not a bare "meer") in which
 * the matcher finds an entry worth suggesting.
 */
function saysMoreThanTheWish(turn: Turn): boolean {
  const said = turn.deps.matcher.analyze(turn.question, turn.language).filter((t) => !t.common);
  if (said.length < OWN_WORDS) return false;
  const [best] = turn.match.candidates;
  return best !== undefined && best.score >= turn.deps.options.suggestThreshold;
}
/** Words of its own a question needs ("meer", "voorbeeldje?" have none). */
const OWN_WORDS = 2;

/** After a list: the FAQ's next entry ("meer"), or which item to explain or show examples of. */
function moreAboutList(turn: Turn, list: KnowledgeEntry, wish: Wish): Outcome {
  const replies = turn.deps.replies;
  const next = list.followUps?.[0];
  if (wish === 'more' && next) return showEntry(turn, turn.knowledge.require(next));
  const withExamples = list.items.map((id) => turn.knowledge.require(id)).filter((item) => item.examples);
  const choices =
    wish === 'example' && withExamples.length > 0
      ? withExamples
      : list.items.map((id) => turn.knowledge.require(id));
  if (wish === 'example' && withExamples.length === 0) return nothingMore(turn, list, wish);
  // "waar zijn die petten eigenlijk goed voor?", "what's the point of them?": why the list matters is
  // in its own words; "wat bedoel je daarmee?" asks which item to explain.
  if (wish === 'explain' && asksWhyOrUse(turn.words)) return nothingMore(turn, list, wish);
  const text = MESSAGES[turn.language].whichItem(replies.title(list, turn.language));
  return notice(
    turn,
    text,
    choices.map((item) => replies.button(item, turn.language)),
  );
}

/**
 * The FAQ has no example of this entry, or nothing beyond it: the bot says so, and shows what the FAQ
 * does say once more ("wat heb ik daar in de praktijk aan?" after a hat is best answered with the
 * hat's own words, not with a dead end).
 */
function nothingMore(turn: Turn, entry: KnowledgeEntry, wish: Wish): Outcome {
  const m = MESSAGES[turn.language];
  const replies = turn.deps.replies;
  const title = replies.title(entry, turn.language);
  const said = notice(turn, wish === 'example' ? m.noExample(title) : m.nothingMore(title), []);
  const shown = showEntry(turn, entry);
  return { ...shown, replies: [...said.replies, ...shown.replies] };
}

/**
 * "heb je een voorbeeldje?" right after a fallback or a "Bedoelt u …?" that offered topics: the visitor
 * wants more of what they asked, which one of those may be. The topics offered are offered again,
 * first.
 */
function whichOffered(turn: Turn): Outcome | undefined {
  const offered = turn.justOffered;
  if (offered.length === 0) return undefined;
  const replies = turn.deps.replies;
  // The FAQ's main topics after them, as the notice without an offer has: the offer may have missed.
  const buttons = [...offered.map((entry) => replies.button(entry, turn.language))];
  for (const topic of replies.topicButtons(turn.language))
    if (!buttons.some((b) => b.value === topic.value)) buttons.push(topic);
  return {
    ...notice(turn, MESSAGES[turn.language].whichOffered, buttons),
    choiceIds: offered.map((e) => e.id),
  };
}
