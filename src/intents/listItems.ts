/**
 * Telling the items of a list apart. Every item of the nine hats shares the
 * words that name the list ("welke van de negen petten", "bij de negen
 * petten"), and staff's phrasings repeat them: left in, they decide nothing but
 * drown what does ("…gaat over de centjes"). So the items are ranked on the
 * question without those words.
 */
import type { KnowledgeEntry } from '../knowledge/types';
import type { Turn } from '../conversation/turn';
import type { MatcherOptions } from '../matching/matcherOptions';
import { rank, type Ranking } from '../matching/rank';
import type { Matcher } from '../matching/matcher';
import { pointsBack, questionSentence } from '../text/questionSentence';
import { memoize } from '../text/memoize';
import { LIST_WORDS } from '../text/fillerWords';
import { normalizeWithoutMemory } from '../text/normalize';
import { isPlayingOfARole } from '../text/rolePlayed';

export interface ItemRanking {
  ranking: Ranking;
  /** Whether the question says anything beyond naming the lists. */
  saysMore: boolean;
}

export function rankItems(
  turn: Turn,
  lists: readonly KnowledgeEntry[],
  options: MatcherOptions,
  question: string = turn.question,
): ItemRanking {
  const items = new Set(lists.flatMap((l) => l.items));
  const rest = withoutListWords(turn, question, lists);
  const saysMore = turn.deps.matcher.analyze(rest, turn.language).some((t) => !t.common);
  // Nothing to tell the items apart by: no need to score them.
  if (!saysMore) return { ranking: { kind: 'none', nearest: [] }, saysMore };
  const candidates = turn.deps.matcher.match(aboutWhat(turn, rest), {
    preferred: turn.language,
    allowed: (id) => items.has(id),
  }).candidates;
  return { ranking: rank(candidates, options), saysMore };
}

/**
 * "Welk kenmerk van diensten …?", "het zesde kenmerk van de sociaal ondernemer": a noun that names the
 * items of two lists ("kenmerk": of services, of the social entrepreneur) asks for an item of the
 * list whose own words (title, question, item nouns) the question uses most.
 * @returns that list, or all of them when no one list is named more than the others
 */
export function listsNamedApart(
  turn: Turn,
  lists: readonly KnowledgeEntry[],
  question: string = turn.question,
): readonly KnowledgeEntry[] {
  if (lists.length < 2) return lists;
  const { matcher } = turn.deps;
  const said = new Set(
    [...matcher.analyze(question, 'nl'), ...matcher.analyze(question, 'en')].map((t) => t.stem),
  );
  return soleLeader(
    lists,
    lists.map((list) => [...namingStemsOf(matcher, list)].filter((s) => said.has(s)).length),
  );
}

/**
 * Of lists a noun names alike ("the traits": of a social entrepreneur, or the characteristics of
 * services?), the one whose own words share most with another list's ("de negen petten van de sociaal
 * ondernemer" and "kenmerken van een sociaal ondernemer" share whose they are).
 * @returns that list, or all of them when no one shares more than the others
 */
export function listsKinTo(
  turn: Turn,
  lists: readonly KnowledgeEntry[],
  kin: KnowledgeEntry,
): readonly KnowledgeEntry[] {
  if (lists.length < 2) return lists;
  const { matcher } = turn.deps;
  const own = namingStemsOf(matcher, kin);
  return soleLeader(
    lists,
    lists.map((list) => [...namingStemsOf(matcher, list)].filter((s) => own.has(s)).length),
  );
}

/**
 * The entries whose own title says whose items a list holds: "Sociaal ondernemen" for "Kenmerken van
 * een sociaal ondernemer" and "Wat zijn de negen petten van de sociaal ondernemer?". A question that
 * names the list's items ("Is dat een goede eigenschap voor iemand die onderneemt met een
 * maatschappelijk doel?", "de hoedjes die een ondernemer met een maatschappelijk doel opzet") uses
 * such words to say whose items it means, not to ask about the owner (visitors-ed, -dy).
 */
export function ownersOf(turn: Turn, lists: readonly KnowledgeEntry[]): ReadonlySet<string> {
  const { matcher, knowledge } = turn.deps;
  if (lists.length === 1) return ownersOfList(matcher, knowledge.entries, lists[0]!);
  return new Set(lists.flatMap((list) => [...ownersOfList(matcher, knowledge.entries, list)]));
}

/** The owners of one list, per matcher: the same for every turn on this knowledge, so worked out once. */
const owners = new WeakMap<Matcher, Map<string, ReadonlySet<string>>>();

function ownersOfList(
  matcher: Matcher,
  entries: readonly KnowledgeEntry[],
  list: KnowledgeEntry,
): ReadonlySet<string> {
  let known = owners.get(matcher);
  if (!known) owners.set(matcher, (known = new Map<string, ReadonlySet<string>>()));
  let ids = known.get(list.id);
  if (!ids) {
    const naming = [...namingStemsOf(matcher, list)];
    const found = entries.filter((entry) => {
      if (entry.parent || entry.items.length > 0) return false;
      const own = matcher.analyze(entry.title, 'nl').map((t) => t.stem);
      return own.length > 0 && own.every((stem) => naming.some((n) => sameRoot(stem, n)));
    });
    ids = new Set(found.map((e) => e.id));
    known.set(list.id, ids);
  }
  return ids;
}

/** "ondernem" and "ondernemer": one stem the start of the other, of a length that says something. */
function sameRoot(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_ROOT && long.startsWith(short);
}
const MIN_ROOT = 5;

/** The one list with the highest count, if it has one above zero; else all of them. */
function soleLeader(lists: readonly KnowledgeEntry[], counts: readonly number[]): readonly KnowledgeEntry[] {
  const most = Math.max(...counts);
  const leaders = lists.filter((_, i) => counts[i] === most);
  return most > 0 && leaders.length === 1 ? leaders : lists;
}

/**
 * "Ik heb drie vaste opdrachtgevers en die wil ik niet kwijt. Welke pet moet ik opzetten?": without the
 * list's words the question is everyday words only ("welke moet ik opzetten"), which tell no item
 * apart but do match staff's phrasings that share them; what tells the items apart is what was said
 * before it, so that is what the items are ranked on.
 */
function aboutWhat(turn: Turn, rest: string): string {
  const question = questionSentence(rest);
  if (!question) return rest;
  // A question that points back ("Welke pet hoort daarbij?") is already read with what it points to.
  if (pointsBack(question)) return rest;
  const empty = turn.deps.matcher.analyze(question, turn.language).every((t) => t.common);
  return empty ? rest.slice(0, rest.lastIndexOf(question)).trim() || rest : rest;
}

/**
 * The stems that name a list (its title, question and item nouns, in both languages), per matcher:
 * the same for every turn on this knowledge, so worked out once.
 */
const namingStems = new WeakMap<Matcher, Map<string, ReadonlySet<string>>>();

function namingStemsOf(matcher: Matcher, list: KnowledgeEntry): ReadonlySet<string> {
  let known = namingStems.get(matcher);
  if (!known) namingStems.set(matcher, (known = new Map<string, ReadonlySet<string>>()));
  let stems = known.get(list.id);
  if (!stems) {
    const t = list.translation_en;
    const dutch = [list.title, list.question, ...(list.itemNouns ?? [])];
    const english = [...(t ? [t.title, t.question] : []), ...(list.itemNouns_en ?? [])];
    stems = new Set([
      ...dutch.flatMap((text) => matcher.analyze(text, 'nl').map((token) => token.stem)),
      ...english.flatMap((text) => matcher.analyze(text, 'en').map((token) => token.stem)),
    ]);
    known.set(list.id, stems);
  }
  return stems;
}

/** The question without the words that name the lists: their titles, questions and item nouns. */
export function withoutListWords(turn: Turn, question: string, lists: readonly KnowledgeEntry[]): string {
  const { matcher } = turn.deps;
  const sets = lists.map((list) => namingStemsOf(matcher, list));
  const naming = { has: (stem: string) => sets.some((set) => set.has(stem)) };
  const stemsOf = stemsInBothLanguages(matcher);
  const words = question.split(/\s+/);
  const normalized = words.map(normalizeWithoutMemory);
  return words
    .filter((word, i) => {
      // "welke eigenschap uit jullie rijtje …": a word for any list names the list too, and staff's
      // phrasings of some items say "rijtje" ("met welk kenmerk begint het rijtje …").
      if (LIST_WORDS.has(normalized[i]!)) return false;
      // "Welke rol speel ik dan?" after a story: playing goes with the role. Left in, it matched
      // "verkopertje spelen …" and showed the salesperson for the partner and the treasurer (visitors-do).
      if (isPlayingOfARole(normalized, i)) return false;
      const stems = stemsOf(word);
      if (stems.length > 0 && stems.some((s) => naming.has(s))) return false;
      // "maatschappelijk ondernemer" is the social entrepreneur only as two words (context/otherReadings.ts): a
      // word that, read with the next, leaves nothing but the list's words names the list too. Left in,
      // "maatschappelijk" took a treasurer's question about the money trait to the trait vision's
      // "maatschappelijk probleem" (visitors-ck).
      const next = words[i + 1];
      if (stems.length === 0 || next === undefined || stemsOf(next).length === 0) return true;
      const withNext = stemsOf(`${word} ${next}`);
      return withNext.length === 0 || !withNext.every((s) => naming.has(s));
    })
    .join(' ');
}

/**
 * The stems of a word, or of two words read together, in both languages, per matcher, remembered:
 * withoutListWords reads every word of a question, and each with the next, through the whole
 * analysis, and the words recur from message to message (2026-12-07, respond() profiled on the bench
 * questions: 2.3% of it, most in this analysis). Bounded; a reload (another matcher) starts afresh.
 * Shared: read-only.
 */
const wordStems = new WeakMap<Matcher, (text: string) => readonly string[]>();
const REMEMBERED_WORDS = 4096;

function stemsInBothLanguages(matcher: Matcher): (text: string) => readonly string[] {
  let stemsOf = wordStems.get(matcher);
  if (!stemsOf) {
    stemsOf = memoize(REMEMBERED_WORDS, (text) =>
      [...matcher.analyze(text, 'nl'), ...matcher.analyze(text, 'en')].map((t) => t.stem),
    );
    wordStems.set(matcher, stemsOf);
  }
  return stemsOf;
}
