/**
 * Recognises a question that asks for ONE item of a list by what the items are
 * called: "welke pet gaat over geld?", "hoe heet die eigenschap?", "welke van de
 * negen petten past daarbij?", "is dat een van de kenmerken?", "which hat is
 * about money?". "Welke petten zijn er?" asks for the list, not for one item.
 */
import type { Language } from './language';
import { normalizeText, normalizeWithoutMemory } from './normalize';
import { isSuperlative, looksPlural } from './dutchMorphology';
import { saysAlone } from './context/questionFrame';
import { LIST_WORDS, OTHER_WORDS } from './fillerWords';
import { isRolePlayedByAThing } from './rolePlayed';

/** Words that ask which one, as word sequences. */
const ASKS_WHICH: Record<Language, string[][]> = {
  nl: [
    ['welke'],
    ['welk'],
    ['wat', 'voor'],
    ['hoe', 'heet'],
    ['hoe', 'heten'],
    ['hoe', 'noem'],
    ['hoe', 'noemt'],
    ['hoe', 'noemen'],
  ],
  // Longest first: the first sequence that matches is the one used.
  en: [['what', 'is', 'the', 'name', 'of'], ['what', 'kind', 'of'], ['which'], ['what']],
};

/**
 * Before a plural, these ask for the whole list as "welke" does ("wat maakt iemand een sociaal
 * ondernemer? zijn daar kenmerken van?", "what are the traits?"); not before a singular, where
 * "welke" asks for one item: they are not in ASKS_WHICH.
 */
const ASKS_FOR_LIST: Record<Language, string[][]> = {
  nl: [
    ['zijn', 'er'],
    ['zijn', 'daar'],
    ['wat', 'zijn', 'de'],
    ['wat', 'zijn', 'die'],
    ['wat', 'waren', 'de'],
    ['wat', 'zijn', 'dan', 'de'],
    // "hoeveel kenmerken zijn er?": how many there are is told by the list
    ['hoeveel'],
    // "wat bedoelen jullie met petten bij sociaal ondernemen?": what the list's noun means is the list
    ['bedoelen', 'jullie', 'met'],
    ['bedoel', 'je', 'met'],
    ['bedoelt', 'u', 'met'],
    ['bedoelen', 'jullie', 'met', 'die'],
    ['bedoel', 'je', 'met', 'die'],
    ['bedoelt', 'u', 'met', 'die'],
    // "Is er een lijstje met eigenschappen?", "hebben jullie een overzicht van de rollen?": whether
    // there is a list of the items is the list (visitors-cp). Not "volgens jullie lijstje met
    // eigenschappen", which names where an item is.
    ...['er', 'jullie', 'je', 'u'].flatMap((who) =>
      ['lijst', 'lijstje', 'rijtje', 'overzicht', 'opsomming'].flatMap((list) => [
        [who, 'een', list, 'met'],
        [who, 'een', list, 'van'],
        [who, 'een', list, 'van', 'de'],
      ]),
    ),
  ],
  en: [
    ['are', 'there'],
    ['are', 'there', 'any'],
    ['what', 'are', 'the'],
    ['what', 'are', 'those'],
    ['what', 'are', 'its'],
    ['what', 'are', 'their'],
    ['how', 'many'],
    ['mean', 'by'],
    ['mean', 'by', 'the'],
    ['mean', 'by', 'those'],
  ],
};

const LIST_ASKERS: Record<Language, string[][]> = {
  nl: [...ASKS_WHICH.nl, ...ASKS_FOR_LIST.nl],
  en: [...ASKS_WHICH.en, ...ASKS_FOR_LIST.en],
};

/**
 * "hoe kunnen die petten mij helpen?": the list as a whole, as after a count ("die negen petten"),
 * not one of its items that shares a word with the question ("helpen", the partner's).
 */
/**
 * Per language: read as English, "die pet" is "those" and a form of "hat" (the hats' Dutch noun is
 * among the English reading's forms), and the hat for money lost its items as if the list were asked
 * for (visitors-bj).
 */
const THOSE: Record<Language, ReadonlySet<string>> = {
  nl: new Set(['die', 'deze']),
  en: new Set(['those', 'these']),
};
/** "bij die petten: welke …", "which of those hats": one item out of them, after all. */
const PICKS_FROM = new Set(['bij', 'van', 'uit', 'onder', 'of', 'from', 'among']);

/** "een van de", "one of the": one item out of a plural. */
const ONE_OF: Record<Language, string[][]> = {
  nl: [
    ['een', 'van', 'de'],
    ['een', 'van', 'die'],
    ['een', 'van', 'jullie'],
    ['een', 'van', 'uw'],
  ],
  en: [
    ['one', 'of', 'the'],
    ['one', 'of', 'your'],
    ['one', 'of', 'those'],
    ['one', 'of', 'these'],
  ],
};

/** Numbers that count a list's items: "de negen petten", "those 9 hats". */
const COUNTS: Record<Language, readonly string[]> = {
  nl: 'twee drie vier vijf zes zeven acht negen tien elf twaalf'.split(' '),
  en: 'two three four five six seven eight nine ten eleven twelve'.split(' '),
};
const DIGITS = Array.from({ length: 11 }, (_, i) => String(i + 2));
const CARDINALS = new Set([...COUNTS.nl, ...COUNTS.en, ...DIGITS]);
/** What each count word counts: "zes" → 6. */
export const COUNT_VALUES: ReadonlyMap<string, number> = new Map(
  [COUNTS.nl, COUNTS.en, DIGITS].flatMap((words) => words.map((w, i): [string, number] => [w, i + 2])),
);

/**
 * Words that may stand between "welke" and the noun: "welke van de negen petten", "which of your hats",
 * "welk van hun typische trekjes", "welke van de typische eigenschappen" (visitors-di).
 */
const BETWEEN: Record<Language, ReadonlySet<string>> = {
  nl: new Set([
    ...'van de die deze dat het jullie uw je jouw zijn haar hun dan nou eigenlijk precies typische genoemde beschreven'.split(
      ' ',
    ),
    ...COUNTS.nl,
    ...DIGITS,
  ]),
  en: new Set([
    ...'of the those these your its their one exactly then typical listed described'.split(' '),
    ...COUNTS.en,
    ...DIGITS,
  ]),
};
const OF: Record<Language, string> = { nl: 'van', en: 'of' };

/** "welke gaat over geld?", "which one is about money?": which one, of the list in focus. */
const WHICH_ONE_VERBS: Record<Language, ReadonlySet<string>> = {
  nl: new Set(
    'gaat gaan ging gingen is zijn was waren hoort horen hoorde past passen paste zegt zei heeft had draait draaide betekent betekende staat stond valt viel zat'.split(
      ' ',
    ),
  ),
  en: new Set(
    'one is are was were goes went means meant fits says said covers deals talks has had'.split(' '),
  ),
};

/** How far after "welke" the noun may come. */
const MAX_GAP = 4;

export interface ItemNouns {
  /** The noun (singular, normalised) → the lists whose items it names. */
  singular: ReadonlyMap<string, readonly string[]>;
  /** The noun's analysed stem → the lists, for its other forms ("petten", "petjes", "eigenschappen"). */
  stems: ReadonlyMap<string, readonly string[]>;
  /** A word's stem as the language's text pipeline analyses it (synonyms included), if it has one. */
  stemOf(word: string): string | undefined;
  /** How many items each list has: "de zes kenmerken" are the traits, "de vijf kenmerken" the services'. */
  sizes: ReadonlyMap<string, number>;
}

/**
 * @param stemOf the language's analysis of one word (synonyms, stemming): "eigenschappen" and
 *   "kenmerk" must meet, which a stemmer alone does not do
 */
export function itemNouns(
  lists: readonly { id: string; nouns: readonly string[]; size: number }[],
  stemOf: (word: string) => string | undefined,
): ItemNouns {
  const singular = new Map<string, string[]>();
  const stems = new Map<string, string[]>();
  const sizes = new Map<string, number>();
  for (const { id, nouns, size } of lists) {
    if (nouns.length > 0) sizes.set(id, size);
    for (const noun of nouns) {
      add(singular, normalizeText(noun), id);
      const stem = stemOf(noun);
      if (stem) add(stems, stem, id);
    }
  }
  return { singular, stems, stemOf, sizes };
}

/** The lists whose items a word names in a form other than the singular noun ("petten", "rollen"). */
function listsOfOtherForm(word: string, nouns: ItemNouns): readonly string[] | undefined {
  if (NOT_A_NOUN.test(word)) return undefined;
  const stem = nouns.stemOf(word);
  return stem === undefined ? undefined : nouns.stems.get(stem);
}

/**
 * Adjectives, participles and adverbs that a stemmer gives a noun's stem: "different" is "differ" as
 * "difference" is, and "how is that different from the fourth one?" after a hat asked for the fourth
 * characteristic of services, whose items are also called differences (visitors-cy).
 */
const NOT_A_NOUN = /(?:ent|ing|ed|ly|end|ende)$/;

/**
 * The lists named by the plural noun at `at`, narrowed by a count before it: "welk van de zes
 * kenmerken" are the six traits, not the five characteristics of services, which share the noun. A
 * count no list has narrows nothing (the ordinal and out-of-range answers deal with it).
 */
function pluralListsAt(
  words: readonly string[],
  at: number,
  nouns: ItemNouns,
): readonly string[] | undefined {
  const lists = listsOfOtherForm(words[at]!, nouns);
  const count = COUNT_VALUES.get(words[at - 1] ?? '');
  if (!lists || count === undefined) return lists;
  const counted = lists.filter((id) => nouns.sizes.get(id) === count);
  return counted.length > 0 ? counted : lists;
}

/**
 * @param words the normalised words of the question
 * @returns the lists one of whose items is asked for, or undefined when the question does not ask for one item
 */
export function findItemQuestion(
  words: readonly string[],
  nouns: ItemNouns,
  language: Language,
): readonly string[] | undefined {
  const fronted = pluralFrontedBeforeWhich(words, nouns, language);
  if (fronted) return fronted;
  for (let i = 0; i < words.length; i++) {
    const afterWhich = matchAt(words, i, ASKS_WHICH[language]);
    if (afterWhich !== undefined) {
      const lists = nounAfter(words, afterWhich, nouns, language);
      if (lists) return lists;
    }
    const described = itemDescribedAt(words, i, nouns, language);
    if (described) return described;
    const asked = itemAskedAbout(words, i, nouns, language);
    if (asked) return asked;
    const one = oneOfPluralBefore(words, i, nouns, language);
    if (one) return one;
    const afterOneOf = matchAt(words, i, ONE_OF[language]);
    if (afterOneOf !== undefined) {
      const lists = pluralAfterOneOf(words, skipBetween(words, afterOneOf, language), nouns);
      if (lists) return lists;
    }
  }
  return undefined;
}

/**
 * The plural noun after "one of the", or after words that say whose ("one of the social entrepreneur
 * traits", "een van de sociaal ondernemer kenmerken").
 */
function pluralAfterOneOf(
  words: readonly string[],
  at: number,
  nouns: ItemNouns,
): readonly string[] | undefined {
  for (let j = at; j < Math.min(words.length, at + 1 + OWNER_WORDS); j++) {
    const lists = listsOfOtherForm(words[j]!, nouns);
    if (lists) return lists;
  }
  return undefined;
}
/** How many words may say whose items they are, between "one of the" and the noun. */
const OWNER_WORDS = 2;

/**
 * "de pet waarbij je je klanten blij maakt", "pet die over geld gaat", "the hat that keeps the books":
 * one item, named by its noun (singular) and described by a relative clause. The noun opens the
 * message or follows an article, so "Wat is de rol die de klant speelt?" still reaches the guard that
 * the list is near the top (whichItem.ts).
 */
function itemDescribedAt(
  words: readonly string[],
  i: number,
  nouns: ItemNouns,
  language: Language,
): readonly string[] | undefined {
  const word = words[i]!;
  if (i > 0 && !ARTICLES[language].has(words[i - 1]!)) return undefined;
  if (!DESCRIBED_BY[language].has(words[afterOtherList(words, i + 1, language)] ?? '')) return undefined;
  return nouns.singular.get(word);
}

/**
 * Where the words continue after "on the other list", "in het andere lijstje" at `at` (or `at`
 * itself): "is there a trait on the other list that goes with deciding where you want to end up?"
 * describes the trait as "a trait that …" does (visitors-dd).
 */
function afterOtherList(words: readonly string[], at: number, language: Language): number {
  const [preposition, article, other, list] = words.slice(at, at + 4);
  return OTHER_LIST_PLACES[language].has(preposition ?? '') &&
    ARTICLES[language].has(article ?? '') &&
    OTHER_WORDS.has(other ?? '') &&
    LIST_WORDS.has(list ?? '')
    ? at + 4
    : at;
}
const OTHER_LIST_PLACES: Record<Language, ReadonlySet<string>> = {
  nl: new Set(['in', 'op', 'uit', 'van']),
  en: new Set(['in', 'on', 'from', 'of']),
};
const ARTICLES: Record<Language, ReadonlySet<string>> = {
  nl: new Set(['de', 'het', 'een', 'die', 'dat']),
  en: new Set(['the', 'a', 'that']),
};
/** Words that open a description of the noun before them. */
const DESCRIBED_BY: Record<Language, ReadonlySet<string>> = {
  nl: new Set('die dat waarbij waarin waarmee waarover waarvan waar over'.split(' ')),
  en: new Set('that which where whose about'.split(' ')),
};

/**
 * "… Is dat een typische eigenschap van iemand die maatschappelijk onderneemt?", "is that a trait of a
 * social entrepreneur?": whether what the visitor described is an item, a yes-or-no question whose
 * answer is the item it describes (visitors-cf: care workers describe their situation, then ask).
 * The noun comes after "is dat/dit/het (ook) een" and at most two words that qualify it ("typische").
 */
function itemAskedAbout(
  words: readonly string[],
  i: number,
  nouns: ItemNouns,
  language: Language,
): readonly string[] | undefined {
  let at = matchAt(words, i, IS_THAT[language]);
  if (at === undefined) return undefined;
  while (IS_THAT_ASIDES[language].has(words[at] ?? '')) at++;
  if (!INDEFINITE[language].has(words[at] ?? '')) return undefined;
  for (let j = at + 1; j < Math.min(words.length, at + 2 + QUALIFIERS); j++) {
    const lists = nouns.singular.get(words[j]!) ?? listsOfOtherForm(words[j]!, nouns);
    if (lists) return lists;
  }
  return undefined;
}
/**
 * "Is er in dat model met die hoedjes ook eentje voor de inhoudelijke expert?", "of those hats, is
 * there one for …": "eentje"/"there one" picks one of the plural item noun a few words before it, which asks
 * for an item as "welke" does (visitors-bz). Not "in hun eentje" (alone: questionFrame.saysAlone).
 */
function oneOfPluralBefore(
  words: readonly string[],
  i: number,
  nouns: ItemNouns,
  language: Language,
): readonly string[] | undefined {
  if (words[i] !== ONE[language]) return undefined;
  // English "one" is everywhere ("which one", "one question"): only "is there one".
  if (language === 'en' ? words[i - 1] !== 'there' : saysAlone(words, i)) return undefined;
  for (let j = i - 1; j >= Math.max(0, i - ONE_REACH); j--) {
    if (!looksPlural(words[j]!) && language === 'nl') continue;
    const lists = listsOfOtherForm(words[j]!, nouns);
    if (lists && !nouns.singular.has(words[j]!)) return lists;
  }
  return undefined;
}
const ONE: Record<Language, string> = { nl: 'eentje', en: 'one' };

/**
 * "Of the roles a mission-driven business owner takes on, which one makes sure …?", "Van de rollen
 * die je hebt, welke zorgt …?": the plural item noun put first, after "of"/"van", and "which"/"welke"
 * later picks one of them (visitors-dk: it fell back). "Tussen die zes eigenschappen …, welke …?",
 * "Among the six traits, which …?" put them first the same way (visitors-dm), and so does going back
 * to them: "terug naar die eigenschappen, welke ging over …?" (visitors-dn).
 */
function pluralFrontedBeforeWhich(
  words: readonly string[],
  nouns: ItemNouns,
  language: Language,
): readonly string[] | undefined {
  const start = matchAt(words, 0, FRONTED_BY[language]);
  if (start === undefined || !words.some((w) => WHICH[language].has(w))) return undefined;
  const at = skipBetween(words, start, language);
  return at < words.length && looksPlural(words[at]!) ? pluralListsAt(words, at, nouns) : undefined;
}
const FRONTED_BY: Record<Language, string[][]> = {
  nl: [['van'], ['tussen'], ['terug', 'naar']],
  en: [['of'], ['among'], ['amongst'], ['back', 'to']],
};
const WHICH: Record<Language, ReadonlySet<string>> = {
  nl: new Set(['welke', 'welk']),
  en: new Set(['which']),
};
/** How many words before "eentje" the plural may stand ("met die hoedjes ook eentje"). */
const ONE_REACH = 4;

const IS_THAT: Record<Language, string[][]> = {
  nl: [
    ['is', 'dat'],
    ['is', 'dit'],
    ['is', 'het'],
  ],
  en: [
    ['is', 'that'],
    ['is', 'this'],
    ['is', 'it'],
  ],
};
const IS_THAT_ASIDES: Record<Language, ReadonlySet<string>> = {
  nl: new Set('ook dan nou echt eigenlijk soms'.split(' ')),
  en: new Set('also then really actually'.split(' ')),
};
const INDEFINITE: Record<Language, ReadonlySet<string>> = { nl: new Set(['een']), en: new Set(['a', 'an']) };
/** How many words may qualify the noun: "een typische", "a typical social entrepreneur". */
const QUALIFIERS = 2;

/**
 * "(en) welke gaat over geld?" / "which one is about money?": a question for one item that names
 * no list, so it can only be about the list in focus.
 */
export function asksWhichOne(words: readonly string[], language: Language): boolean {
  let start = 0;
  while (OPENERS[language].has(words[start] ?? '')) start++;
  const afterWhich = matchAt(words, start, ASKS_WHICH[language]);
  if (afterWhich !== undefined && WHICH_ONE_VERBS[language].has(words[afterWhich] ?? '')) return true;
  // "welke van die zes gaat over samenwerken?", "which of these is about money?": one of the list in focus.
  if (afterWhich !== undefined && words[afterWhich] === OF[language]) {
    const at = skipBetween(words, afterWhich, language);
    if (WHICH_ONE_VERBS[language].has(words[at] ?? '')) return true;
  }
  // "en die van het geld?", "die met het onderscheiden", "the one that deals with money"
  const afterOne = matchAt(words, start, THE_ONE[language]);
  if (afterOne !== undefined && THE_ONE_LINKS[language].has(words[afterOne] ?? '')) return true;
  return language === 'en' && namesTheOne(words.slice(start));
}

/**
 * "the budget one", "and the teamwork one?": one or two words between "the" and "one" that end the
 * message name an item of the list in focus (visitors-db: it asked back between the trait shown and
 * the hat about the budget).
 */
function namesTheOne(words: readonly string[]): boolean {
  const last = words.length - 1;
  return words[0] === 'the' && last >= 2 && last <= 3 && words[last] === 'one';
}

/** What a visitor opens a follow-up with: "en …", "and …", "what about …", "hoe zit het met …". */
const OPENERS: Record<Language, ReadonlySet<string>> = {
  nl: new Set('en dan hoe zit het met wat'.split(' ')),
  en: new Set('and then what about how'.split(' ')),
};
/** "die", "degene", "the one": an item of the list in focus, named by what follows. */
const THE_ONE: Record<Language, string[][]> = {
  nl: [['die'], ['degene'], ['diegene'], ['dat', 'ene']],
  en: [
    ['the', 'one'],
    ['that', 'one'],
    ['the', 'ones'],
  ],
};
const THE_ONE_LINKS: Record<Language, ReadonlySet<string>> = {
  nl: new Set('van met over voor die dat waar waarbij'.split(' ')),
  en: new Set('that which with about for where on'.split(' ')),
};

/** The noun after "welke …": a singular names one item; a plural only after "van"/"of" ("welke van de petten"). */
function nounAfter(words: readonly string[], from: number, nouns: ItemNouns, language: Language) {
  const at = skipBetween(words, from, language);
  const word = words[at];
  if (word === undefined || isRolePlayedByAThing(words, at, language)) return undefined;
  const singular = nouns.singular.get(word);
  if (singular) return singular;
  const ofSkipped = words.slice(from, at).includes(OF[language]);
  return ofSkipped ? pluralListsAt(words, at, nouns) : undefined;
}

function skipBetween(words: readonly string[], from: number, language: Language): number {
  let at = from;
  while (at < words.length && at - from < MAX_GAP && BETWEEN[language].has(words[at]!)) at++;
  return at;
}

/** @returns the index after the sequence when one of them starts at i */
function matchAt(words: readonly string[], i: number, sequences: string[][]): number | undefined {
  for (const sequence of sequences) {
    if (sequence.every((w, j) => words[i + j] === w)) return i + sequence.length;
  }
  return undefined;
}

function add(map: Map<string, string[]>, key: string, id: string): void {
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  else if (!ids.includes(id)) ids.push(id);
}

/**
 * A question for a whole list, by its items' noun in the plural: "welke rollen onderscheiden
 * jullie?", "what's the deal with those nine hats?", "welke eigenschappen horen daarbij?".
 * "Welke van de petten …" asks for one item (findItemQuestion).
 * @returns the lists, whether the question asks for them ("welke petten", not "die negen petten
 *   van jullie, wat betekenen die voor …"), and whether it points at them as a whole ("hoe kunnen
 *   die petten mij helpen?", not "wie houdt bij de negen petten de kosten bij?", which picks one of
 *   them), or undefined when it names no list this way
 */
export function findListQuestion(
  words: readonly string[],
  nouns: ItemNouns,
  language: Language,
): { lists: readonly string[]; asked: boolean; whole: boolean } | undefined {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (nouns.singular.has(word)) continue;
    const lists = pluralListsAt(words, i, nouns);
    if (!lists) continue;
    const before = words[i - 1] ?? '';
    const whichBefore =
      asksRightBefore(words, i, language) ||
      (describesNoun(before, language) && asksRightBefore(words, i - 1, language)) ||
      asksAcrossAsides(words, i, language) ||
      asksForEveryItem(words, i, language) ||
      ASKED_AFTER.test(words.slice(i + 1).join(' '));
    const those = THOSE[language].has(before) && !PICKS_FROM.has(words[i - 2] ?? '');
    // "wat heb ik aan die negen petten?": "die" before the count points at the whole list too.
    const thoseCounted =
      CARDINALS.has(before) && THOSE[language].has(words[i - 2] ?? '') && !PICKS_FROM.has(words[i - 3] ?? '');
    if (whichBefore || CARDINALS.has(before) || those)
      // Another form of an item noun is mostly its plural, but a singular synonym ("die eigenschap
      // visie") is one too: only a word that looks plural points at the whole list.
      return { lists, asked: whichBefore, whole: (those || thoseCounted) && looksPlural(word) };
  }
  return undefined;
}

/**
 * "… dat een ondernemer een heel rijtje verschillende hoedjes moet dragen. Zou u mij kunnen vertellen
 * welke dat zijn?", "… different roles all the time. what are they?": the list named first, asked for
 * after it (visitors-ed, -dz).
 */
const ASKED_AFTER = new RegExp(
  String.raw`\b(?:(?:welke|wat) (?:dat|die|ze|deze) (?:zijn|waren)|(?:welke|wat) zijn (?:dat|die|ze|deze)|(?:which|what) (?:they|those|these) are|(?:which|what) are (?:they|those|these|them))` +
    // … at the end or before "en": "what are they for?" asks what use they are
    String.raw`(?: (?:precies|eigenlijk|allemaal|exactly|all|then|dan))?(?:$| en\b| and\b)`,
);

/** Whether a sequence that asks for a list ("welke", "wat zijn de") ends right before `at`. */
function asksRightBefore(words: readonly string[], at: number, language: Language): boolean {
  return LIST_ASKERS[language].some((sequence) =>
    sequence.every((w, j) => words[at - sequence.length + j] === w),
  );
}

/**
 * "welke belangrijke rollen …", "welke andere rollen heeft men als …": an adjective before the
 * plural noun (in Dutch inflected with its -e) keeps the question one for the list (it answered social
 * entrepreneurship; visitors-da). Not a count word's typo only ("verschilende").
 */
function describesNoun(word: string, language: Language): boolean {
  if (language === 'en') return ENGLISH_ADJECTIVE.test(word) || ENGLISH_RANKING_WORDS.has(word);
  return word.length >= 4 && word.endsWith('e') && !NOT_ADJECTIVES.has(word);
}
/**
 * "what personal qualities does …", "which typical traits …", "what different roles …": English
 * adjectives have no inflection, but most have one of these endings (it answered social
 * entrepreneurship; visitors-do).
 */
const ENGLISH_ADJECTIVE = /^[a-z]{2,}(al|ive|ous|ful|ic|ant|ent|able|ible|ary)$/;
/** Words ending in -e before a noun that are no adjective: articles and pointing words. */
const NOT_ADJECTIVES = new Set([
  'deze',
  'die',
  'onze',
  'jouwe',
  'mijne',
  'welke',
  'elke',
  'iedere',
  'zulke',
  'sommige',
]);

/**
 * "Noem alle eigenschappen die typisch zijn voor …", "list all the traits": every item is the list,
 * whatever the rest of the question describes (it described the trait vision; visitors-cr). Not
 * "welke van alle petten gaat over geld?", which picks one of them.
 */
function asksForEveryItem(words: readonly string[], at: number, language: Language): boolean {
  const sequence = EVERY[language].find((seq) => seq.every((w, j) => words[at - seq.length + j] === w));
  return sequence !== undefined && !PICKS_FROM.has(words[at - sequence.length - 1] ?? '');
}
/** Longest first: the first sequence that matches is the one used. */
const EVERY: Record<Language, string[][]> = {
  nl: [['alle']],
  en: [['all', 'of', 'the'], ['all', 'of', 'your'], ['all', 'the'], ['all', 'your'], ['all']],
};

/**
 * "Wat zijn volgens jullie de belangrijkste kwaliteiten?", "what are, in your view, the main traits?":
 * "wat zijn de …" with an aside after the verb and a superlative before the noun still asks for the
 * list as a whole.
 */
function asksAcrossAsides(words: readonly string[], at: number, language: Language): boolean {
  let j = at - 1;
  while (j >= 0 && ranks(words[j]!, language)) j--;
  if (!THE[language].has(words[j] ?? '')) return false;
  j--;
  while (j >= 0 && ASIDES[language].has(words[j]!)) j--;
  const [what, are] = ASKS_WHAT_ARE[language];
  return words[j] === are && words[j - 1] === what;
}
const ranks = (word: string, language: Language) =>
  language === 'nl' ? isSuperlative(word) : ENGLISH_RANKING_WORDS.has(word);
const ENGLISH_RANKING_WORDS = new Set(['most', 'main', 'key', 'important', 'essential', 'best', 'biggest']);
const THE: Record<Language, ReadonlySet<string>> = {
  nl: new Set(['de', 'die']),
  en: new Set(['the', 'those']),
};
const ASIDES: Record<Language, ReadonlySet<string>> = {
  nl: new Set('volgens jullie u jou jouw nou eigenlijk dan precies nu zoal allemaal'.split(' ')),
  en: new Set('in your view according to you then exactly actually really'.split(' ')),
};
const ASKS_WHAT_ARE: Record<Language, [string, string]> = { nl: ['wat', 'zijn'], en: ['what', 'are'] };

/**
 * "maakt dat verschil?", "zou dat verschil uitmaken?", "does it make a difference": whether it
 * matters, not one of the differences between services and products (their item noun; it showed the
 * customer co-producing, visitors-bq). A verb of making right before the noun or one word before
 * that, or right after it.
 */
function makesADifference(words: readonly string[], at: number): boolean {
  if (!DIFFERENCE.has(words[at]!)) return false;
  return [words[at - 1], words[at - 2], words[at + 1]].some((w) => w !== undefined && MAKE.has(w));
}
const DIFFERENCE = new Set(['verschil', 'difference']);
const MAKE = new Set(['maakt', 'maken', 'maakte', 'uitmaken', 'uitmaakt', 'make', 'makes', 'made', 'making']);

/** The lists whose item nouns the question uses, singular ("die pet") and plural ("die petten"). */
export interface ListMentions {
  singular: ReadonlySet<string>;
  plural: ReadonlySet<string>;
}

export function listMentions(words: readonly string[], nouns: ItemNouns): ListMentions {
  const singular = new Set<string>();
  const plural = new Set<string>();
  for (const [i, word] of words.entries()) {
    const one = nouns.singular.get(word);
    if (one && makesADifference(words, i)) continue;
    if (one) for (const id of one) singular.add(id);
    else for (const id of pluralListsAt(words, i, nouns) ?? []) plural.add(id);
  }
  return { singular, plural };
}

/**
 * "welke eigen schap gaat over de kas", "de eigen schappen van een ondernemer": an item noun dictated
 * or typed as two words (visitors-de), joined in the visitor's text, so that every reading of it (the
 * question for one item, its ranking, the lists named) meets the noun. Only where neither half names
 * a list and the two together do ("pet ten" stays: "pet" is a noun of its own).
 */
export function joinSplitItemNouns(text: string, nouns: readonly ItemNouns[]): string {
  const names = (word: string) =>
    nouns.some((n) => {
      const { singular, plural } = listMentions([word], n);
      return singular.size + plural.size > 0;
    });
  // A cheap look first: most pairs of words start with no item noun, and reading a pair as a word
  // asks the spelling corrector. The first half has MIN_HALF letters or more: its first letters rule
  // out most pairs with one look-up (nounStartsOf), before every noun is tried.
  const startsLikeANoun = (a: string, b: string) =>
    nouns.some((n) => {
      const { singulars, openings } = nounStartsOf(n);
      if (openings && !openings.has(a.slice(0, MIN_HALF))) return false;
      const word = a + b;
      return singulars.some((noun) => word.startsWith(noun));
    });
  const words = [...text.matchAll(WORD)];
  // Each word normalised once, not as the first of a pair and again as the second (normalizeWithoutMemory).
  const normal = words.map((word) => normalizeWithoutMemory(word[0]));
  let joined = text;
  // From the end, so that the positions of the words before a join stay where they were.
  for (let i = words.length - 2; i >= 0; i--) {
    const [first, second] = [words[i]!, words[i + 1]!];
    const gap = text.slice(first.index + first[0].length, second.index);
    if (gap !== ' ' && !SPACES.test(gap)) continue;
    const [a, b] = [normal[i]!, normal[i + 1]!];
    if (a.length < MIN_HALF || b.length < MIN_HALF || !startsLikeANoun(a, b)) continue;
    if (!names(a + b) || names(a) || names(b)) continue;
    joined = joined.slice(0, first.index + first[0].length) + joined.slice(second.index);
    i--;
  }
  return joined;
}
const WORD = /[\p{L}\p{N}]+/gu;
const SPACES = /^ +$/;

interface NounStarts {
  singulars: readonly string[];
  /** The first MIN_HALF letters of each singular noun; undefined when a noun is shorter than that. */
  openings: ReadonlySet<string> | undefined;
}

/**
 * The singular nouns as an array, and how they open, made once per knowledge: the pairs of every
 * message read them, and trying each noun (85 Dutch ones, with their diminutives) on every pair of
 * words was most of what joining cost.
 */
const NOUN_STARTS = new WeakMap<ItemNouns, NounStarts>();
function nounStartsOf(nouns: ItemNouns): NounStarts {
  let starts = NOUN_STARTS.get(nouns);
  if (!starts) {
    const singulars = [...nouns.singular.keys()];
    const openings = singulars.every((noun) => noun.length >= MIN_HALF)
      ? new Set(singulars.map((noun) => noun.slice(0, MIN_HALF)))
      : undefined;
    NOUN_STARTS.set(nouns, (starts = { singulars, openings }));
  }
  return starts;
}
/** "maat je" for "maatje" is too short a half to be sure of; "eigen schap" is not. */
const MIN_HALF = 3;
