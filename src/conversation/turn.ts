/**
 * One visitor message with what the intents need to judge it: cleaned text,
 * language, the match against the knowledge (computed once, on first use) and
 * the entry in focus. Plain TypeScript: no botbuilder types.
 */
import type { KnowledgeBase, KnowledgeEntry } from '../knowledge/types';
import type { Language } from '../text/language';
import type { Matcher, MatchResult } from '../matching/matcher';
import type { MatcherOptions } from '../matching/matcherOptions';
import type { SecondOpinion } from '../matching/secondOpinion';
import { normalizeText, normalizedWords, stripInvisible } from '../text/normalize';
import {
  asksToExplainAgain,
  asksWhatItMeansForMe,
  recogniseFollowUp,
  type FollowUpKind,
} from '../text/followUpWords';
import { questionAfterTopicSwitch, returnsToEarlierTopic } from '../text/topicSwitch';
import { askedLanguage, withoutLanguageRequests } from '../text/languageRequest';
import { afterSelfCorrection, questionSentence, sentences } from '../text/questionSentence';
import { FOCUS_FIELDS, memoryWithout, PENDING_TURNS, type ConversationMemory } from './memory';
import type { EntryReplies } from './entryReplies';
import { localeLanguage } from './messages';
import { joinSplitItemNouns, type ItemNouns } from '../text/itemQuestion';
import { withQuestionWordsSpelt } from '../text/questionWordTypos';
import type { WordRecord } from '../matching/wordMemory';
import { quotedPhrase } from '../text/quotedPhrases';
import { withoutLetterFrame } from '../text/letterFrame';
import { entryQuoted } from '../knowledge/entryTitles';

export interface TurnInput {
  text: string;
  /** A button's payload (messageBack / Action.Submit), when there is one. */
  value?: unknown;
  /** The channel's locale, e.g. "nl-NL": the language to use when the words do not tell. */
  locale?: string;
}

export interface ConversationDeps {
  knowledge: KnowledgeBase;
  matcher: Matcher;
  /** A second retrieval, asked only when the matcher's best candidates are close. */
  secondOpinion: SecondOpinion;
  replies: EntryReplies;
  /** What the items of each list are called, per language ("pet", "kenmerk"). */
  itemNouns: Record<Language, ItemNouns>;
  options: MatcherOptions;
  /** Whether staff may switch on the score view (BOT_DEBUG). */
  debugAllowed: boolean;
}

export class Turn {
  readonly text: string;
  /** Lower case, no diacritics, no punctuation. */
  readonly normalized: string;
  /** What is asked: the text without an announcement of a new topic ("Andere vraag: …"). */
  readonly question: string;
  /**
   * What the conversation remembers for this turn. A new topic announced as such forgets the
   * focus and the choices offered, so they neither bias the question nor catch its ordinal.
   */
  readonly memory: Readonly<ConversationMemory>;
  readonly detected: Language | undefined;
  /**
   * "terug naar die kenmerken": the list that was in focus when the visitor went back to another topic.
   * Of two lists the words name, the one just left is not the one meant.
   */
  readonly leftList: string | undefined;
  /** "terug naar de petten", "back to the hats": the visitor goes back to a topic of before. */
  readonly returnsToTopic: boolean;
  /** The language to answer in. */
  readonly language: Language;
  private matched?: MatchResult;
  private followUpKind?: FollowUpKind | null;
  private asked?: { sentence: string | undefined };
  private quoted?: { entryId: string | undefined };
  private corrected?: { text: string | undefined };
  private focusNouns?: readonly string[];
  private readonly nounsIn: Partial<Record<Language, ItemNouns>> = {};
  /** The stems of the words asked about this turn, both languages' in one record per word. */
  private readonly wordStems = new Map<string, WordRecord>();
  /** What the intents work out once a turn (see once). */
  private onceATurn?: Map<symbol, unknown>;

  constructor(
    readonly input: TurnInput,
    remembered: Readonly<ConversationMemory>,
    readonly deps: ConversationDeps,
  ) {
    this.text = joinSplitItemNouns(withQuestionWordsSpelt(stripInvisible(input.text).trim()), [
      deps.itemNouns.nl,
      deps.itemNouns.en,
    ]);
    this.normalized = normalizeText(this.text);
    // "Geachte dames en heren, … Met vriendelijke groet, T. Bakker": the letter around the question.
    const body = withoutLetterFrame(this.text);
    const afterSwitch = questionAfterTopicSwitch(body);
    this.question = afterSwitch ?? withoutLanguageRequests(body);
    this.memory = afterSwitch === undefined ? remembered : withoutFocus(remembered);
    this.returnsToTopic = afterSwitch !== undefined && returnsToEarlierTopic(this.text);
    this.leftList = this.returnsToTopic ? listOf(deps.knowledge, remembered.focusId) : undefined;
    this.detected = deps.matcher.detectLanguage(this.text);
    // "kan dat in het Engels?": the language the visitor asks for, whatever the message is written in.
    this.language =
      askedLanguage(this.text) ??
      this.detected ??
      remembered.language ??
      localeLanguage(input.locale) ??
      'nl';
  }

  /** The normalised words of the text (normalized.split(' ')): shared, read-only. */
  get words(): readonly string[] {
    return normalizedWords(this.text);
  }

  get knowledge(): KnowledgeBase {
    return this.deps.knowledge;
  }

  /** The match of the question against all entries (computed once). */
  get match(): MatchResult {
    this.matched ??= this.deps.matcher.match(this.question, { preferred: this.language });
    return this.matched;
  }

  /** The short follow-up the whole question amounts to ("volgende", "meer", …), if it is one (computed once). */
  get followUp(): FollowUpKind | undefined {
    if (this.followUpKind === undefined)
      this.followUpKind =
        this.followUpIn(this.question) ?? this.lastSentenceFollowUp() ?? this.correctedFollowUp() ?? null;
    return this.followUpKind ?? undefined;
  }

  /**
   * The one sentence of the question that asks, when it has several (questionSentence; computed once):
   * "Wij willen als gemeente … bekijken. Welke rollen onderscheiden jullie?" asks the second.
   */
  get askedSentence(): string | undefined {
    this.asked ??= { sentence: questionSentence(this.question) };
    return this.asked.sentence;
  }

  /**
   * "oops I meant the previous one", "nee sorry, ik bedoel de volgende": a step said after the visitor
   * takes back the last one; "meant" alone would ask what was meant (visitors-df). Only a step or an
   * example: what was taken back is no topic.
   */
  private correctedFollowUp(): FollowUpKind | undefined {
    if (!this.memory.focusId) return undefined;
    const corrected = this.afterCorrection;
    const kind = corrected === undefined ? undefined : this.followUpIn(corrected);
    return kind && LEADS_SOMEWHERE.has(kind) ? kind : undefined;
  }

  /**
   * What the visitor says after taking back what was shown or said ("sorry, not that one, I meant …"),
   * if they do (questionSentence.afterSelfCorrection; computed once: the follow-ups and which-item
   * questions both read it).
   */
  get afterCorrection(): string | undefined {
    this.corrected ??= { text: afterSelfCorrection(this.question) };
    return this.corrected.text;
  }

  /** The follow-up a text amounts to, read with this turn's item nouns and word memory. */
  followUpIn(text: string): FollowUpKind | undefined {
    return recogniseFollowUp(text, this.followUpNouns, (word) =>
      this.deps.matcher.words.followUpKeywords(word),
    );
  }

  /**
   * "haha afspraak is afspraak. en de pet ervoor?", "Ik werk in de zorg. Hoe ziet dat er in de
   * praktijk uit?": a remark, then a follow-up that says where to go. Only a step, an example or
   * the same explained again ("Klinkt als managementpraat. Kun je het in normale taal uitleggen?"):
   * what the visitor wants explained ("Ik werk bij een gemeente. Wat betekent dat voor ons?")
   * may be what the remark is about, which the matcher reads (as context to the question). Not
   * after a question of its own.
   */
  private lastSentenceFollowUp(): FollowUpKind | undefined {
    const all = sentences(this.question);
    if (all.length < 2 || all.slice(0, -1).some((sentence) => sentence.includes('?'))) return undefined;
    // "Een collega zei dat een dienst aan personen gebonden is. Kun je dat uitleggen?" with nothing shown
    // yet: the remark is what to explain, there is no answer before it (visitors-be).
    if (!this.memory.focusId) return undefined;
    // "My colleague keeps talking about 'vitaal vakmanschap'. What does that mean in plain English?":
    // what the visitor wants explained is the entry the remark quotes (its title or words), not the answer before.
    if (this.quotedEntryId !== undefined) return undefined;
    const last = all.at(-1)!;
    const kind = this.followUpIn(last);
    // "Klinkt als managementpraat. Kun je het gewoon in normale taal uitleggen?": explained again.
    if (kind === 'explain' && (asksToExplainAgain(last) || asksWhatItMeansForMe(last))) return kind;
    return kind && LEADS_SOMEWHERE.has(kind) ? kind : undefined;
  }

  /** The entry the question quotes by its title ("over 'sociaal ondernemen'") or from its text, if it quotes one (computed once). */
  get quotedEntryId(): string | undefined {
    if (this.quoted === undefined) {
      const phrase = quotedPhrase(this.question);
      this.quoted = { entryId: phrase === undefined ? undefined : entryQuoted(this.knowledge, phrase) };
    }
    return this.quoted.entryId;
  }

  /**
   * What an intent works out of this turn alone, worked out once however many intents ask for it
   * (by the key, the asker's own): read-only for the askers. A property of the turn, not a WeakMap
   * per asker: a turn is a new key every time, and a WeakMap's look-ups and entries cost more
   * (2026-12-07, respond() profiled on the bench questions).
   */
  once<T>(key: symbol, compute: () => T): T {
    this.onceATurn ??= new Map();
    if (this.onceATurn.has(key)) return this.onceATurn.get(key) as T;
    const value = compute();
    this.onceATurn.set(key, value);
    return value;
  }

  /** The match, if an intent needed it; undefined otherwise (no work is done). */
  get matchIfComputed(): MatchResult | undefined {
    return this.matched;
  }

  /**
   * The item nouns of one language, with each word's stem looked up once this turn: the recognisers
   * of lists (which list, which item, the nouns named, ordinals) each ask about every word of the
   * message, and the knowledge's memory of stems is a large one, costly to reach on a busy server.
   */
  itemNounsIn(language: Language): ItemNouns {
    this.nounsIn[language] ??= {
      ...this.deps.itemNouns[language],
      stemOf: (word) => this.stemOf(word, language),
    };
    return this.nounsIn[language];
  }

  /** The word's stem in the language, its record looked up once this turn for both languages. */
  private stemOf(word: string, language: Language): string | undefined {
    const memory = this.deps.matcher.words;
    let stems = this.wordStems.get(word);
    if (stems === undefined) this.wordStems.set(word, (stems = memory.of(word)));
    return memory.stemIn(stems, word, language);
  }

  /** What one item of some list is called, in either language ("pet", "kenmerk", "hat"): knowledge data. */
  get itemNouns(): Pick<ReadonlySet<string>, 'has'> {
    const { nl, en } = this.deps.itemNouns;
    return { has: (word) => nl.singular.has(word) || en.singular.has(word) };
  }

  /**
   * The item nouns as a follow-up reads them: also the plural of the list in focus ("waarom zijn die
   * petten eigenlijk nuttig?" after the hats asks about them; "en de petten?" after the traits is a
   * new topic). Only the noun typed as such: a verb the synonyms relate ("typeert") is no noun.
   */
  private get followUpNouns(): Pick<ReadonlySet<string>, 'has'> {
    const singular = this.itemNouns;
    return { has: (word) => singular.has(word) || this.isPluralOfFocusList(word) };
  }

  /**
   * "petten", "petjes", "kenmerken", "eigenschappen", "hats": another form of what the items of the
   * list in focus are called (its noun and an ending of a few letters), not the noun itself.
   */
  isPluralOfFocusList(word: string): boolean {
    // The list's nouns in both languages, gathered once a turn: every word of a follow-up asks.
    const list = this.focusList;
    const nouns = (this.focusNouns ??= list ? [...(list.itemNouns ?? []), ...(list.itemNouns_en ?? [])] : []);
    return nouns.some(
      (noun) => word !== noun && word.startsWith(noun) && word.length - noun.length <= MAX_ENDING,
    );
  }

  /** The entry shown last, if it still exists (the knowledge may have been reloaded). */
  get focus(): KnowledgeEntry | undefined {
    return this.memory.focusId ? this.knowledge.get(this.memory.focusId) : undefined;
  }

  /** The list in focus: the list shown last, or the list of the item shown last. */
  get focusList(): KnowledgeEntry | undefined {
    const id = listOf(this.knowledge, this.memory.focusId);
    return id ? this.knowledge.get(id) : undefined;
  }

  /**
   * What the turn before offered, when it fell back or asked back ("Bedoelt u …?"): its options, in
   * order. Empty after any other turn.
   */
  get justOffered(): KnowledgeEntry[] {
    const pending = this.memory.pending;
    if (!pending || pending.turnsLeft !== PENDING_TURNS) return [];
    return pending.offered.flatMap((id) => this.knowledge.get(id) ?? []);
  }

  /**
   * The first answer a recogniser of one language gives, the turn's language first: a visitor
   * writing English may still say "de negen petten", and the words decide the language only roughly.
   */
  inEitherLanguage<T>(recognise: (language: Language) => T | undefined): T | undefined {
    const other: Language = this.language === 'nl' ? 'en' : 'nl';
    return recognise(this.language) ?? recognise(other);
  }

  /** Content words of the text in the answer language (spelling corrected, stopwords dropped). */
  contentWords(text = this.text): string[] {
    return this.deps.matcher.analyze(text, this.language).map((t) => t.word);
  }
}

/**
 * Follow-ups that say where to go (a step, an example), not what to explain; nor the list, whose
 * "allemaal" also ends other questions ("wat betekent dat allemaal voor een organisatie als de onze?").
 */
const LEADS_SOMEWHERE: ReadonlySet<FollowUpKind> = new Set(['next', 'previous', 'example']);

/** The longest ending of a noun's plural or diminutive ("-en", "-jes", "-pen" of "eigenschappen"). */
const MAX_ENDING = 3;

/** The list an entry is or belongs to. */
export function listOf(knowledge: KnowledgeBase, id: string | undefined): string | undefined {
  const entry = id ? knowledge.get(id) : undefined;
  if (!entry) return undefined;
  return entry.items.length > 0 ? entry.id : entry.parent;
}

function withoutFocus(memory: Readonly<ConversationMemory>): ConversationMemory {
  return memoryWithout(memory, FOCUS_FIELDS);
}
