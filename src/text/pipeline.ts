/**
 * The text pipeline of one language, as swappable steps:
 * normalise → tokenise → (correct spelling) → synonyms → stopwords → stem.
 */
import { isDictionaryWord } from './dictionary';
import type { Language } from './language';
import { normalizeText, normalizedWords } from './normalize';
import { memoize } from './memoize';
import { functionWordList, isFunctionWord, isStopword } from './stopwords';
import { editDistance } from './editDistance';
import { stemmers } from './stemmers';
import type { SpellingCorrector } from './spellingCorrector';
import { baseForms } from './dutchMorphology';
import { isCommonWord } from './commonWords';
import { readingInContext } from './context/wordInContext';
import { namesTheVisitorsOwn } from './context/whoseWords';

/** Read-only: the pipeline hands out the tokens it remembers per word, not copies of them. */
export interface AnalyzedToken {
  /** The word as typed (normalised). */
  readonly typed: string;
  /** The word after spelling correction and synonyms. */
  readonly word: string;
  readonly stem: string;
  /** Spelling edits needed to reach `word`; 0 when typed correctly. */
  readonly edits: number;
  /** When misspelt, the word the corrector read (before synonyms: "eigenschp" → "eigenschap", not "kenmerk"). */
  readonly corrected?: string;
  /** True when the word is not in the knowledge base's vocabulary at all. */
  readonly unknown: boolean;
  /** True for words of a sentence around the question ("Ik werk in de zorg. Wat is …?"). */
  readonly context?: boolean;
  /** True for words that mark a question as outside the FAQ ("prijs", "training"). */
  readonly offTopic?: boolean;
  /** True for everyday words that carry little topic ("zat", "alweer", "gebeurt"): commonWords.ts. */
  readonly common?: boolean;
  /**
   * True for a word of the other language mixed in (isOtherLanguagesWord), which is common for that
   * reason alone: in a message that is wholly the other language, it is unknown again (the matcher).
   */
  readonly mixedIn?: boolean;
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
    readableOf: (typed: string) => string;
  };

  /**
   * @param foreignWords the words the knowledge uses in the other language (for Dutch: its English
   *   phrasings and translations), which a visitor may mix into a message of this one
   */
  constructor(
    readonly language: Language,
    synonymGroups: string[][],
    private readonly offTopic: ReadonlySet<string> = new Set(),
    private readonly foreignWords: ReadonlySet<string> = new Set(),
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
    // The words as the context rules read them: a misspelt word as the word meant, so that "vertelen"
    // after a customer reads as "vertellen" does and "maatschapelijk ondernemer" as "maatschappelijk"
    // (visitors-cj). The typed word itself is still analysed when no rule changes it, so its
    // correction keeps counting as one.
    const readable = corrector ? this.readableWords(words, corrector) : words;
    // The remembered tokens themselves: they are read-only (and frozen), so no caller can change
    // another turn's analysis, and a turn allocates no copy of each.
    for (let i = 0; i < words.length; i++) {
      // What the word says where it stands: the frame of the question ("toon me …"), another word
      // ("beter maken": "verbeteren"), or itself (context/wordInContext.ts).
      const reading = readingInContext(readable, i);
      if (reading === undefined) continue;
      const word = reading === readable[i] ? words[i]! : reading;
      const own = namesTheVisitorsOwn(words, i);
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
    const unknown = corrector ? !corrector.isKnown(token.word) : false;
    return Object.freeze({
      typed: token.typed,
      word: token.word,
      stem: stemmers[this.language](token.word),
      edits: token.edits,
      unknown,
      // A word the knowledge does not use would weigh against every answer, as an unknown topic
      // does; it is only where the visitor works ("als directeur van een kleine stichting", visitors-bh).
      ...(unknown ? { common: true } : {}),
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
    return this.memoryOf(corrector).tokensOf(typed);
  }

  /** What is remembered per typed word for this corrector; another corrects differently, so a new one forgets. */
  private memoryOf(corrector: SpellingCorrector): NonNullable<TextPipeline['remembered']> {
    if (this.remembered?.corrector !== corrector) {
      const tokensOf = memoize(REMEMBERED_WORDS, (word) => this.tokensOf(word, corrector));
      const readableOf = memoize(REMEMBERED_WORDS, (word) => this.readableForm(word, corrector));
      this.remembered = { corrector, tokensOf, readableOf };
    }
    return this.remembered;
  }

  /** The words with each misspelt one as the word it was corrected to; the same array when none is. */
  private readableWords(words: readonly string[], corrector: SpellingCorrector): readonly string[] {
    const { readableOf } = this.memoryOf(corrector);
    let readable: string[] | undefined;
    for (let i = 0; i < words.length; i++) {
      const word = readableOf(words[i]!);
      if (word !== words[i]) (readable ??= [...words])[i] = word;
    }
    return readable ?? words;
  }

  /**
   * A typo's one correction (before synonyms), or the word as typed. Only for what is no word of the
   * language: a real word is what the rules should read ("verboden" is no typo of "verbonden",
   * "zelfstandige" none of "zelfstandig", even where the knowledge only knows the other).
   */
  private readableForm(typed: string, corrector: SpellingCorrector): string {
    if (isDictionaryWord(typed, this.language)) return typed;
    const corrections = this.correct(typed, corrector);
    const only = corrections.length === 1 ? corrections[0]! : undefined;
    return only && only.edits > 0 ? only.word : typed;
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
      const everyday =
        !offTopic && (isCommonWord(typed, this.language) || isCommonWord(canonical, this.language));
      const mixedIn = !offTopic && !everyday && unknown && this.isOtherLanguagesWord(typed);
      const common = everyday || mixedIn;
      tokens.push(
        Object.freeze({
          typed,
          word: canonical,
          stem,
          edits,
          unknown,
          ...(edits > 0 ? { corrected: word } : {}),
          ...(offTopic ? { offTopic } : {}),
          ...(common ? { common } : {}),
          ...(mixedIn ? { mixedIn } : {}),
        }),
      );
    }
    return tokens;
  }

  /**
   * "een bedrijf met physical goods", "why does that matter?" in a Dutch message: a word the
   * knowledge uses in English, and no Dutch word, is mixed in from English; it does not mark the
   * question as one the FAQ does not answer, as a word the knowledge does not use at all does, and
   * weighs as an everyday word. Not every English word: "wat is impact investing?" is still outside.
   */
  private isOtherLanguagesWord(typed: string): boolean {
    return this.foreignWords.has(typed) && !isDictionaryWord(typed, this.language);
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

  /** The function word `typed` is one slip from, if it is no word itself and long enough to tell. */
  private slipOfFunctionWord(typed: string): string | undefined {
    if (typed.length < MIN_FUNCTION_WORD_SLIP || isDictionaryWord(typed, this.language)) return undefined;
    return longFunctionWords(this.language).find(
      (word) => Math.abs(word.length - typed.length) <= 1 && editDistance(typed, word, 1) <= 1,
    );
  }

  private correct(
    typed: string,
    corrector?: SpellingCorrector,
  ): { word: string; edits: number; unknown: boolean }[] {
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
    // "personality-wise", "money-wise" (joined by normalising): the noun is what is asked about.
    const noun = this.language === 'en' ? withoutWise(typed) : undefined;
    if (noun) return this.correct(noun, corrector);
    const parts = corrector.split(typed) ?? this.gluedFunctionWord(typed, corrector);
    if (parts) return parts.map((word) => ({ word, edits: 1, unknown: false }));
    const correction = corrector.correct(typed);
    // Short function words get misspelt ("julie", "waat"); a longer word that is one edit from a
    // function word is usually a word of its own ("morgen" is not "mogen"), unless it is no word at
    // all ("kunnne", visitors-bg).
    const intoStopword =
      correction &&
      isFunctionWord(correction.word, this.language) &&
      typed.length > 5 &&
      isDictionaryWord(typed, this.language);
    // An off-topic word weighs heavily, so only a plain typo of one ("trainig") becomes one.
    const intoOffTopic = correction && this.offTopic.has(correction.word) && correction.distance > 1;
    // A word of the language the FAQ does not use is not a typo of one that it does ("vergeet" is
    // not "verzet"), unless it is one slip away ("peten" for "petten"). Nor is a word of the other
    // language: in the English reading of a Dutch question, "stichting" is no typo of "switching" nor
    // "nergens" of "negen" (visitors-ds); "servies" is still read as a slip of "services".
    const realWord =
      correction &&
      correction.distance > 1 &&
      (isDictionaryWord(typed, this.language) ||
        isDictionaryWord(typed, this.language === 'nl' ? 'en' : 'nl'));
    if (correction && !intoStopword && !intoOffTopic && !realWord)
      return [{ word: correction.word, edits: correction.distance, unknown: false }];
    // "kunnne", "abuot": a slip in a function word, which the corrector (the FAQ's words) does not
    // know; left as it is, an unknown word weighs against every answer (visitors-bg).
    const functionWord = correction ? undefined : this.slipOfFunctionWord(typed);
    if (functionWord) return [{ word: functionWord, edits: 1, unknown: false }];
    return [{ word: typed, edits: 0, unknown: true }];
  }
}

/** "personalitywise" → "personality"; not a word of its own ("likewise", "otherwise", "clockwise"). */
function withoutWise(typed: string): string | undefined {
  if (!typed.endsWith(WISE) || typed.length < WISE.length + MIN_WISE_NOUN) return undefined;
  return isDictionaryWord(typed, 'en') ? undefined : typed.slice(0, -WISE.length);
}
const WISE = 'wise';
/** The shortest noun before "-wise" ("time-wise"). */
const MIN_WISE_NOUN = 4;

/** Shorter slips are too often another word ("pets", "wie"). */
const MIN_FUNCTION_WORD_SLIP = 5;

/** Per language, the function words at least that long (the slips' candidates), listed once. */
const longFunctionWordLists: Partial<Record<Language, readonly string[]>> = {};
function longFunctionWords(language: Language): readonly string[] {
  return (longFunctionWordLists[language] ??= functionWordList(language).filter(
    (word) => word.length >= MIN_FUNCTION_WORD_SLIP - 1,
  ));
}

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
 * Dutch words often written as two: "het zelfde" for "hetzelfde" (visitors-ci, -cj, -cq), "naar toe"
 * for "naartoe" ("weten waar je naar toe wil", visitors-by).
 */
const writtenApart = (language: Language, word: string, next: string) =>
  language === 'nl' &&
  ((next === 'zelfde' && (word === 'het' || word === 'de')) ||
    (word === 'naar' && next === 'toe') ||
    compoundWrittenApart(word, next));

/**
 * "je werk veld goed kennen", "klanten binnen halen", "een andere aan bieder": a Dutch compound
 * written or dictated as two words (visitors-de), each of them a word too, when the knowledge uses the
 * compound (the caller asks). Only parts of three letters or more, and no function words: "over al"
 * is no "overal".
 */
function compoundWrittenApart(word: string, next: string): boolean {
  return (
    word.length >= MIN_COMPOUND_PART &&
    next.length >= MIN_COMPOUND_PART &&
    !isStopword(word, 'nl') &&
    !isStopword(next, 'nl')
  );
}
const MIN_COMPOUND_PART = 3;

/** What may stand between a separable verb's particle and its infinitive: "te", or a modal verb. */
const SPLITTERS = new Set([
  'te',
  'moet',
  'moeten',
  'kan',
  'kunnen',
  'wil',
  'willen',
  'mag',
  'mogen',
  'zal',
  'zullen',
]);

/**
 * "relatie beheerder" → "relatiebeheerder": two typed words that together make a known one. In
 * Dutch also a separable verb split by "te" or a modal verb: "over te halen" → "overhalen", "samen te
 * werken" → "samenwerken", "met je klant mee moet denken" → "meedenken" (visitors-cl), when the
 * knowledge knows the verb whole.
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
      SPLITTERS.has(next ?? '') &&
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
    if (verb && corrector.isKnownJoinedThree(word, next!, verb)) {
      joined ??= words.slice(0, i);
      joined.push(word + next + verb);
      i += 2;
      continue;
    }
    // Two known words are joined only when they are one word written apart ("andere bureaus die het
    // zelfde doen", "je werk veld"): that is asked first, as it needs no joined string (most pairs are
    // two known words that are not).
    if (
      next &&
      (!(corrector.isKnown(word) && corrector.isKnown(next)) || writtenApart(language, word, next)) &&
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
