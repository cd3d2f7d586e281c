/**
 * The words an ordinal question uses for a list's items ("pet", "kenmerk",
 * "hats"), also misspelt, and what they say about which list is meant: only
 * the lists the noun names ("the second trait"), or none of ours at all ("de
 * tweede eigenschap van een goede manager").
 */
import type { KnowledgeEntry } from '../knowledge/types';
import type { ConversationDeps, Turn } from '../conversation/turn';
import type { Language } from '../text/language';
import { listMentions, type ItemNouns } from '../text/itemQuestion';
import { memoize } from '../text/memoize';

/**
 * The lists whose items the words call by name, in the first language that has any (the answer's,
 * then the other), each word also as the spelling corrector reads it: ids, in the order named.
 */
export function listsNamed(turn: Turn, words: readonly string[]): string[] {
  return (
    turn.inEitherLanguage((language) => {
      const { singular, plural } = listMentions(
        words.flatMap((w) => readings(turn, w, language)),
        turn.itemNounsIn(language),
      );
      return singular.size + plural.size > 0 ? [...new Set([...singular, ...plural])] : undefined;
    }) ?? []
  );
}

/**
 * Whether the word is what a list's items are called, in either language ("kenmerk", "hats"), also
 * when it is misspelt ("de derrde pett").
 */
export function namesAList(turn: Turn, word: string): boolean {
  return listsNamed(turn, [word]).length > 0;
}

/** Like namesAList, for one item only ("pet", not "petten": "de 9 petten" counts hats, "de 8 pet" is one). */
export function namesOneItem(turn: Turn, word: string): boolean {
  return (
    turn.itemNouns.has(word) ||
    (turn.inEitherLanguage(
      (language) =>
        readings(turn, word, language).some((w) => turn.itemNounsIn(language).singular.has(w)) || undefined,
    ) ??
      false)
  );
}

/**
 * The words, each misspelt item noun as the spelling corrector reads it ("welke eigenschp van een
 * sociaal ondernemr …" → "eigenschap"), so that a question for one item is recognised by its noun
 * with a typo in it too (visitors-bj: it went to the hat its other words matched).
 */
export function withItemNounsSpelt(turn: Turn, words: readonly string[], language: Language): string[] {
  const spelt = itemNounSpelling(turn.deps, language);
  return words.map((word) => spelt(word) ?? word);
}

/**
 * withItemNounsSpelt of the turn's own words, worked out once a turn: whichItem and faqQuestion
 * both read them, and each word's look-up reaches the knowledge's memory of spellings anew (18.9
 * look-ups a turn on the bench questions, 9.9 read once a turn; counted 2026-12-07). Shared: read-only.
 */
export function turnWordsWithItemNounsSpelt(turn: Turn, language: Language): readonly string[] {
  return turn.once(SPELT_WORDS[language], () => withItemNounsSpelt(turn, turn.words, language));
}
const SPELT_WORDS: Record<Language, symbol> = { nl: Symbol('nl words spelt'), en: Symbol('en words spelt') };

/**
 * Per knowledge and language, a word → the item noun it is misspelt for (undefined when it is one
 * as typed, or none at all), remembered: whichItem asks it of every word of every message, and
 * reading each word anew (the corrector, the noun look-ups) was an eighth of a turn's policy (respond()
 * profiled on the bench questions, 2026-12-05). Keyed by the knowledge's own nouns, so a reload
 * starts afresh.
 */
const SPELLINGS = new WeakMap<ItemNouns, (word: string) => string | undefined>();
const RECENT_WORDS = 4096;

function itemNounSpelling(deps: ConversationDeps, language: Language): (word: string) => string | undefined {
  const nouns = deps.itemNouns[language];
  let spelt = SPELLINGS.get(nouns);
  if (!spelt) {
    const names = (word: string) => {
      const { singular, plural } = listMentions([word], nouns);
      return singular.size + plural.size > 0;
    };
    spelt = memoize(RECENT_WORDS, (word) =>
      names(word) ? undefined : correctedReadings(deps, word, language).find(names),
    );
    SPELLINGS.set(nouns, spelt);
  }
  return spelt;
}

/**
 * The word as typed and, when it is misspelt, as the spelling corrector reads it ("pett" → "pet").
 * Not its other forms or synonyms: "verschilt" is no "verschil", "typeert" no "kenmerk".
 */
function readings(turn: Turn, word: string, language: Language): string[] {
  return [word, ...correctedReadings(turn.deps, word, language)];
}

function correctedReadings(deps: ConversationDeps, word: string, language: Language): readonly string[] {
  // Too short to be corrected at all ("de", "een"): asked about every word near a number.
  if (word.length < deps.options.minCorrectableLength) return [];
  return correctorReadings(deps, language)(word);
}

/**
 * Per knowledge and language, a word → what the spelling corrector reads it as, remembered:
 * listsNamed, namesAList and namesOneItem read every word of a message so, and analysing each word
 * anew was most of what they cost (3% of a turn's policy, respond() on the bench questions profiled
 * 2026-12-07). Keyed by the knowledge's own nouns, as SPELLINGS, so a reload starts afresh.
 */
const READINGS = new WeakMap<ItemNouns, (word: string) => readonly string[]>();

function correctorReadings(deps: ConversationDeps, language: Language): (word: string) => readonly string[] {
  const nouns = deps.itemNouns[language];
  let read = READINGS.get(nouns);
  if (!read) {
    // The corrector's word itself, not a synonym it leads to ("karakteriseerd" → "karakteriseert", not "kenmerk").
    read = memoize(RECENT_WORDS, (word) =>
      deps.matcher.analyze(word, language).flatMap((t) => t.corrected ?? []),
    );
    READINGS.set(nouns, read);
  }
  return read;
}

/**
 * When the item noun is followed by whose items they are ("eigenschap van een goede manager") and the
 * noun that names that owner is a word the knowledge does not know at all, the lists the item noun
 * names (the social entrepreneur's traits, the services' characteristics) are not the ones asked
 * about: those lists, to offer beside "not in our FAQ".
 */
export function listsOfUnknownOwner(turn: Turn, words: readonly string[]): string[] | undefined {
  const at = words.findIndex((w, i) => OWNER_MARKS.has(words[i + 1] ?? '') && namesAList(turn, w));
  if (at < 0) return undefined;
  const after = words.slice(at + 2);
  const end = after.findIndex((w) => OWNER_ENDS.has(w));
  const owner = turn.deps.matcher.analyze((end < 0 ? after : after.slice(0, end)).join(' '), turn.language);
  // The owner's last word is the noun that names it ("een goede manager"): unknown to the knowledge.
  const noun = owner.at(-1);
  if (!noun?.unknown || noun.common) return undefined;
  const ids = listsNamed(turn, [words[at]!]);
  return ids.length > 0 ? ids : undefined;
}

const OWNER_MARKS = new Set(['van', 'of']);
/** Where a phrase naming the owner ends: "van een ondernemer | in de zorg", "of an entrepreneur | who …". */
const OWNER_ENDS = new Set('in bij voor met die dat wie op at for with who that which on'.split(' '));

/**
 * "the second trait of …" asks for an item of a list whose items are traits, whatever else the words
 * match: when an item noun is said, only the lists it names are meant (the words' best among them, or
 * all of them when the words matched none).
 */
export function ofTheNamedKind(
  turn: Turn,
  words: readonly string[],
  lists: KnowledgeEntry[],
): KnowledgeEntry[] {
  const ids = new Set(listsNamed(turn, words));
  if (ids.size === 0) return lists;
  const named = lists.filter((l) => ids.has(l.id));
  return named.length > 0 ? named : [...ids].map((id) => turn.knowledge.require(id));
}
