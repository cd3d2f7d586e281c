/**
 * Words that say whose something is rather than what is asked: the visitor's own role ("als
 * oprichter", "I'm a founder") or organisation ("wij zijn een stichting"), and Quanta's own people
 * ("wie zijn jullie adviseurs?"), whom the FAQ does not present.
 */
import { INDEFINITE_ARTICLES, POSSESSIVES, saysIAm } from '../fillerWords';

/** Whether the word at `at` names the asker's own role or Quanta's own staff: dropped like a frame word. */
export function namesWhoAsksOrWhoAnswers(words: readonly string[], at: number): boolean {
  const typed = words[at]!;
  return (OWN_ROLES.has(typed) && asWho(words, at)) || (STAFF_WORDS.has(typed) && quantasOwn(words, at));
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

/**
 * Whether the word at `at` is a form of organisation the visitor names as their own: after
 * "mijn"/"our", or introduced as theirs ("wij zijn een kleine stichting", "ik heb net een stichting
 * opgezet", "we are a charity"). Its off-topic form then weighs as the word it is (pipeline.ownThing).
 */
export function namesTheVisitorsOwn(words: readonly string[], at: number): boolean {
  if (!OWN_ORGANISATIONS.has(words[at]!)) return false;
  if (at > 0 && POSSESSIVES.has(words[at - 1]!)) return true;
  let article = at - 1;
  if (article >= 0 && !INDEFINITE_ARTICLES.has(words[article]!)) article--; // one word between: "een kleine stichting"
  if (article < 1 || !INDEFINITE_ARTICLES.has(words[article]!)) return false;
  // "wij zijn een …", "ik heb net een …"
  const verb = words[article - 1] === 'net' ? article - 2 : article - 1;
  return HAVE_OR_BE.has(words[verb] ?? '') || worksAt(words, article - 1);
}

/**
 * "ik werk bij een stichting", "ik ben penningmeester van een kleine stichting", "I volunteer at a
 * charity": where the visitor works, from the preposition at `at` (visitors-bg). Not "de kosten van
 * een stichting", which is what is asked about.
 */
function worksAt(words: readonly string[], at: number): boolean {
  if (!WORKPLACE_PREPOSITIONS.has(words[at] ?? '')) return false;
  const before = words[at - 1] ?? '';
  // "ik ben penningmeester van …", "ik als directeur van …", "as director of …"
  return WORK_VERBS.has(before) || (at >= 2 && BE_OR_AS.has(words[at - 2]!));
}
const BE_OR_AS = new Set(['ben', 'am', 'als', 'as']);
const WORKPLACE_PREPOSITIONS = new Set(['bij', 'van', 'voor', 'at', 'for', 'with']);
const WORK_VERBS = new Set(['werk', 'werkt', 'werken', 'work', 'works', 'volunteer', 'zit']);

/**
 * "welke petten moet ik als oprichter op?", "as a founder, …": the visitor's own role says who asks.
 * The role words are off topic only as questions about Quanta's own people ("wie is de oprichter?"),
 * so after "als"/"as (a)" they are dropped, like the words that frame a question.
 */
const OWN_ROLES = new Set([
  'oprichter',
  'oprichters',
  'eenpitter',
  'eenpitters',
  'eigenaar',
  'directeur',
  'founder',
  'founders',
  'owner',
  'director',
  'ceo',
]);

/**
 * "wie zijn jullie adviseurs?", "de adviseurs van Quanta", "your consultants": Quanta's own people,
 * whom the FAQ does not present (the contact details name none), not the partner hat's advising
 * ("adviseur" is one of its concept words; "Wie zijn de adviseurs van Quanta NpM?" showed the hat,
 * visitors-bo). Only where the word is Quanta's: right after "jullie"/"your", before "van/bij Quanta",
 * or asked for with "wie zijn (de)".
 */
const STAFF_WORDS = new Set([
  'adviseur',
  'adviseurs',
  'consultant',
  'consultants',
  'medewerkers',
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'staff',
]);
const OF_QUANTA = new Set(['van', 'bij', 'of', 'at']);
const QUANTA_NAMES = new Set(['quanta', 'jullie', 'you', 'npm']);
const STAFF_ARTICLES = new Set(['de', 'the']);

/** Whether the word at `at` is Quanta's own: "jullie adviseurs", "de oprichter van Quanta", "wie is de oprichter". */
export function quantasOwn(words: readonly string[], at: number): boolean {
  const before = words[at - 1] ?? '';
  if (before === 'jullie' || before === 'your') return true;
  if (OF_QUANTA.has(words[at + 1] ?? '') && QUANTA_NAMES.has(words[at + 2] ?? '')) return true;
  const who = STAFF_ARTICLES.has(before) ? at - 3 : at - 2;
  return words[who] === 'wie' || words[who] === 'who';
}

/** After "als"/"as", or "as a"/"als de": "als oprichter", "as a founder"; "ik ben (de) directeur", "I'm a founder". */
function asWho(words: readonly string[], at: number): boolean {
  const before = words[at - 1];
  if (before === 'als' || before === 'as') return true;
  const verb = INDEFINITE_ARTICLES.has(before ?? '') ? at - 2 : at - 1;
  if (saysIAm(words, words[verb] === 'im' ? verb : verb - 1)) return true;
  return (
    (before === 'a' || before === 'an' || before === 'de') &&
    (words[at - 2] === 'as' || words[at - 2] === 'als')
  );
}
