/**
 * Finds the question in a message of several sentences: "Ik werk bij een
 * gemeente. Wat betekent dat voor ons?" is about its question, and the other
 * sentences are context.
 */
import { normalizedWords } from './normalize';

export function sentences(text: string): string[] {
  // A colon before a space ends what leads up to the question too: "Als bestuurslid vraag ik me af:
  // wat kenmerkt een sociaal ondernemer?" (not "10:30").
  return text
    .split(/(?<=:)\s+/)
    .flatMap((part) => part.match(/[^.!?]+[.!?]*/g) ?? [])
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * "ik run een buurthuis, welk kenmerk … gaat over geld?", "I work at a charity, which hat …?": a
 * clause about the visitor before a comma, then the question. Returns the clause (with its comma)
 * and the question, or undefined. The clause is context: it is read as such, but the question
 * after it is not matched on its own (it may say too little: "…, wat raad je aan?").
 */
export function leadClause(sentence: string): [clause: string, question: string] | undefined {
  const match = LEAD_CLAUSE.exec(sentence);
  return match ? [match[1]!, sentence.slice(match[0].length)] : undefined;
}
const LEAD_CLAUSE =
  /^(\s*(?:ik|wij|we|i|i'm|im|we're|my|mijn|onze|our)\s[^,?]*,)\s*(?=(?:wat|welk|welke|hoe|waarom|wie|waar|wanneer|what|which|how|why|who|where|when)\s)/i;

/** The one sentence that ends in a question mark, when the text has more sentences than that. */
export function questionSentence(text: string): string | undefined {
  const all = sentences(text);
  const questions = all.filter((s) => s.endsWith('?'));
  return all.length > 1 && questions.length === 1 ? questions[0] : undefined;
}

/** "daarmee", "daar … onder", "hierover": Dutch points back with a pronominal adverb. */
const POINTING_ADVERB = /^(daar|hier)(bij|van|mee|over|op|aan|in|uit|onder|voor|door|om|naar|achter|tegen)?$/;
const PREPOSITIONS = new Set(['bij', 'voor', 'met', 'over', 'aan', 'in', 'op', 'with', 'for', 'to', 'about']);
const DEMONSTRATIVES = new Set(['die', 'dat', 'deze', 'dit', 'that', 'this', 'those', 'these']);
/** "wat betekent dat?", "what is meant by that?": a pronoun at the end of the question. */
const FINAL_POINTERS = new Set(['dat', 'dit', 'that', 'this', 'it']);
/** Words a question may end with after its pronoun: "wat is dat eigenlijk?", "wat houdt dat precies in?". */
const TRAILING = new Set(['eigenlijk', 'precies', 'dan', 'nou', 'nu', 'in', 'exactly', 'then', 'about']);

/**
 * Whether a question refers to what was said before it ("Welke pet hoort daarbij?", "Welk kenmerk
 * van diensten beschrijft dat?"): on its own it says too little to be matched.
 */
export function pointsBack(question: string): boolean {
  const words = normalizedWords(question);
  if (words.some((w) => POINTING_ADVERB.test(w))) return true;
  // "past bij die taak?", "hoort bij dat probleem?": a preposition and a demonstrative.
  if (words.some((w, i) => PREPOSITIONS.has(w) && DEMONSTRATIVES.has(words[i + 1] ?? ''))) return true;
  let last = words.length - 1;
  while (last > 0 && TRAILING.has(words[last]!)) last--;
  return FINAL_POINTERS.has(words[last]!);
}
