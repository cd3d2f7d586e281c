/**
 * Questions the FAQ has the words for but no answer to: the entry that shares
 * their words would not answer them, so the bot falls back (offering that
 * entry) instead of misleading the visitor. Five kinds: a comparison with
 * something the FAQ never describes, a few keywords with an off-topic one, a
 * fact about Quanta itself or the bot's own opinion (text/questionType.ts), and
 * the meaning of a term an entry names only in an example (definedTerm.ts).
 */
import type { Turn } from '../conversation/turn';
import type { Candidate } from '../matching/scorer';
import { comparedSides } from '../text/comparison';
import { doubtsWhatCameBefore, pointsBack, sentences } from '../text/questionSentence';
import { asksAboutQuantaItself, asksTheBotsOpinion } from '../text/questionType';
import { asksForUndefinedTerm } from './definedTerm';
import { LANGUAGES } from '../matching/matcher';
import type { Language } from '../text/language';

/** Whether the question is one of those kinds; `candidates` best first. */
export function faqHasNoAnswer(turn: Turn, candidates: readonly Candidate[]): boolean {
  if (
    comparesWithTheUnknown(turn) ||
    keywordsWithAnOffTopicWord(turn, candidates) ||
    asksAboutQuantaItself(turn.question) ||
    asksTheBotsOpinion(turn.question)
  )
    return true;
  const best = candidates[0] && turn.knowledge.get(candidates[0].entryId);
  return best !== undefined && asksForUndefinedTerm(turn, best);
}

/**
 * "Wat is het verschil tussen sociaal ondernemen en MVO?", "Is a social enterprise just a charity?":
 * a comparison with something the FAQ never describes (a side with a word the knowledge does not
 * know, or an off-topic one) is not answered with the side it does describe: that answer says
 * nothing about the difference asked for. The visitor gets the fallback, which offers that entry.
 */
function comparesWithTheUnknown(turn: Turn): boolean {
  const sides = comparedSides(comparisonText(turn));
  if (!sides) return false;
  // "services vs prodcuts diff?": read as Dutch, the misspelt English word is unknown; a side the
  // question's other language knows is no unknown thing.
  return LANGUAGES.every((language) => aSideIsUnknown(turn, sides, language));
}

/**
 * Where a comparison would be asked: the question of a longer text, unless it points back at the
 * sentence before. "I'm looking at how social entrepreneurs differ from regular business owners.
 * What personal qualities do they typically have?" asks for the qualities, not the difference (visitors-bf).
 */
function comparisonText(turn: Turn): string {
  const asked = turn.askedSentence;
  if (asked && !pointsBack(asked)) return asked;
  // "What do you mean by vital craftsmanship? Isn't that just a fancy word for working hard?": a
  // second question that compares what the first asked about ("that") is the visitor's doubt, not a
  // comparison the answer must make (visitors-co).
  const all = sentences(turn.question);
  const doubts = all.filter((s) => s.endsWith('?') && doubtsWhatCameBefore(s));
  const others = all.filter((s) => s.endsWith('?') && !doubts.includes(s));
  return doubts.length > 0 && others.length > 0
    ? all.filter((s) => !doubts.includes(s)).join(' ')
    : turn.question;
}

function aSideIsUnknown(turn: Turn, sides: readonly string[][], language: Language): boolean {
  const analysed = sides.map((side) =>
    turn.deps.matcher.analyze(side.join(' '), language).filter((t) => !t.common),
  );
  const typed = new Set(
    analysed
      .flat()
      .filter((t) => t.edits === 0)
      .map((t) => t.word),
  );
  return analysed.some((side) =>
    side.some(
      (t) =>
        t.unknown ||
        t.offTopic ||
        // "social entrepreneur and social intrapreneur": the corrector reads the one as the other.
        (t.edits > 0 && typed.has(t.word)),
    ),
  );
}

/**
 * "Vitaal vakmanschap cursus?", "Negen petten pdf": a few keywords, not a sentence, one of which is an
 * off-topic word (knowledge/out-of-scope). The FAQ's own term only says what the off-topic thing is
 * about: the visitor wants a course, a document, a price, which the FAQ does not have, so the entry is
 * offered rather than answered. Not when the keywords are an entry's own question or title exactly
 * (score 1). Words the knowledge merely does not know do not count: in "email address pls" and
 * "watis sociaal ondernemen" they are filler (tried on the development sets).
 */
function keywordsWithAnOffTopicWord(turn: Turn, candidates: readonly Candidate[]): boolean {
  const words = turn.words;
  if (words.length > KEYWORD_QUERY_WORDS || !(candidates[0]?.score ?? 0) || candidates[0]!.score >= 1)
    return false;
  if (words.some((w) => QUESTION_WORDS.has(w))) return false;
  return namesAnOffTopicWord(turn);
}

/** Whether the question holds a word of knowledge/out-of-scope ("cursus", "prijs") that weighs as one. */
export function namesAnOffTopicWord(turn: Turn): boolean {
  return turn.match.tokens[turn.language].some((t) => t.offTopic && !t.common);
}
/** At most this many words make a keyword query ("kwetsbaarheid en burn-out" has three). */
const KEYWORD_QUERY_WORDS = 4;
/** Words that make a message a question rather than keywords. */
const QUESTION_WORDS = new Set(
  'wat wie waar wanneer waarom hoe welke welk hoeveel is zijn kan kun kunt mag moet heeft hebben what who where when why how which can is are does do'.split(
    ' ',
  ),
);
