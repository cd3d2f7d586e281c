/**
 * The text pipeline of one language, as swappable steps:
 * normalise → tokenise → (correct spelling) → synonyms → stopwords → stem.
 */
import { isDictionaryWord } from './dictionary';
import type { Language } from './language';
import { normalizeText, normalizedWords } from './normalize';
import { memoize } from './memoize';
import { isFunctionWord, isStopword } from './stopwords';
import { stemmers } from './stemmers';
import type { SpellingCorrector } from './spellingCorrector';
import { baseForms } from './dutchMorphology';
import { isCommonWord } from './commonWords';
import { POSSESSIVES, saysIAm } from './fillerWords';

/** Read-only: the pipeline hands out the tokens it remembers per word, not copies of them. */
export interface AnalyzedToken {
  /** The word as typed (normalised). */
  readonly typed: string;
  /** The word after spelling correction and synonyms. */
  readonly word: string;
  readonly stem: string;
  /** Spelling edits needed to reach `word`; 0 when typed correctly. */
  readonly edits: number;
  /** True when the word is not in the knowledge base's vocabulary at all. */
  readonly unknown: boolean;
  /** True for words of a sentence around the question ("Ik werk in de zorg. Wat is …?"). */
  readonly context?: boolean;
  /** True for words that mark a question as outside the FAQ ("prijs", "training"). */
  readonly offTopic?: boolean;
  /** True for everyday words that carry little topic ("zat", "alweer", "gebeurt"): commonWords.ts. */
  readonly common?: boolean;
}

/** Prefix of the stem of an off-topic word: no indexed text has it. */
export const OFF_TOPIC_MARK = '∅';

/** Distinct typed words whose analysis is remembered (the least recently typed are forgotten). */
const REMEMBERED_WORDS = 20_000;

export class TextPipeline {
  private readonly synonymOf = new Map<string, string>();
  /** Every beginning of an off-topic word ("p", "pe", …, "persoonsgebondenbudget"): see joinPhrases. */
  private readonly offTopicPrefixes = new Set<string>();
  /** The tokens of typed words, as analysed with this corrector. */
  private remembered?: {
    corrector: SpellingCorrector;
    tokensOf: (typed: string) => readonly AnalyzedToken[];
  };

  constructor(
    readonly language: Language,
    synonymGroups: string[][],
    private readonly offTopic: ReadonlySet<string> = new Set(),
  ) {
    for (const [canonical, ...others] of synonymGroups) {
      for (const word of others) this.synonymOf.set(word, canonical!);
    }
    for (const word of offTopic)
      for (let length = 1; length <= word.length; length++) this.offTopicPrefixes.add(word.slice(0, length));
  }

  /** Normalised words, stopwords included. */
  words(text: string): readonly string[] {
    return normalizeText(text) ? normalizedWords(text) : [];
  }

  /** Content words of an indexed text (the knowledge base itself is spelled right). */
  stems(text: string): string[] {
    return this.analyze(text).map((t) => t.stem);
  }

  /**
   * Content words of a visitor's text; with a corrector, misspelt words are corrected first.
   * @param tokensOf each typed word's tokens, from a memory of the caller's (the matcher keeps both
   *   languages' in one); this pipeline's own memory of them otherwise
   */
  analyze(
    text: string,
    corrector?: SpellingCorrector,
    tokensOf?: (typed: string) => readonly AnalyzedToken[],
  ): AnalyzedToken[] {
    const tokens: AnalyzedToken[] = [];
    const typed = joinPhrases(this.words(text), this.offTopic, this.offTopicPrefixes);
    const words = corrector ? joinSplitWords(typed, corrector, this.language) : typed;
    // The remembered tokens themselves: they are read-only (and frozen), so no caller can change
    // another turn's analysis, and a turn allocates no copy of each.
    for (let i = 0; i < words.length; i++) {
      const typed = words[i]!;
      if (SHOW_VERBS.has(typed) && SHOWN_TO.has(words[i + 1] ?? '')) continue;
      if (FALL_VERBS.has(typed) && fallsUnder(words, i)) continue;
      if (TAKE_ON_VERBS.has(typed) && words.slice(0, i).some((w) => ROLE_NOUNS.has(w))) continue;
      const better = betterAt(words, i);
      if (better === 'drop') continue;
      if (VIEW_WORDS.has(typed) && THIS_SITE.has(words[i - 1] ?? '') && VIEW_ON.has(words[i + 1] ?? ''))
        continue;
      if (OWN_ROLES.has(typed) && asWho(words, i)) continue;
      if (SITE_WORDS.has(typed) && THIS_SITE.has(words[i - 1] ?? '')) continue;
      const own = OWN_ORGANISATIONS.has(typed) && isTheVisitors(words, i);
      const word = better ?? typed;
      for (const token of tokensOf ? tokensOf(word) : this.analyzeWord(word, corrector))
        tokens.push(own && token.offTopic ? this.ownThing(token, corrector) : token);
    }
    return tokens;
  }

  /**
   * "de financiën van mijn stichting", "voor onze stichting": the visitor's own organisation is
   * context to the question, not what it asks about ("hoe richt ik een stichting op?"), so its
   * off-topic form weighs as the word it is. (Not every off-topic word after "mijn": "moet ik stoppen
   * met mijn baan?" is still about a job; tried on the development sets.)
   */
  private ownThing(token: AnalyzedToken, corrector?: SpellingCorrector): AnalyzedToken {
    return Object.freeze({
      typed: token.typed,
      word: token.word,
      stem: stemmers[this.language](token.word),
      edits: token.edits,
      unknown: corrector ? !corrector.isKnown(token.word) : false,
    });
  }

  /**
   * A typed word's tokens depend on the word alone (and the corrector, which
   * is the same for every turn on this knowledge), and the matcher analyses the
   * same words for each sentence and each language: remembered per word
   * (bounded, like the corrector's own answers).
   */
  private analyzeWord(typed: string, corrector?: SpellingCorrector): readonly AnalyzedToken[] {
    if (!corrector) return this.tokensOf(typed, corrector);
    // Another corrector corrects differently: what the last one gave is forgotten.
    if (this.remembered?.corrector !== corrector) {
      const tokensOf = memoize(REMEMBERED_WORDS, (word) => this.tokensOf(word, corrector));
      this.remembered = { corrector, tokensOf };
    }
    return this.remembered.tokensOf(typed);
  }

  /** A typed word's tokens, worked out (not remembered: see analyze's tokensOf). */
  tokensOfWord(typed: string, corrector?: SpellingCorrector): readonly AnalyzedToken[] {
    return this.tokensOf(typed, corrector);
  }

  private tokensOf(typed: string, corrector?: SpellingCorrector): AnalyzedToken[] {
    const tokens: AnalyzedToken[] = [];
    for (const { word, edits, unknown } of this.correct(typed, corrector)) {
      const canonical = this.synonymOf.get(word) ?? word;
      if (isStopword(canonical, this.language) || isStopword(typed, this.language)) continue;
      // An off-topic word matches nothing ("courses" is not the strategist's "course").
      const offTopic = this.offTopic.has(canonical);
      const stem = offTopic ? `${OFF_TOPIC_MARK}${canonical}` : stemmers[this.language](canonical);
      const common =
        !offTopic && (isCommonWord(typed, this.language) || isCommonWord(canonical, this.language));
      tokens.push(
        Object.freeze({
          typed,
          word: canonical,
          stem,
          edits,
          unknown,
          ...(offTopic ? { offTopic } : {}),
          ...(common ? { common } : {}),
        }),
      );
    }
    return tokens;
  }

  /**
   * Another form of a word the knowledge uses (Dutch): "centjes" for "cent", "onderscheidt" for
   * "onderscheiden". Only forms the knowledge knows count, so a rule cannot turn "markt" into "mark".
   */
  private knownBase(typed: string, corrector: SpellingCorrector): string | undefined {
    return baseForms(typed).find((form) => this.isKnownContent(form, corrector));
  }

  /** A word, or another form of one, that the knowledge uses, and not a stopword. */
  private isKnownContent(word: string, corrector: SpellingCorrector): boolean {
    if (isStopword(word, this.language)) return false;
    return corrector.isKnown(word) || corrector.isKnownStem(stemmers[this.language](word));
  }

  /**
   * "watzijn", "hoewerkt", "whatis": a function word typed together with the next word. Left whole it
   * is a word the knowledge does not know, which weighs heavily against every answer; split, the
   * function word drops out like any other. Only for what is no word of the language ("overal",
   * "inzicht" are), and the rest must be a function word or a word the knowledge uses.
   */
  private gluedFunctionWord(typed: string, corrector: SpellingCorrector): string[] | undefined {
    if (isDictionaryWord(typed, this.language)) return undefined;
    for (let at = MIN_GLUED_PART; at <= typed.length - MIN_GLUED_PART; at++) {
      const head = typed.slice(0, at);
      const tail = typed.slice(at);
      if (!isFunctionWord(head, this.language)) continue;
      if (isFunctionWord(tail, this.language) || this.isKnownContent(tail, corrector)) return [head, tail];
    }
    return undefined;
  }

  private correct(typed: string, corrector?: SpellingCorrector) {
    if (
      !corrector ||
      corrector.isKnown(typed) ||
      isStopword(typed, this.language) ||
      isCommonWord(typed, this.language)
    ) {
      return [{ word: typed, edits: 0, unknown: corrector ? !corrector.isKnown(typed) : false }];
    }
    // Another form of a known word ("onderneming" next to "ondernemen") is not a typo.
    if (corrector.isKnownStem(stemmers[this.language](typed)))
      return [{ word: typed, edits: 0, unknown: false }];
    const base = this.language === 'nl' ? this.knownBase(typed, corrector) : undefined;
    if (base) return [{ word: base, edits: 0, unknown: false }];
    const parts = corrector.split(typed) ?? this.gluedFunctionWord(typed, corrector);
    if (parts) return parts.map((word) => ({ word, edits: 1, unknown: false }));
    const correction = corrector.correct(typed);
    // Short function words get misspelt ("julie", "waat"); a longer word that is one edit from a
    // function word is usually a word of its own ("morgen" is not "mogen").
    const intoStopword = correction && isFunctionWord(correction.word, this.language) && typed.length > 5;
    // An off-topic word weighs heavily, so only a plain typo of one ("trainig") becomes one.
    const intoOffTopic = correction && this.offTopic.has(correction.word) && correction.distance > 1;
    // A word of the language the FAQ does not use is not a typo of one that it does ("vergeet" is
    // not "verzet"), unless it is one slip away ("peten" for "petten").
    const realWord = correction && correction.distance > 1 && isDictionaryWord(typed, this.language);
    if (correction && !intoStopword && !intoOffTopic && !realWord)
      return [{ word: correction.word, edits: correction.distance, unknown: false }];
    return [{ word: typed, edits: 0, unknown: true }];
  }
}

/**
 * "show me the hats", "toon me de petten": asking to be shown, not about showing (which the FAQ is
 * about: "showing vulnerability", "how can I show clients what to expect"). Dropped only before "me"
 * or "us", where the verb can only be the request.
 */
const SHOW_VERBS = new Set(['show', 'toon']);
const SHOWN_TO = new Set(['me', 'us', 'mij', 'ons']);

/**
 * "val ik dan onder sociaal ondernemen?", "valt dat onder de petten?": asking whether something
 * belongs to a topic, not about what falls together ("productie en consumptie vallen samen"). The
 * verb is dropped only when "onder" follows within a few words, where it can only be that question.
 */
const FALL_VERBS = new Set(['val', 'valt', 'vallen', 'viel', 'vielen']);
const FALLS_UNDER_REACH = 4;

/**
 * "welke rollen moet je als sociaal ondernemer kunnen aannemen?": taking on a role, not hiring staff
 * (the off-topic "aannemen" of "personeel aannemen"), when a word for a role comes before it.
 */
const TAKE_ON_VERBS = new Set(['aannemen', 'aanneemt', 'aangenomen']);
const ROLE_NOUNS = new Set(['rol', 'rollen', 'pet', 'petten', 'hoed', 'hoeden', 'petje', 'petjes']);

/**
 * "beter" is off topic in a comparison the FAQ does not make ("kan ik beter een stichting of een bv
 * oprichten?", "is sociaal ondernemen beter dan werken bij de overheid?"), but not in "steeds beter
 * worden in je vak", "hoe maken we dat beter zichtbaar?", "beter in beeld krijgen", where it only
 * says more of what the rest of the question asks: there it is dropped. "je aanbod beter maken" is
 * the knowledge's "verbeteren". On the development sets all 11 questions with "beter" that are out of
 * scope have "of" in them or "dan" after it; "beter weten" and the adjective ("een betere verkoper")
 * stay off topic (read otherwise, they gave wrong answers).
 */
const IMPROVES = new Map([
  ['worden', 'drop'],
  ['wordt', 'drop'],
  ['zichtbaar', 'drop'],
  ['laten', 'drop'],
  ['in', 'drop'],
  ['maken', 'verbeteren'],
  ['maakt', 'verbeteren'],
  ['maak', 'verbeteren'],
  ['gemaakt', 'verbeteren'],
]);
const THAN = new Set(['dan', 'than']);
const OR = new Set(['of', 'or']);

/** What "beter" at `at` comes to: undefined in a comparison (left as typed), "drop", or the word to read. */
function betterAt(words: readonly string[], at: number): string | undefined {
  if (words[at] !== 'beter') return undefined;
  if (words.slice(at + 1, at + 4).some((w) => THAN.has(w)) || words.some((w) => OR.has(w))) return undefined;
  for (const next of words.slice(at + 1, at + 3)) {
    const improved = IMPROVES.get(next);
    if (improved) return improved;
  }
  return undefined;
}

/**
 * "jullie visie op vakmanschap", "your view on services": Quanta's view of a topic is the topic, not
 * the trait "visie". Only after a word for Quanta and before "op"/"on".
 */
const VIEW_WORDS = new Set(['visie', 'kijk', 'view', 'vision', 'take']);
const VIEW_ON = new Set(['op', 'on']);

function fallsUnder(words: readonly string[], at: number): boolean {
  for (let i = at + 1; i <= at + FALLS_UNDER_REACH && i < words.length; i++)
    if (words[i] === 'onder') return true;
  return false;
}

/** Forms of organisation the knowledge lists as off topic, which a visitor may name as their own. */
const OWN_ORGANISATIONS = new Set([
  'stichting',
  'stichtinkje',
  'vereniging',
  'cooperatie',
  'bv',
  'eenmanszaak',
  'foundation',
  'charity',
  'cooperative',
]);

/** Verbs a visitor introduces their own organisation with: "wij zijn een stichting", "I run a charity". */
const HAVE_OR_BE = new Set([
  'zijn',
  'ben',
  'bent',
  'heb',
  'hebt',
  'hebben',
  'run',
  'runnen',
  'are',
  'am',
  'have',
  'runs',
]);
const ARTICLES = new Set(['een', 'a', 'an']);

/**
 * Whether the word at `at` names the visitor's own organisation: after "mijn"/"our", or introduced
 * as theirs ("wij zijn een kleine stichting", "ik heb net een stichting opgezet", "we are a charity").
 */
function isTheVisitors(words: readonly string[], at: number): boolean {
  if (at > 0 && POSSESSIVES.has(words[at - 1]!)) return true;
  let article = at - 1;
  if (article >= 0 && !ARTICLES.has(words[article]!)) article--; // one word between: "een kleine stichting"
  if (article < 1 || !ARTICLES.has(words[article]!)) return false;
  // "wij zijn een …", "ik heb net een …"
  const verb = words[article - 1] === 'net' ? article - 2 : article - 1;
  return HAVE_OR_BE.has(words[verb] ?? '');
}

/**
 * "welke petten moet ik als oprichter op?", "as a founder, …": the visitor's own role says who asks.
 * The role words are off topic only as questions about Quanta's own people ("wie is de oprichter?"),
 * so after "als"/"as (a)" they are dropped, like the words that frame a question.
 */
const OWN_ROLES = new Set([
  'oprichter',
  'oprichters',
  'eigenaar',
  'directeur',
  'founder',
  'founders',
  'owner',
  'director',
  'ceo',
]);

/** After "als"/"as", or "as a"/"als de": "als oprichter", "as a founder"; "ik ben (de) directeur", "I'm a founder". */
function asWho(words: readonly string[], at: number): boolean {
  const before = words[at - 1];
  if (before === 'als' || before === 'as') return true;
  const verb = ARTICLES.has(before ?? '') ? at - 2 : at - 1;
  if (saysIAm(words, words[verb] === 'im' ? verb : verb - 1)) return true;
  return (
    (before === 'a' || before === 'an' || before === 'de') &&
    (words[at - 2] === 'as' || words[at - 2] === 'als')
  );
}

/**
 * "ik las op jullie website over negen petten", "I saw on this site …": where the visitor read about
 * the topic, not the topic ("hoe maak ik een website?" still is one).
 */
const SITE_WORDS = new Set(['website', 'site', 'webpagina', 'webpage', 'pagina', 'page', 'homepage']);
const THIS_SITE = new Set([
  'jullie',
  'uw',
  'je',
  'jouw',
  'deze',
  'dit',
  'your',
  'this',
  'ur',
  'quanta',
  'npm',
]);

/** The shortest part of a glued function word ("ik", "is"): one letter would split almost anything. */
const MIN_GLUED_PART = 2;

/** The most words an off-topic phrase may have (knowledge/out-of-scope/ is checked against it). */
export const MAX_PHRASE_WORDS = 3;

/**
 * "persoonsgebonden budget" → "persoonsgebondenbudget": an off-topic phrase (knowledge/out-of-scope/)
 * becomes the one word it is listed as, so its words do not match the FAQ's "persoonsgebonden".
 * The longest phrase that starts at a word wins.
 * @param prefixes every beginning of a phrase: words that begin none (most) are not joined to the
 *   next at all, and a join stops where it begins none, as nothing longer can be a phrase then
 *   (the same result, without making and looking up the joined strings)
 */
function joinPhrases(
  words: readonly string[],
  phrases: ReadonlySet<string>,
  prefixes: ReadonlySet<string>,
): readonly string[] {
  if (phrases.size === 0) return words;
  // A copy only from the first phrase joined on: most texts have none, and are returned as they are.
  let joined: string[] | undefined;
  for (let i = 0; i < words.length; i++) {
    let word = words[i]!;
    let phrase = word;
    let taken = 1;
    for (let n = 2; n <= MAX_PHRASE_WORDS && i + n <= words.length && prefixes.has(phrase); n++) {
      phrase += words[i + n - 1]!;
      if (phrases.has(phrase)) [word, taken] = [phrase, n];
    }
    if (taken > 1) joined ??= words.slice(0, i);
    joined?.push(word);
    i += taken - 1;
  }
  return joined ?? words;
}

/**
 * "relatie beheerder" → "relatiebeheerder": two typed words that together make a known one. In
 * Dutch also a separable verb split by "te": "over te halen" → "overhalen", "samen te werken" →
 * "samenwerken", when the knowledge knows the verb whole.
 */
function joinSplitWords(
  words: readonly string[],
  corrector: SpellingCorrector,
  language: Language,
): readonly string[] {
  // As joinPhrases: a copy only from the first two words joined on.
  let joined: string[] | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    const verb = words[i + 2];
    if (
      language === 'nl' &&
      next === 'te' &&
      verb &&
      SEPARABLE_PARTICLES.has(word) &&
      corrector.isKnownJoined(word, verb)
    ) {
      joined ??= words.slice(0, i);
      joined.push(word + verb);
      i += 2;
      continue;
    }
    // "van te voren" for "vantevoren": three words the knowledge (its synonyms too) uses as one.
    if (verb && corrector.isKnownJoined(word, next + verb)) {
      joined ??= words.slice(0, i);
      joined.push(word + next + verb);
      i += 2;
      continue;
    }
    // Two known words are never joined: asked first, as it needs no joined string (most pairs are such).
    if (
      next &&
      !(corrector.isKnown(word) && corrector.isKnown(next)) &&
      corrector.isKnownJoined(word, next)
    ) {
      joined ??= words.slice(0, i);
      joined.push(word + next);
      i++;
    } else joined?.push(word);
  }
  return joined ?? words;
}

/**
 * Particles of Dutch separable verbs ("op te lossen", "mee te denken"). Not "om": "om te doen" is
 * "in order to do".
 */
const SEPARABLE_PARTICLES = new Set(
  'aan af bij binnen door in langs mee na neer op over rond samen tegen terug toe uit vast voor weg'.split(
    ' ',
  ),
);
