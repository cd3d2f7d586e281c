/**
 * Finds the question in a message of several sentences: "Ik werk bij een
 * gemeente. Wat betekent dat voor ons?" is about its question, and the other
 * sentences are context.
 */
import { normalizedWords, normalizeText } from './normalize';
import { memoize } from './memoize';
import { CUSTOMER_WORDS } from './customerWords';
import { MEANS as MEANS_SOMETHING } from './consequences';

/** How many recent texts sentences remembers: the recognisers of one turn, not a cache of questions. */
const RECENT_TEXTS = 8;

/**
 * The sentences of the text, the same array for a recent text: a turn asks for its message's
 * sentences about eight times (the matcher, follow-ups, language requests, questionSentence, …),
 * for hardly more than one text (7.7 calls a turn on the bench questions, 1.2 texts; 2026-12-07).
 * Callers share the array: it is typed read-only, as normalizedWords'.
 */
export const sentences: (text: string) => readonly string[] = memoize(RECENT_TEXTS, splitSentences);

function splitSentences(text: string): string[] {
  // A colon before a space ends what leads up to the question too: "Als bestuurslid vraag ik me af:
  // wat kenmerkt een sociaal ondernemer?" (not "10:30").
  // Most texts have no colon: split only those. The split with its look-behind and the chain of
  // arrays were 5% of respond() on the bench questions, this loop a sixth of that (2026-12-07,
  // profiled; the same sentences for every message of tests/eval and 300 000 random texts).
  const parts = text.includes(':') ? text.split(AFTER_COLON) : [text];
  const all: string[] = [];
  for (const part of parts)
    for (const sentence of part.match(SENTENCE) ?? []) {
      const trimmed = sentence.trim();
      if (trimmed) all.push(trimmed);
    }
  return all;
}
const AFTER_COLON = /(?<=:)\s+/;
const SENTENCE = /[^.!?]+[.!?]*/g;

/** The words that open a question, in Dutch and English: an alternation for the patterns below and elsewhere. */
export const QUESTION_WORDS = 'wat|welke|welk|hoe|waarom|wie|waar|wanneer|what|which|how|why|who|where|when';

/**
 * "ik run een buurthuis, welk kenmerk … gaat over geld?", "I work at a charity, which hat …?": a
 * clause about the visitor before a comma, then the question. Returns the clause (with its comma)
 * and the question, or undefined. The clause is context: it is read as such, and the question after
 * it is matched on its own as well (Matcher.matchAfterLeadClause).
 */
export function leadClause(sentence: string): [clause: string, question: string] | undefined {
  const match = LEAD_CLAUSE.exec(sentence);
  return match ? [match[1]!, sentence.slice(match[0].length)] : undefined;
}
const LEAD_CLAUSE = new RegExp(
  `^(\\s*(?:ik|wij|we|i|i'm|im|we're|my|mijn|onze|our)\\s[^,?]*,)\\s*(?=(?:${QUESTION_WORDS})\\s)`,
  'i',
);

/**
 * "… wat voor plek heeft geld eh nee ik bedoel wie houdt de centen bij", "… or no wait, I mean which
 * trait is about money": what a visitor says after correcting themselves, typing or dictating
 * (visitors-cx), or undefined. What came before it was taken back, and would weigh against the answer.
 */
export function afterSelfCorrection(text: string): string | undefined {
  let rest: string | undefined;
  for (const match of text.matchAll(SELF_CORRECTION)) rest = text.slice(match.index + match[0].length);
  return rest?.trim() || undefined;
}
const SELF_CORRECTION =
  /\b(?:ik bedoel|ik bedoelde|i mean|i meant|beter gezegd|nee wacht|no wait|sorry wacht)\b[,:;.]?\s*/gi;

/**
 * The one sentence that ends in a question mark, when the text has more sentences than that; in a
 * text without any question mark, the one sentence that opens with a question word ("hey, ik wil een
 * buurtkeuken opzetten. wat is sociaal ondernemen precies, dan weet ik of t bij mij past": chat
 * often leaves the mark out).
 */
export function questionSentence(text: string): string | undefined {
  const all = sentences(text);
  if (all.length < 2) return undefined;
  const marked = all.filter((s) => s.endsWith('?'));
  const questions = marked.length > 0 ? marked : all.filter(opensWithQuestionWord);
  if (questions.length === 1) return questions[0];
  // "Kunnen wij ons eigenlijk sociaal ondernemer noemen? Wat valt daar nou onder?": the other
  // questions lean on the one that says what is asked (visitors-be).
  const own = questions.filter((question) => !pointsBack(question));
  return own.length === 1 ? own[0] : undefined;
}

const QUESTION_OPENER = new RegExp(`^(${QUESTION_WORDS}|hoeveel|kun|kunt|kan|kunnen|can|could)\\b`, 'i');

function opensWithQuestionWord(sentence: string): boolean {
  return QUESTION_OPENER.test(sentence);
}

/** "daarmee", "daar … onder", "hierover": Dutch points back with a pronominal adverb. */
const POINTING_ADVERB = /^(daar|hier)(bij|van|mee|over|op|aan|in|uit|onder|voor|door|om|naar|achter|tegen)?$/;
const PREPOSITIONS = new Set(['bij', 'voor', 'met', 'over', 'aan', 'in', 'op', 'with', 'for', 'to', 'about']);
const DEMONSTRATIVES = new Set(['die', 'dat', 'deze', 'dit', 'that', 'this', 'those', 'these']);
/** "wat betekent dat?", "what is meant by that?": a pronoun at the end of the question. */
const FINAL_POINTERS = new Set(['dat', 'dit', 'het', 'hen', 'that', 'this', 'it', 'them']);
/**
 * Words a question may end with after its pronoun: "wat is dat eigenlijk?", "wat houdt dat precies in?",
 * "wat levert het me op?".
 */
const TRAILING = new Set([
  'eigenlijk',
  'precies',
  'dan',
  'nou',
  'nu',
  'in',
  'op',
  'me',
  'mij',
  'ons',
  'exactly',
  'then',
  'about',
]);

/**
 * "Wat betekent dat voor de klant?", "What does this mean for a provider?": what the sentence before
 * says, asked about for someone (visitors-bz: "Je kunt een dienst niet vastpakken. Wat betekent dat
 * volgens jullie voor de klant?" was matched as a question about the customer alone).
 */
function meansThat(words: readonly string[]): boolean {
  return words.some(
    (w, i) =>
      (MEANS.has(w) && MEANT.has(words[i + 1] ?? '') && afterMeant(words, i + 2)) ||
      (w === 'does' && MEANT.has(words[i + 1] ?? '') && words[i + 2] === 'mean'),
  );
}
/**
 * What may follow the pronoun: not a noun ("wat betekent dat hele verhaal over diensten", a
 * determiner) nor "allemaal" ("wat betekent dit allemaal …" is about all that was shown, see
 * pointsAtAll).
 */
const AFTER_MEANT = new Set(['', 'volgens', 'nou', 'dan', 'eigenlijk', 'concreet', 'precies', 'in', 'nu']);
/**
 * "… voor de klant": for the customer, what the remark before says. "… voor een gemeentelijke dienst
 * als de onze" asks what follows for an organisation, which the question says itself (visitors-ay).
 */
function afterMeant(words: readonly string[], at: number): boolean {
  if (AFTER_MEANT.has(words[at] ?? '')) return true;
  if (words[at] !== 'voor') return false;
  const whom = BEFORE_CUSTOMER.has(words[at + 1] ?? '') ? words[at + 2] : words[at + 1];
  return CUSTOMER_WORDS.has(whom ?? '');
}
const BEFORE_CUSTOMER = new Set(['de', 'een', 'hun', 'onze', 'mijn']);
const MEANS = new Set(['betekent', 'betekende', 'betekenen']);
const MEANT = new Set(['dat', 'dit', 'that', 'this']);

/**
 * Whether a question refers to what was said before it ("Welke pet hoort daarbij?", "Welk kenmerk
 * van diensten beschrijft dat?"): on its own it says too little to be matched.
 */
export function pointsBack(question: string): boolean {
  const words = normalizedWords(question);
  if (words.some((w) => POINTING_ADVERB.test(w))) return true;
  // "past bij die taak?", "hoort bij dat probleem?": a preposition and a demonstrative.
  if (words.some((w, i) => PREPOSITIONS.has(w) && DEMONSTRATIVES.has(words[i + 1] ?? ''))) return true;
  if (meansThat(words)) return true;
  let last = words.length - 1;
  while (last > 0 && TRAILING.has(words[last]!)) last--;
  return FINAL_POINTERS.has(words[last]!);
}

/**
 * "Ik hoor overal de term sociaal ondernemerschap. Wat bedoelen jullie daar precies mee?", "een klant
 * zei dat ik sociaal ondernemer ben. wat betekent dat precies?": a question for what something means,
 * pointing back at what the sentence before it names after "de term", "het begrip", "zei dat", "noemde
 * ons …". Returns those words, or undefined. Read with the whole sentence, the visitor's story
 * ("net begonnen als zzp'er in de zorg") weighed as much as the term and held the answer below the bar
 * (visitors-cj, -bq).
 */
export function termPointedAt(text: string, question: string): string | undefined {
  const words = normalizedWords(question);
  if (!MEANING_OPENERS.has(words[0] ?? '') || !words.some((w) => MEANING_VERBS.has(w))) return undefined;
  if (!pointsBack(question)) return undefined;
  const all = sentences(text);
  const at = all.indexOf(question);
  if (at < 1) return undefined;
  const before = normalizedWords(all[at - 1]!);
  let anchor = -1;
  for (let i = before.length - 1; i >= 0 && anchor < 0; i--) if (NAMING_WORDS.has(before[i]!)) anchor = i;
  if (anchor < 0) return undefined;
  const term = before.slice(anchor + 1);
  while (term.length > 0 && LEADING.has(term[0]!)) term.shift();
  return term.length > 0 && term.length <= MAX_TERM_WORDS ? term.join(' ') : undefined;
}
const MEANING_OPENERS = new Set(['wat', 'what']);
/** Asking what something means: the consequences' verbs of meaning, and "bedoelen", "verstaan onder", "inhouden". */
const MEANING_VERBS: ReadonlySet<string> = new Set([
  ...MEANS_SOMETHING,
  ...'bedoel bedoelt bedoelen bedoeld verstaan verstaat houdt'.split(' '),
]);
/** Words after which a sentence names the thing asked about. */
const NAMING_WORDS = new Set([
  'term',
  'begrip',
  'woord',
  'noemde',
  'noemt',
  'noemen',
  'zei',
  'zegt',
  'zeggen',
  'zeiden',
  'zogenaamde',
  'zogenaamd',
  'called',
  'said',
  'says',
  'calls',
]);
const LEADING = new Set(['de', 'het', 'een', 'dat', 'ons', 'me', 'mij', 'the', 'a', 'that', 'us']);
/** More than this is a story, not a term. */
const MAX_TERM_WORDS = 8;

/**
 * "Is dat niet gewoon …?", "Isn't that just …?", "is het niet hetzelfde als …?": a doubt about what
 * came before, not a question of its own.
 */
export function doubtsWhatCameBefore(sentence: string): boolean {
  return DOUBTS_WHAT_CAME_BEFORE.test(normalizeText(sentence));
}
const DOUBTS_WHAT_CAME_BEFORE = /^(?:is|isn t|isnt|is it|was) (?:that|it|this|dat|het|dit)\b/;
