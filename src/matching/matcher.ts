/**
 * The matcher: one index per language, language detection, and a merged,
 * sorted list of candidates for a visitor's text. It decides nothing; ranking
 * (answer, clarify or fall back) is rank.ts.
 */
import type { KnowledgeBase } from '../knowledge/types';
import type { Language } from '../text/language';
import type { AnalyzedToken } from '../text/pipeline';
import { LanguageDetector } from '../text/languageDetector';
import { WordMemory } from './wordMemory';
import { normalizeText } from '../text/normalize';
import { buildLanguageIndex, type LanguageIndex } from './languageIndex';
import { scoreEntries, type Candidate } from './scorer';
import { RankFloor, topCandidates, type Retrieval } from './pruned';
import type { MatcherOptions } from './matcherOptions';
import { asksForFact } from '../text/questionType';
import { entryTitled } from '../knowledge/entryTitles';
import { loadDictionaries } from '../text/dictionary';
import { normalizedWords } from '../text/normalize';
import {
  doubtsWhatCameBefore,
  afterSelfCorrection,
  leadClause,
  pointsBack,
  questionSentence,
  sentences,
  termPointedAt,
} from '../text/questionSentence';
import { withFields } from '../text/withFields';

export const LANGUAGES: readonly Language[] = ['nl', 'en'];
/** The languages, one of them first: made once, not per text. */
const FIRST: Record<Language, readonly Language[]> = { nl: ['nl', 'en'], en: ['en', 'nl'] };

export interface MatchResult {
  /** The language the words show, if they show one. */
  detected: Language | undefined;
  tokens: Record<Language, AnalyzedToken[]>;
  /** Best first; at most one per entry; the `maxCandidates` best (options). */
  candidates: Candidate[];
}

export interface MatchOptions {
  /** Language to prefer when the words do not tell (the conversation's language). */
  preferred?: Language;
  /** Only entries for which this returns true are scored. */
  allowed?: (entryId: string) => boolean;
}

export class Matcher {
  readonly indexes: Record<Language, LanguageIndex>;
  private readonly detector: LanguageDetector;
  /** Entry id → its place in localeCompare order, the tie-break between equal scores. */
  private readonly idOrder: Map<string, number>;
  /** Each typed word's analyses, both languages' in one memory (wordMemory.ts). */
  readonly words: WordMemory;
  /** Per language, a typed word's tokens from that memory (made once, not per text). */
  private readonly tokensIn: Record<Language, (typed: string) => readonly AnalyzedToken[]>;
  /** Whether some language is too large to score whole: only then is a RankFloor read (by topCandidates). */
  private readonly prunes: boolean;

  constructor(
    readonly knowledge: KnowledgeBase,
    readonly options: MatcherOptions,
  ) {
    // The spelling corrector asks them whether a word is real; parsed here, not in a visitor's turn.
    loadDictionaries();
    // Dutch visitors mix English words in (visitors-dd): the Dutch index knows the English one's words
    // as words mixed in. Not the other way round: every Dutch message is also read as English, and
    // with Dutch words as everyday words there, 17 more out-of-scope questions were answered (tried).
    const en = buildLanguageIndex(knowledge, 'en', options);
    this.indexes = { nl: buildLanguageIndex(knowledge, 'nl', options, en.vocabulary), en };
    this.words = new WordMemory(this.indexes);
    this.tokensIn = {
      nl: (typed) => this.words.tokens(typed, 'nl'),
      en: (typed) => this.words.tokens(typed, 'en'),
    };
    this.detector = new LanguageDetector({ nl: this.indexes.nl.vocabulary, en: this.indexes.en.vocabulary });
    // Computed once: with thousands of equal scores, comparing ids with localeCompare dominated a turn.
    const ids = knowledge.entries.map((e) => e.id).sort(new Intl.Collator().compare);
    this.idOrder = new Map(ids.map((id, i) => [id, i]));
    this.prunes = LANGUAGES.some((l) => !this.scoredWhole(l));
  }

  /**
   * A knowledge base no larger than the candidates wanted is scored whole: pruning would keep
   * every entry anyway, and its bookkeeping costs more than it spares at that size.
   */
  private scoredWhole(language: Language): boolean {
    return this.indexes[language].entryPhrasings.size <= this.options.maxCandidates;
  }

  detectLanguage(text: string): Language | undefined {
    return this.detector.detect(text);
  }

  /** Content words of the text after spelling correction, synonyms and stemming. */
  analyze(text: string, language: Language): AnalyzedToken[] {
    const index = this.indexes[language];
    return index.pipeline.analyze(text, index.corrector, this.tokensIn[language]);
  }

  /**
   * Like analyze, but marks the words of sentences around the one question as context.
   * @param question questionSentence(text), found once for both languages
   */
  private analyzeSentences(text: string, question: string | undefined, language: Language): AnalyzedToken[] {
    if (!question) {
      const lead = leadClause(text);
      if (!lead) return this.analyze(text, language);
      return [
        ...this.analyze(lead[0], language).map((t) => withFields(t, { context: true })),
        ...this.analyze(lead[1], language),
      ];
    }
    return sentences(text).flatMap((sentence) =>
      this.analyze(sentence, language).map((t) =>
        sentence === question ? t : withFields(t, { context: true }),
      ),
    );
  }

  /**
   * Scores the whole text and, when it is several sentences of which one is a
   * question, that question on its own: "Welke rollen heeft een sociaal
   * ondernemer? Ik las iets over petten." is about the first sentence. A
   * question that points back ("Wij zijn een stichting voor taalcoaching en
   * krijgen scholen niet mee. Welke pet hoort daarbij?") is not scored on its
   * own: only the whole text is, its other sentences read as context.
   * Returns the `maxCandidates` best, exactly those exhaustive scoring would rank first.
   */
  match(text: string, options: MatchOptions = {}): MatchResult {
    const question = questionSentence(text);
    const namesEntry = (phrase: string) => entryTitled(this.knowledge, phrase) !== undefined;
    const penalty = asksForFact(question ?? text, namesEntry) ? this.options.factQuestionPenalty : 0;
    const penalize = (score: number) => (score < 1 && penalty > 0 ? score * (1 - penalty) : score);
    // Only the pruned path reads the floor: scored whole, keeping it up would be wasted work.
    const floor = this.prunes ? new RankFloor(this.options.maxCandidates) : undefined;
    const whole = this.matchText(text, question, options, penalize, floor);
    // A question that points back ("Welke pet hoort daarbij?") says too little on its own; after a
    // longer story it points at the sentence just before it, read with it as well.
    const asked = !question
      ? this.matchEachQuestion(text, whole.candidates, options, penalize, floor)
      : !pointsBack(question)
        ? this.matchQuestionAlone(question, options, penalize, floor)
        : this.matchPointedAt(text, question, options, penalize, floor);
    const doubted = question
      ? this.matchDoubted(text, question, whole.candidates, options, penalize, floor)
      : [];
    const bare = this.matchAfterLeadClause(question ?? text, options, penalize, floor);
    const corrected = this.matchAfterSelfCorrection(text, options, penalize, floor);
    const term = question && termPointedAt(text, question);
    const named = term ? this.matchText(term, undefined, options, penalize, floor).candidates : [];
    // Most texts are one sentence: their candidates need no merging (matchText's list is its own).
    const merged = [asked, bare, named, doubted, corrected].reduce(
      (all, more) => (more.length > 0 ? bestPerEntry(all, more) : all),
      whole.candidates,
    );
    const candidates =
      penalty > 0 ? merged.map((c) => (c.score < 1 ? { ...c, score: penalize(c.score) } : c)) : merged;
    return { ...whole, candidates: this.sortCandidates(candidates).slice(0, this.options.maxCandidates) };
  }

  /**
   * The question of a longer text on its own, if it says something on its own: "Hoe komt dat volgens
   * jullie?" after a story is all everyday words ("komt"), which alone matched any entry phrased
   * with them ("Hoe komt een sociaal ondernemer tot oplossingen?"); the story says what it asks about.
   */
  private matchQuestionAlone(
    question: string,
    options: MatchOptions,
    penalize: (score: number) => number,
    floor: RankFloor | undefined,
  ): Candidate[] {
    // Decided before scoring: candidates scored and then dropped would still raise the pruned path's floor.
    const language = this.detectLanguage(question) ?? options.preferred ?? 'nl';
    if (!this.analyze(question, language).some((t) => !t.common)) return [];
    return this.matchText(question, questionSentence(question), options, penalize, floor).candidates;
  }

  /**
   * "Wat is sociaal ondernemen eigenlijk? Is dat niet gewoon vrijwilligerswerk?",
   * "Moet zo'n ondernemer niet doen wat de financier wil? Of neemt hij de zaak zelf op zijn schouders?":
   * a sceptical visitor asks the question and then the doubt, and neither is the one question
   * (questionSentence). Each that does not point back is also matched on its own, and an entry the whole
   * reading ranks among its best keeps its best score: read whole, the doubt's words weighed against the
   * question's answer (visitors-co). Only those: alone, a doubt ("Business is business, right?") can
   * lift an entry the whole message is not about.
   */
  private matchEachQuestion(
    text: string,
    whole: Candidate[],
    options: MatchOptions,
    penalize: (score: number) => number,
    floor: RankFloor | undefined,
  ): Candidate[] {
    const questions = sentences(text).filter((s) => s.endsWith('?') && !pointsBack(s) && !FRAGMENT.test(s));
    if (questions.length < 2) return [];
    const topicWords = questions.map((question) => {
      const tokens = this.analyze(question, this.detectLanguage(question) ?? options.preferred ?? 'nl');
      if (tokens.some((t) => t.offTopic)) return -1;
      return new Set(tokens.filter((t) => !t.common && !t.unknown).map((t) => t.stem)).size;
    });
    // A word off the FAQ's topics in any of them ("Wat doet een franchiseondernemer? Helpen jullie die
    // ook?") keeps the whole reading, which weighs it; and a question alone says enough only with two
    // topic words: "Helpen jullie die ook?" alone was the partner hat. Without the first rule, "Wat
    // verstaan jullie onder positieve gezondheid? Is dat niet hetzelfde als vitaliteit?" showed vital
    // craftsmanship (development sets: 4 more right, 1 out-of-scope question answered).
    if (topicWords.includes(-1)) return [];
    const allowed = this.plausibleIn(whole, options);
    return questions
      .filter((_, i) => topicWords[i]! >= LEAD_QUESTION_WORDS)
      .map(
        (question) =>
          this.matchText(question, undefined, withFields(options, { allowed }), penalize, floor).candidates,
      )
      .reduce((all, more) => (more.length > 0 ? bestPerEntry(all, more) : all), []);
  }

  /**
   * "hoi! ik ben student bestuurskunde en moet een paper schrijven, wat houdt sociaal ondernemen
   * eigenlijk in?": the question after a clause about the visitor (leadClause), on its own too. Read
   * with the clause as context, the clause's words still weigh against every answer; alone, a
   * question that says enough (two topic words) is answered, and one that says too little
   * is left to the reading with the clause: "…, wat raad je aan?" alone would be the partner's hat
   * ("met raad en daad"). Not a question that points back ("…, hoe werkt dat?") either.
   */
  private matchAfterLeadClause(
    sentence: string,
    options: MatchOptions,
    penalize: (score: number) => number,
    floor: RankFloor | undefined,
  ): Candidate[] {
    const lead = leadClause(sentence);
    return lead ? this.matchPartAlone(lead[1], undefined, options, penalize, floor) : [];
  }

  /** What the visitor says after correcting themselves ("… nee ik bedoel wie houdt de centen bij"), on its own. */
  private matchAfterSelfCorrection(
    text: string,
    options: MatchOptions,
    penalize: (score: number) => number,
    floor: RankFloor | undefined,
  ): Candidate[] {
    const rest = afterSelfCorrection(text);
    return rest ? this.matchPartAlone(rest, questionSentence(rest), options, penalize, floor) : [];
  }

  /**
   * A part of the message on its own, when it says enough (two topic words) and does not point back:
   * what it leaves out (a clause about the visitor, what was taken back) would weigh against its answer.
   */
  private matchPartAlone(
    part: string,
    question: string | undefined,
    options: MatchOptions,
    penalize: (score: number) => number,
    floor: RankFloor | undefined,
  ): Candidate[] {
    if (pointsBack(part)) return [];
    const alone = this.matchText(part, question, options, penalize, floor);
    const language = alone.detected ?? options.preferred ?? 'nl';
    const topicWords = alone.tokens[language].filter((t) => !t.common && !t.context).length;
    return topicWords >= LEAD_QUESTION_WORDS ? alone.candidates : [];
  }

  /**
   * "Ik werk al twintig jaar in de jeugdzorg en verlies energie door alle regels. Een collega zei dat
   * ik me moest verdiepen in vitaal vakmanschap. Wat houdt dat in?": a question that points back,
   * after two or more sentences, read with the sentence it follows (the story before that is
   * context, and its words would weigh against the answer). Nothing for a shorter text: the whole
   * is that reading already.
   */
  private matchPointedAt(
    text: string,
    question: string,
    options: MatchOptions,
    penalize: (score: number) => number,
    floor: RankFloor | undefined,
  ): Candidate[] {
    const all = sentences(text);
    const at = all.indexOf(question);
    if (at < 2) return [];
    const pointedAt = `${all[at - 1]} ${question}`;
    return this.matchText(pointedAt, questionSentence(pointedAt), options, penalize, floor).candidates;
  }

  /**
   * "Ik las iets over negen petten. Is dat niet gewoon weer zo'n managementmodelletje?": a doubt that
   * points back asks about what the sentence before it names; its own words are the visitor's label
   * for it, which the FAQ does not use ("managementmodelletje") and which held every answer down
   * (visitors-ct). That sentence is also matched on its own, as matchEachQuestion matches each of two
   * questions: only among the entries the whole reading ranks best, and not when a word of it is off
   * the FAQ's topics. One topic word is enough ("negen petten": "negen" is a count), as the entries it
   * may lift are only those.
   */
  private matchDoubted(
    text: string,
    question: string,
    whole: Candidate[],
    options: MatchOptions,
    penalize: (score: number) => number,
    floor: RankFloor | undefined,
  ): Candidate[] {
    if (!doubtsWhatCameBefore(question) || !normalizedWords(question).some((w) => DOUBTING.has(w))) return [];
    const all = sentences(text);
    const doubted = all[all.indexOf(question) - 1];
    if (!doubted) return [];
    const tokens = this.analyze(doubted, this.detectLanguage(doubted) ?? options.preferred ?? 'nl');
    const topicWords = new Set(tokens.filter((t) => !t.common && !t.unknown).map((t) => t.stem)).size;
    if (tokens.some((t) => t.offTopic) || topicWords < 1) return [];
    const allowed = this.plausibleIn(whole, options);
    return this.matchText(doubted, undefined, withFields(options, { allowed }), penalize, floor).candidates;
  }

  /**
   * Which entries a second reading of part of the text may score: those the whole reading ranks among
   * its best (and the caller allows). Only those are scored: candidates scored and then dropped would
   * still raise the pruned path's floor.
   */
  private plausibleIn(whole: Candidate[], options: MatchOptions): (id: string) => boolean {
    const plausible = new Set(
      this.sortCandidates([...whole])
        .slice(0, PLAUSIBLE_IN_WHOLE)
        .map((c) => c.entryId),
    );
    return (id) => plausible.has(id) && (options.allowed?.(id) ?? true);
  }

  /**
   * Like match, for one text; candidates unsorted (match sorts them once). Each language keeps its
   * `maxCandidates` best by the score match ranks by (weighted, then penalized): merging keeps an entry's
   * higher score, so an entry among the best merged is among the best of the language it scored in.
   * The language the text is in (or the preferred one) goes first: its scores are higher, and the
   * floor they set spares most of the work in the other language.
   * @param question questionSentence(text)
   */
  private matchText(
    text: string,
    question: string | undefined,
    options: MatchOptions,
    penalize: (score: number) => number,
    floor: RankFloor | undefined,
  ): MatchResult {
    const detected = this.detectLanguage(text);
    const tokens = {
      nl: withoutMixedIn(this.analyzeSentences(text, question, 'nl'), detected === 'en'),
      en: this.analyzeSentences(text, question, 'en'),
    };
    const merged = new Map<string, Candidate>();
    const exactKey = normalizeText(text);
    const first = detected ?? options.preferred;
    for (const language of first ? FIRST[first] : LANGUAGES) {
      const weight = detected && detected !== language ? this.options.otherLanguageWeight : 1;
      // The rank score and the floor serve pruning alone (there is a floor only when some language
      // is pruned): a text scored whole makes neither.
      const rankScore = floor && ((score: number) => penalize(score * weight));
      const pruning = floor && rankScore && { rankScore, floor: floor.value() };
      for (const c of this.score(text, exactKey, language, tokens[language], options.allowed, pruning)) {
        if (floor && rankScore) floor.add(c.entryId, rankScore(c.score));
        // The candidates are this call's own: weighting them in place spares a copy of each.
        const weighted = c;
        weighted.score *= weight;
        const previous = merged.get(c.entryId);
        const preferred = (detected ?? options.preferred) === language;
        if (
          !previous ||
          weighted.score > previous.score ||
          (weighted.score === previous.score && preferred)
        ) {
          merged.set(c.entryId, weighted);
        }
      }
    }
    return { detected, tokens, candidates: [...merged.values()] };
  }

  /**
   * @param exactKey the text normalised (once per text, not per language), to look up exact phrasings
   * @param pruning what a pruned language is ranked by, and the floor so far (there always is one then)
   */
  private score(
    text: string,
    exactKey: string,
    language: Language,
    tokens: AnalyzedToken[],
    allowed: ((entryId: string) => boolean) | undefined,
    pruning: Pick<Retrieval, 'rankScore' | 'floor'> | undefined,
  ) {
    const index = this.indexes[language];
    const candidates = this.scoredWhole(language)
      ? scoreEntries(index, tokens, this.options, allowed)
      : topCandidates(index, tokens, this.options, {
          ...pruning!,
          ...(allowed ? { allowed } : {}),
          k: this.options.maxCandidates,
          order: this.idOrder,
        });
    const exactId = this.indexes[language].exact.get(exactKey);
    if (exactId && (!allowed || allowed(exactId))) {
      const others = candidates.filter((c) => c.entryId !== exactId);
      return [
        {
          entryId: exactId,
          score: 1,
          language,
          phrasingScore: 1,
          answerScore: 0,
          phrasing: text,
          coverage: 1,
        },
        ...others,
      ];
    }
    return candidates;
  }

  /** Best first; equal scores in entry id order (localeCompare's, as before). */
  private sortCandidates(candidates: Candidate[]): Candidate[] {
    const order = this.idOrder;
    return candidates.sort((a, b) => b.score - a.score || order.get(a.entryId)! - order.get(b.entryId)!);
  }
}

/** Topic words a question after a lead clause needs to be matched on its own (matchAfterLeadClause). */
const LEAD_QUESTION_WORDS = 2;
/**
 * A question that opens with an article or a demonstrative leans on the one before it: a noun phrase
 * ("De collega aan de lijn?") or a remark on what came before ("Dat zijn er toch niet zo veel?").
 */
const FRAGMENT = /^(de|het|een|die|dat|the|a|an)\s/i;
/** How many of the whole message's best entries one of its questions alone may lift (matchEachQuestion). */
const PLAUSIBLE_IN_WHOLE = 3;
/** What makes "is dat …?" a doubt ("is dat niet gewoon …?") rather than a question ("is het oké om …?"). */
const DOUBTING = new Set(['niet', 'gewoon', 'hetzelfde', 'just', 'simply', 'basically', 'same']);

/** Each entry's higher-scoring candidate of the two lists, in the order first met (the first list's, then new ones). */

function bestPerEntry(first: readonly Candidate[], second: readonly Candidate[]): Candidate[] {
  const merged = new Map(first.map((c) => [c.entryId, c]));
  for (const c of second) if (c.score > (merged.get(c.entryId)?.score ?? 0)) merged.set(c.entryId, c);
  return [...merged.values()];
}

/**
 * The Dutch reading of a message that is English throughout: its English words are no words mixed
 * into Dutch, and weigh as the unknown words they are there ("what happens after the diagnosis?"
 * would be offered the Dutch phrasing about a GP's diagnosis).
 */
function withoutMixedIn(tokens: AnalyzedToken[], english: boolean): AnalyzedToken[] {
  if (!english || !tokens.some((t) => t.mixedIn)) return tokens;
  return tokens.map((t) => (t.mixedIn ? withFields(t, { common: false, mixedIn: false }) : t));
}
