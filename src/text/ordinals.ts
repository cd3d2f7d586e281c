/**
 * Finds an ordinal in a visitor's words: "de zesde", "nummer 4", "3e", "pet 3",
 * "de laatste", "the second one". Cardinals ("de negen petten") are not
 * ordinals and are left alone.
 */
import { editDistance } from './editDistance';
import { normalizedWords } from './normalize';
import { memoize } from './memoize';

/** A place in a list: counted from its start or its end, or the middle one ("de middelste"). */
export type Position = { from: 'start' | 'end'; value: number } | { from: 'middle' };

/** A word → number table without Object's prototype: "constructor" or "tostring" is no ordinal. */
function table(entries: Record<string, number>): Readonly<Record<string, number>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, number>, entries));
}

export interface OrdinalMention {
  position: Position;
  /** The other words of the text, in order. */
  rest: string[];
  /** The word right after the ordinal, if any ("pet" in "de tweede pet", "jaar" in "het tweede jaar"). */
  next?: string;
  /** The word right before it, if any ("kenmerk" in "kenmerk 2"). */
  previous?: string;
  /**
   * Nothing but filler stands before the ordinal ("number 3 sounds vague", "en die derde?"): the
   * message starts by picking an item, whatever it says after.
   */
  opensMessage: boolean;
  /** Given as a number with a word for it ("nummer 3", "number two"): no count of anything else. */
  marked: boolean;
}

const WORDS = table({
  eerste: 1,
  allereerste: 1,
  tweede: 2,
  derde: 3,
  vierde: 4,
  vijfde: 5,
  zesde: 6,
  zevende: 7,
  achtste: 8,
  negende: 9,
  tiende: 10,
  elfde: 11,
  twaalfde: 12,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
});
/** Whether the word is an ordinal written out ("tweede", "second"). */
export function isOrdinalWord(word: string): boolean {
  return word in WORDS;
}

/** Cardinals count as ordinals right after a marker or an item noun: "pet nummer drie", "kenmerk vijf". */
const CARDINALS = table({
  een: 1,
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  // beyond every list, so "nummer twaalf" is out of range, not a question (visitors-dp)
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  twintig: 20,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
});
const FROM_END = table({
  laatste: 1,
  allerlaatste: 1,
  last: 1,
  final: 1,
  voorlaatste: 2,
  penultimate: 2,
});
/** "de middelste", "the middle one": English "middle" only before "one" or an item noun, or last. */
const MIDDLE = new Set(['middelste', 'middle']);
const MARKERS = new Set([
  'nummer',
  'nr',
  'no',
  'number',
  'num',
  'nummertje',
  'plek',
  'plaats',
  'positie',
  'place',
  'position',
]);
/**
 * Words for one item of any list ("punt 3", "item 2"). What the items of one list are called
 * ("pet", "kenmerk") is knowledge: the caller passes those in.
 */
const LIST_ITEM_WORDS = new Set('onderdeel item punt stap point'.split(' '));
const FILLER = new Set('en de het een and the what wat is about over dan then'.split(' '));
/** What may stand before an ordinal that opens a message: "oké, en die derde", "hmm number 3", "so the second". */
const OPENERS = new Set(
  'en de het die dat and the that this so ok oke okay hmm hm nou ja oh ah nummer nr number no'.split(' '),
);
const NUMBERED = /^(\d{1,2})(e|de|ste|st|nd|rd|th)$/;

const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * @param itemNouns what the items of the knowledge's lists are called, normalised ("pet", "hat"):
 *   a number right after one is a position ("pet 3", "kenmerk vijf")
 * @param mayStart couldStartOrdinal, answered from a memory (the caller's, which may hold more of a
 *   word's facts; this module's own otherwise)
 */
export function findOrdinal(
  text: string,
  itemNouns: Pick<ReadonlySet<string>, 'has'> = NO_WORDS,
  mayStart: (word: string) => boolean = mayStartOrdinal,
): OrdinalMention | undefined {
  const words = withMarkerApart(normalizedWords(text).filter(Boolean));
  const onlyNumber = words.filter((w) => !FILLER.has(w)).length === 1;
  const namesItem = (word: string | undefined) =>
    word !== undefined && (LIST_ITEM_WORDS.has(word) || itemNouns.has(word));
  for (let i = 0; i < words.length; i++) {
    const found = mayStart(words[i]!) ? readAt(words, i, onlyNumber, namesItem) : undefined;
    if (found) {
      const rest = [...words.slice(0, i), ...words.slice(i + found.length)];
      const next = words[i + found.length];
      const previous = words[i - 1];
      const opensMessage = words.slice(0, i).every((w) => OPENERS.has(w));
      const marked = MARKERS.has(words[i]!);
      // "op een na laatste" / "second last" / "one but last": one before the end.
      if (found.position.from === 'end' && isOneBefore(words.slice(Math.max(0, i - 3), i))) {
        return {
          position: { from: 'end', value: 2 },
          rest: rest.filter((w) => !['op', 'een', 'na', 'second', 'one', 'but'].includes(w)),
          ...(next ? { next } : {}),
          ...(previous ? { previous } : {}),
          opensMessage,
          marked,
        };
      }
      // "third hat from the end", "de tweede van achteren": counted back from the end.
      const backward = countedFromTheEnd(found.position, words, i + found.length, namesItem);
      if (backward) {
        const { at, length } = backward;
        return {
          position: backward.position,
          rest: rest.filter((_, j) => {
            const index = j < i ? j : j + found.length;
            return index < at || index >= at + length;
          }),
          ...(next ? { next } : {}),
          ...(previous ? { previous } : {}),
          opensMessage,
          marked,
        };
      }
      return {
        position: found.position,
        rest,
        ...(next ? { next } : {}),
        ...(previous ? { previous } : {}),
        opensMessage,
        marked,
      };
    }
  }
  return undefined;
}

/** "nr2", "no3": the marker typed against its number, read as "nr 2" (visitors-dg). */
function withMarkerApart(words: string[]): string[] {
  if (!words.some((w) => GLUED_MARKER.test(w))) return words;
  return words.flatMap((w) => {
    const glued = GLUED_MARKER.exec(w);
    return glued ? [glued[1]!, glued[2]!] : [w];
  });
}
const GLUED_MARKER = /^(nr|no|nummer|number)(\d{1,2})$/;

/** Phrases after an ordinal that count it from the end: "the third from the end", "de tweede van achteren". */
const FROM_THE_END = [
  'from the end',
  'from the bottom',
  'from last',
  // "the 2nd to last", "third to last" (visitors-ec)
  'to last',
  'to the last',
  'from the back',
  'counting backwards',
  'counting back',
  'van achteren',
  'van achter',
  'vanaf achteren',
  'van onderen',
  'van het einde',
  'van het eind',
  'vanaf het einde',
  'vanaf het eind',
  'van achteraan',
  'vanachter',
  'achteraan',
].map((phrase) => phrase.split(' '));

/**
 * A position counted from the start, followed by a phrase that counts it from the end (right after
 * the ordinal, or after one word naming an item: "the third hat from the end"): that position from
 * the end, and where the phrase stands.
 */
function countedFromTheEnd(
  position: Position,
  words: string[],
  after: number,
  namesItem: (word: string | undefined) => boolean,
): { position: Position; at: number; length: number } | undefined {
  if (position.from !== 'start') return undefined;
  for (const at of namesItem(words[after]) ? [after, after + 1] : [after]) {
    const phrase = FROM_THE_END.find((p) => p.every((w, j) => words[at + j] === w));
    if (phrase) return { position: { from: 'end', value: position.value }, at, length: phrase.length };
  }
  return undefined;
}

function readAt(
  words: string[],
  i: number,
  onlyNumber: boolean,
  namesItem: (word: string | undefined) => boolean,
): { position: Position; length: number } | undefined {
  const word = words[i]!;
  if (word === 'second' && ['last', 'to'].includes(words[i + 1] ?? '')) {
    return { position: { from: 'end', value: 2 }, length: words[i + 1] === 'to' ? 3 : 2 };
  }
  if (isAdverbial(words, i) || meansTheLatter(words, i, namesItem)) return undefined;
  const ordinal = WORDS[word] ?? fuzzyOrdinal(word);
  if (ordinal) return { position: { from: 'start', value: ordinal }, length: 1 };
  const fromEnd = FROM_END[word] ?? fuzzyFromEnd(word);
  if (fromEnd) return { position: { from: 'end', value: fromEnd }, length: 1 };
  const next = words[i + 1];
  if (MIDDLE.has(word) && (word === 'middelste' || next === undefined || next === 'one' || namesItem(next)))
    return { position: { from: 'middle' }, length: 1 };
  const numbered = NUMBERED.exec(word);
  if (numbered) return { position: { from: 'start', value: Number(numbered[1]) }, length: 1 };
  if (MARKERS.has(word) && next && /^\d{1,2}$/.test(next)) {
    return { position: { from: 'start', value: Number(next) }, length: 2 };
  }
  if (MARKERS.has(word) && next && CARDINALS[next]) {
    return { position: { from: 'start', value: CARDINALS[next] }, length: 2 };
  }
  if (
    CARDINALS[word] &&
    namesItem(words[i - 1]) &&
    !MARKERS.has(words[i + 1] ?? '') &&
    !isArticleBeforeNoun(words, i)
  ) {
    return { position: { from: 'start', value: CARDINALS[word] }, length: 1 };
  }
  // A lone number is a position only when it could be one ("4"), not "42".
  if (!/^\d{1,2}$/.test(word) || Number(word) > 20) return undefined;
  const numberOf = next === 'van' || next === 'of' || next === 'uit'; // "5 van de kenmerken", "3 of the hats"
  // "de 8 pet": a number before one item (a singular noun) is its position; "9 petten" counts them.
  const beforeItem = () => ['de', 'het', 'the'].includes(words[i - 1] ?? '') && namesItem(next);
  return onlyNumber || numberOf || beforeItem() || namesItem(words[i - 1])
    ? { position: { from: 'start', value: Number(word) }, length: 1 }
    : undefined;
}

/**
 * "welke rollen een maatschappelijk ondernemer aanneemt": "een"/"one" with a word after it that is no
 * filler is an article, not the number of an item ("pet een" is; it showed the first hat for the whole
 * list, visitors-dp).
 */
function isArticleBeforeNoun(words: readonly string[], i: number): boolean {
  const next = words[i + 1];
  return ARTICLES.has(words[i]!) && next !== undefined && !FILLER.has(next);
}
const ARTICLES = new Set(['een', 'one']);

/**
 * Whether an ordinal can start at this word: every way readAt finds one begins with such a word (most
 * words of a question are none of these, and need no further look).
 */
export function couldStartOrdinal(word: string): boolean {
  return (
    word === 'second' ||
    word in WORDS ||
    fuzzyOrdinal(word) !== undefined ||
    word in FROM_END ||
    fuzzyFromEnd(word) !== undefined ||
    MIDDLE.has(word) ||
    NUMBERED.test(word) ||
    MARKERS.has(word) ||
    word in CARDINALS ||
    /^\d{1,2}$/.test(word)
  );
}

/** couldStartOrdinal, remembered per word (bounded). */
const mayStartOrdinal = memoize(10_000, couldStartOrdinal);

/** Ordinal words survive one typo ("twede", "vierde", "negnde"); a four-letter word only a missing last letter ("derd"). */
const NOT_ORDINALS = new Set([
  'eerst',
  'derden',
  'firsts',
  'seconds',
  'lasts',
  'fifty',
  'sixty',
  'fight',
  'tent',
  'forth',
  // "het zelfde doen" (for "hetzelfde"), "we vierden het": words, not "elfde", "vierde" misspelt
  // ("hoe moet ik omgaan met konkurenten die het zelfde doen" was told item 11 does not exist; visitors-bs).
  'zelfde',
  'vierden',
  'thirst',
]);

/** Every word of every message is tried as an ordinal: the answer per word is remembered (bounded). */
const fuzzyOrdinal = memoize(10_000, closestOrdinal);

function closestOrdinal(word: string): number | undefined {
  if (word.length < 4 || NOT_ORDINALS.has(word) || CARDINALS[word]) return undefined;
  for (const [ordinal, value] of Object.entries(WORDS)) {
    // A four-letter word only as an ordinal missing its last letter ("derd"), not "fist".
    const close =
      word.length === 4
        ? ordinal.length === 5 && ordinal.startsWith(word)
        : editDistance(word, ordinal, 1) <= 1;
    if (ordinal.length >= 5 && close) return value;
  }
  return undefined;
}

/**
 * "de laatse", "laaste" (visitors-df: it matched an entry on "laat"): the long words for the last one
 * survive one typo, as the ordinal words do; not "laatst" (lately), a word of its own.
 */
const fuzzyFromEnd = memoize(10_000, (word: string): number | undefined => {
  if (word.length < 6 || word === 'laatst') return undefined;
  for (const [fromEnd, value] of Object.entries(FROM_END))
    if (fromEnd.length >= 7 && editDistance(word, fromEnd, 1) <= 1) return value;
  return undefined;
});

/**
 * Words before "first"/"last" (or "eerste"/"laatste") that make it say when or in what order, not
 * which item: "doing comes first", "at last", "ten eerste".
 */
const ADVERBIAL_BEFORE = new Set(['comes', 'come', 'came', 'coming', 'at', 'ten']);

/** Words before an English "first" or "last" that keep it an ordinal: "the first", "and last?", "is first". */
const BEFORE_ENGLISH_ORDINAL = new Set(
  'the a and or what about is its your our their this that very to of then just me one but second'.split(' '),
);
/** Words after an adverb "first" that end its clause: "what should I do first as a starter?" */
const AFTER_ENGLISH_ADVERB = new Set('as when if before and or so because'.split(' '));

/**
 * "first of all", "comes first", "ten eerste": an adverb, not the first item of a list. So is an
 * English "first" or "last" after a verb at the end of a clause: "which hat should a beginner focus
 * on first?", "what should I do first as a starter?". (Dutch says "eerst" and "laatst" there, which
 * are no ordinals.)
 */
function isAdverbial(words: readonly string[], i: number): boolean {
  const word = words[i]!;
  if (!['first', 'last', 'eerste', 'laatste'].includes(word)) return false;
  const previous = words[i - 1];
  const next = words[i + 1];
  if ((next === 'of' && words[i + 2] === 'all') || ADVERBIAL_BEFORE.has(previous ?? '')) return true;
  return (
    (word === 'first' || word === 'last') &&
    previous !== undefined &&
    !BEFORE_ENGLISH_ORDINAL.has(previous) &&
    (next === undefined || AFTER_ENGLISH_ADVERB.has(next))
  );
}

/**
 * "Ik heb wel een droom, maar nog geen stip op de horizon. Is dat laatste echt een eigenschap …?":
 * "dat laatste" after something the visitor said is "the latter", what was just said, not the last
 * item of a list (it showed the last trait, visitors-cq). Not when it opens the message ("en dat
 * laatste?" after a list) or names an item ("dat laatste kenmerk").
 */
function meansTheLatter(
  words: readonly string[],
  i: number,
  namesItem: (word: string | undefined) => boolean,
): boolean {
  return (
    words[i] === 'laatste' &&
    THAT.has(words[i - 1] ?? '') &&
    !namesItem(words[i + 1]) &&
    !words.slice(0, i).every((w) => OPENERS.has(w))
  );
}
const THAT = new Set(['dat', 'dit']);

function isOneBefore(before: string[]): boolean {
  const joined = before.join(' ');
  return /(op een na|second|one but)$/.test(joined);
}

/**
 * The 1-based position in a list of `length` items, or undefined when it is outside the list (or, for
 * the middle, when the list has an even length: then two items share the middle, see middlePair).
 */
export function resolvePosition(position: Position, length: number): number | undefined {
  if (position.from === 'middle') return length % 2 === 1 ? (length + 1) / 2 : undefined;
  const index = position.from === 'start' ? position.value : length - position.value + 1;
  return index >= 1 && index <= length ? index : undefined;
}

/** The two positions in the middle of a list of even length (3 and 4 of 6), for asking which is meant. */
export function middlePair(length: number): [number, number] | undefined {
  return length >= 2 && length % 2 === 0 ? [length / 2, length / 2 + 1] : undefined;
}
