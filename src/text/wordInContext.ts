/**
 * What a word says where it stands in the visitor's words (normalised): the frame of the question,
 * dropped like a stopword ("toon me de petten", "val ik onder …", "als oprichter"), another word the
 * knowledge uses ("je aanbod beter maken": "verbeteren"), or itself. Each rule needs the words around
 * the word, which the per-word analysis (remembered per word) cannot see.
 */
import { POSSESSIVES, saysIAm } from './fillerWords';
import { isStopword } from './stopwords';
import { isCommonWord } from './commonWords';
import { isSuperlative, looksPlural } from './dutchMorphology';
import { isOrdinalWord } from './ordinals';
import { CUSTOMER_WORDS } from './customerWords';

/**
 * "ik wil eerst snappen wie mijn doelgroep is": when the visitor does something, not which item comes
 * first. Its stem is the ordinal's ("eerste"), which the phrasings that name an item by its place use
 * ("wat is de eerste pet van de negen" made the question the strategist; visitors-bm).
 */
const ORDER_ADVERBS = new Set(['eerst', 'laatst']);

/** The word to analyse, or undefined when it is dropped. */
type Reading = string | undefined;
const DROPPED: Reading = undefined;

/** How the word at `at` reads in its sentence (see the rules below). */
export function readingInContext(words: readonly string[], at: number): Reading {
  const typed = words[at]!;
  const next = words[at + 1] ?? '';
  const before = words[at - 1] ?? '';
  if (SHOW_VERBS.has(typed) && SHOWN_TO.has(next)) return DROPPED;
  if (FALL_VERBS.has(typed) && fallsUnder(words, at)) return DROPPED;
  if (TAKE_ON_VERBS.has(typed) && words.slice(0, at).some((w) => ROLE_NOUNS.has(w))) return DROPPED;
  if (typed === 'beter') return betterAt(words, at);
  if (typed === 'better' && getsBetterAt(words, at)) return 'strengthen';
  if (COURSE_WORDS.has(typed) && takesCourse(words, at)) return DROPPED;
  if (VIEW_WORDS.has(typed) && THIS_SITE.has(before) && VIEW_ON.has(next)) return DROPPED;
  if (OWN_ROLES.has(typed) && asWho(words, at)) return DROPPED;
  if (STAFF_WORDS.has(typed) && quantasOwn(words, at)) return DROPPED;
  if (typed === 'elkaar' && before === 'in' && builtAround(words, at)) return DROPPED;
  if (DOUBT_VERBS.has(typed) && DOUBTERS.has(before))
    return SHOWN_DOUBT.has(words[at - 2] ?? '') ? 'onzeker' : DROPPED;
  if (WORKS.has(typed) && WORKING_THING.has(before) && words[at - 2] === 'hoe') return DROPPED;
  if (TELL_VERBS.has(typed) && customerBefore(words, at)) return 'verstrekt';
  if (DARE_VERBS.has(typed) && showsOneself(words, at)) return 'kwetsbaar';
  if (PLAY_VERBS.has(typed) && (HERE.has(next) || nearRole(words, at))) return DROPPED;
  if ((typed === 'rol' || typed === 'rollen') && playedRole(words, at)) return DROPPED;
  if (ADVICE_WORDS.has(typed) && YOURS.has(before)) return DROPPED;
  if (typed === 'right' && !RIGHT_AS_GOOD.has(before)) return DROPPED;
  // "als het ware" is a filler: its "ware" was corrected to "warm" (visitors-bw)
  if (typed === 'ware' && before === 'het' && words[at - 2] === 'als') return DROPPED;
  if (typed === 'werk' && traitOfOurWork(words, at)) return 'dienst';
  if (SITE_WORDS.has(typed) && THIS_SITE.has(before)) return DROPPED;
  if (CONTACT_WORDS.has(typed) && keepsInTouch(words, at)) return 'relatie';
  if (CALL_VERBS.has(typed) && (OTHERS_WHO_CALL.has(before) || callsOthers(words, at))) return DROPPED;
  if (SIT_VERBS.has(typed) && !sitsSomewhere(before, next)) return DROPPED;
  if (REPORTERS.has(typed) && SPEECH_VERBS.has(next)) return DROPPED;
  if (ranksFirstBeforeNoun(words, at)) return DROPPED;
  if (typed === 'zeker' && ownDoubt(words, at)) return 'onzeker';
  if (TIME_NOUNS.has(next) && isOrdinalWord(typed)) return DROPPED;
  if (ORDER_ADVERBS.has(typed)) return DROPPED;
  if (typed === 'bv' && !namesAThingAt(words, at)) return DROPPED;
  if (TOUCH_WORDS.has(typed) && before !== 'in') return 'intangible';
  if (TALK_VERBS.has(typed) && next === 'about') return DROPPED;
  if (PLAIN.has(typed) && PLAIN_LANGUAGE.has(next)) return DROPPED;
  if (PLAIN_LANGUAGE.has(typed) && PLAIN.has(before)) return DROPPED;
  if (ASK_VERBS.has(typed) && demandsOf(words, at)) return DROPPED;
  if (MAKE_VERBS.has(typed) && mattersAt(words, at)) return 'verschil';
  if (WATCH_VERBS.has(typed) && watchOutFrame(words, at)) return DROPPED;
  if (SOCIETAL.has(typed) && ENTREPRENEURING.test(next)) return 'sociaal';
  if (SELF_EMPLOYED.has(typed) && selfEmployedAt(words, at)) return 'ondernemer';
  if (DO_FORMS.has(typed) && looksAtWhatOthersDo(words, at)) return 'verkennen';
  if (EARNING_NL.has(typed) && mayOrIsAbout(words, at)) return 'winst';
  if (EARNING_EN.has(typed) && mayOrIsAbout(words, at)) return 'profit';
  if (typed === 'money' && MAKE_MONEY.has(before) && mayOrIsAbout(words, at - 1)) return 'profit';
  if (DELIVER_FORMS.has(typed) && yieldsAt(words, at)) return 'opleveren';
  // "is er ook eentje die over geld gaat?": "one" of what was named, a pronoun; only "in je eentje",
  // "in z'n eentje", "op ons eentje" is a word of the knowledge (alone, the trait connection's "niet in hun eentje";
  // visitors-au, -cl).
  if (typed === 'eentje' && !saysAlone(words, at)) return DROPPED;
  if (inFewWords(words, at)) return DROPPED;
  // "Wat betekent het woord schatbewaarder?", "de term vitaal vakmanschap": the word as a word, which
  // gave a staff phrasing's "woord" to "je aan je woord houden" (the coordinator; visitors-cj).
  // Only with what it names after it: "meer van de daad dan van het woord" keeps its word.
  if (WORD_NOUNS.has(typed) && NAMING_DETERMINERS.has(before) && next !== '' && !isStopword(next, 'nl'))
    return DROPPED;
  // "welke eigenschap gaat over gewoon doen?": just doing is acting, the trait movement's "doen staat
  // voorop"; alone, "doen" is a stopword, and nothing was left to tell the traits apart.
  if (typed === 'doen' && before === 'gewoon') return 'handelen';
  return typed;
}

/** "in z'n eentje" is normalised to "in z n eentje". */
const ALONE_REACH = 3;
const ALONE_PREPOSITIONS = new Set(['in', 'op']);
/** Whether "eentje" at `at` is "in je eentje", "op ons eentje" (alone), not the pronoun "one". */
export function saysAlone(words: readonly string[], at: number): boolean {
  return words.slice(Math.max(0, at - ALONE_REACH), at).some((w) => ALONE_PREPOSITIONS.has(w));
}

/**
 * "Wat levert het (mij) op?", "wat leveren die petten ons op": the separable verb "opleveren" (to yield,
 * what use something is), not "leveren" (to deliver), which is the services' word: a director's "met
 * al die hoedjes werken? Wat levert het mij op?" went to what delivering services means for public
 * organisations (visitors-ck). The particle "op" a few words on, at the end or before a function word
 * ("wat levert dat op voor ons"), not before a noun ("levert op tijd").
 */
const DELIVER_FORMS = new Set(['levert', 'leveren', 'leverde', 'leverden', 'lever']);
const YIELD_REACH = 6;
function yieldsAt(words: readonly string[], at: number): boolean {
  for (let j = at + 1; j <= at + YIELD_REACH && j < words.length; j++) {
    if (words[j] !== 'op') continue;
    const after = words[j + 1];
    return after === undefined || isStopword(after, 'nl');
  }
  return false;
}

const WORD_NOUNS = new Set(['woord', 'term', 'begrip']);
const NAMING_DETERMINERS = new Set(['het', 'de', 'dat', 'die', 'dit', 'deze', 'the', 'this', 'that']);

/**
 * "wat is sociaal ondernemen in een paar zinnen?", "in gewone taal", "in het kort", "in a nutshell",
 * "in plain English": how the visitor wants the answer put, not what it is about. Its words no entry
 * uses ("zinnen") weighed as heavily as the topic, and the FAQ's own question fell below the bar.
 */
function inFewWords(words: readonly string[], at: number): boolean {
  const typed = words[at]!;
  if (NUTSHELL.has(typed)) return true;
  if (typed === 'kort') return words[at - 1] === 'het' && words[at - 2] === 'in';
  if (!FORM_WORDS.has(typed) && !FORM_NOUNS.has(typed)) return false;
  // The phrase opens with "in" at most four words before: "in een paar korte zinnen".
  for (let start = at - 1; start >= Math.max(0, at - 4); start--) {
    if (words[start] !== 'in') continue;
    const end = formPhraseEnd(words, start);
    if (end !== undefined && at <= end) return true;
  }
  return false;
}
/** Where "in (een) paar (korte) zinnen", opening at `start`, ends: at its noun, if it is one. */
function formPhraseEnd(words: readonly string[], start: number): number | undefined {
  let at = start + 1;
  if (ARTICLES.has(words[at] ?? '')) at++;
  const first = at;
  while (at < first + 2 && FORM_WORDS.has(words[at] ?? '')) at++;
  return at > first && FORM_NOUNS.has(words[at] ?? '') ? at : undefined;
}
const NUTSHELL = new Set(['notendop', 'nutshell']);
const FORM_WORDS = new Set(
  'paar enkele korte simpele eenvoudige gewone makkelijke begrijpelijke andere few simple plain other layman laymans everyday short'.split(
    ' ',
  ),
);
const FORM_NOUNS = new Set(
  'zinnen zin woorden taal termen words terms sentences english language'.split(' '),
);

/**
 * "de maatschappelijk ondernemer", "iemand die maatschappelijk onderneemt": the FAQ's social
 * entrepreneur in other words. Only before the entrepreneur: elsewhere "maatschappelijk" is the
 * FAQ's own word for what society gains ("maatschappelijke meerwaarde", "maatschappelijke functie"),
 * and read as "sociaal" everywhere it lost more than it won (visitors-cg, session 36).
 */
const SOCIETAL = new Set(['maatschappelijk', 'maatschappelijke']);
const ENTREPRENEURING = /^(ondernemer|onderneemster|onderneemt$)/;

/**
 * "Mag je als bedrijfje met een missie wel poen verdienen, of is dat not done?", "Is a social
 * entrepreneur allowed to make money?": whether making money is allowed, which the definition of
 * social entrepreneurship answers ("Geld is hiervoor een belangrijk middel, maar nooit het
 * hoofddoel"), not the money trait's balance of income and expenses. Read as its profit: earning,
 * with a word of permission anywhere in the message. The trait took such questions, or they were asked
 * back (visitors-ci, -cj, -bx; 26 of the 37 dev questions like this expect the definition, the others
 * ask for a trait by its noun or are out of scope).
 */
const EARNING_NL = new Set(['verdienen', 'verdient', 'verdien', 'verdiene', 'verdienne']);
const EARNING_EN = new Set(['earn', 'earning', 'earns']);
const MAKE_MONEY = new Set(['make', 'making', 'makes', 'earn', 'earning']);
/** A word of permission anywhere, or "gaat/draait het … om", "is it about" just before. */
function mayOrIsAbout(words: readonly string[], at: number): boolean {
  if (words.some((w) => MAY.has(w))) return true;
  if (words[at - 1] === 'about' || words[at - 2] === 'about') return true;
  const om = words.lastIndexOf('om', at);
  return om > 0 && at - om <= 3 && words.slice(Math.max(0, om - 8), om).some((w) => GOES_ABOUT.has(w));
}
const GOES_ABOUT = new Set(['gaat', 'draait', 'ging', 'draaide', 'gaan', 'draaien']);
const MAY = new Set([
  'mag',
  'mogen',
  'mocht',
  'mochten',
  'toegestaan',
  'verboden',
  'taboe',
  'tegenstrijdig',
  'not',
  'allowed',
  'permitted',
  'okay',
  'ok',
  'acceptable',
  'taboo',
  'forbidden',
]);

/**
 * "uitzoeken wat andere organisaties in de wijk doen", "kijken wie er al iets vergelijkbaars doet",
 * "rondkijken wat collega's en concurrenten doen": finding out what others in the field do is the
 * explorer's survey, though its words (others, the same, competitors) are the competitor's: the
 * competitor hat took such questions (visitors-ch, -ci, -cj, -cf). A verb of looking or knowing at most
 * four words before "wat", "wie" or "welke", and between that and the verb a word for the others.
 */
const DO_FORMS = new Set(['doen', 'doet', 'deden', 'aanbieden', 'aanbiedt']);
const LOOK_VERBS = new Set(
  (
    'kijk kijkt kijken keek rondkijken rondkijkt uitzoeken uitzoekt zoek zoekt snappen snap snapt weten ' +
    'weet piepen piept bekijken bekijkt nagaan checken volgen volgt beeld benieuwd ontdekken ontdek'
  ).split(' '),
);
const WHAT_OR_WHO = new Set(['wat', 'wie', 'welke']);
const OTHERS = new Set([
  'ander',
  'andere',
  'anderen',
  'wat',
  'hetzelfde',
  'vergelijkbaars',
  'vergelijkbare',
  'collegas',
  'concurrenten',
  'concurrent',
  'collegaorganisaties',
]);
const WHAT_OTHERS_DO_REACH = 10;
function looksAtWhatOthersDo(words: readonly string[], at: number): boolean {
  for (let j = at - 1; j >= Math.max(0, at - WHAT_OTHERS_DO_REACH); j--) {
    if (!WHAT_OR_WHO.has(words[j]!)) continue;
    const others = words.slice(j + 1, at).some((w) => OTHERS.has(w));
    const looks = words.slice(Math.max(0, j - 4), j).some((w) => LOOK_VERBS.has(w));
    if (others && looks) return true;
  }
  return false;
}

/**
 * "ne zelfstandige die …", "als zelfstandige met een goed doel", "zelfstandigen": the self-employed
 * person (the Belgian word for the entrepreneur, and a Dutch one), not the trait independence that
 * "zelfstandig" is a synonym of. A noun when no noun follows it: the next word is a stopword, an everyday
 * word or nothing ("als zelfstandige theatermaakster" stays the adjective). It took "moet ik als
 * zelfstandige … weten hoe mijn sector in elkaar zit?" to the independence trait (visitors-ci).
 */
const SELF_EMPLOYED = new Set(['zelfstandige', 'zelfstandigen']);
function selfEmployedAt(words: readonly string[], at: number): boolean {
  if (words[at] === 'zelfstandigen') return true;
  const next = words[at + 1];
  return next === undefined || isStopword(next, 'nl') || isCommonWord(next, 'nl');
}

/**
 * "Waar moeten we (allemaal) op letten?", "waar moet je op letten als …": what to watch out for frames
 * the question; it is not the money trait's "letten op de centen", which the frame alone showed after a
 * story about help as against goods (visitors-cd). Only with "waar" before and "op" right before it:
 * "let op de kosten" names what is watched.
 */
const WATCH_VERBS = new Set(['letten', 'let']);
const WATCH_FRAME_BEFORE = 5;

function watchOutFrame(words: readonly string[], at: number): boolean {
  if (words[at - 1] !== 'op') return false;
  return words.slice(Math.max(0, at - WATCH_FRAME_BEFORE), at).includes('waar');
}

/**
 * "maakt dat (eigenlijk) uit?", "maakt het uit of …": whether it makes a difference, not what makes
 * what ("wat maakt een ondernemer sociaal?" took the question alone; visitors-bk). Only with "uit" a
 * few everyday words on.
 */
const MAKE_VERBS = new Set(['maakt', 'maken', 'maakte', 'maakten']);
const BEFORE_UIT = new Set(
  'dat dit het dan eigenlijk wel nog iets wat veel echt toch niet nou uberhaupt zoveel zo nu voor jullie ons mij me'.split(
    ' ',
  ),
);
const MAX_BEFORE_UIT = 4;

function mattersAt(words: readonly string[], at: number): boolean {
  for (let i = at + 1; i < words.length && i <= at + MAX_BEFORE_UIT + 1; i++) {
    if (words[i] === 'uit') return true;
    if (!BEFORE_UIT.has(words[i]!)) return false;
  }
  return false;
}

/**
 * "the hats you talk about", "everyone keeps talking about", "is this something you talk about?":
 * mentioning a topic, like "mention", not a topic (it matched "… the hats Quanta talks about?" and
 * "people who act rather than talk"; visitors-bc, -bd).
 */
const TALK_VERBS = new Set(['talk', 'talks', 'talking', 'talked']);

/**
 * "in gewone mensentaal", "in normale taal", "in plain English": how to explain, not what ("gewone"
 * matched "een gewone ondernemer", and the unknown "mensentaal" weighed against every answer; visitors-bh).
 */
const PLAIN = new Set(['gewone', 'normale', 'simpele', 'eenvoudige', 'begrijpelijke', 'plain', 'simple']);
const PLAIN_LANGUAGE = new Set([
  'mensentaal',
  'taal',
  'woorden',
  'nederlands',
  'words',
  'english',
  'language',
]);

/**
 * "wat vraagt het van me?", "wat vraagt dat van een ondernemer?": what something demands frames the
 * question; the relationship manager's "vraagt u zich af" is a word of its own (it won "… mensen over
 * te halen … Over welk petje gaat dat en wat vraagt het van me?", visitors-bh).
 */
const ASK_VERBS = new Set(['vraagt', 'vragen', 'vroeg']);
function demandsOf(words: readonly string[], at: number): boolean {
  const [next, after] = [words[at + 1] ?? '', words[at + 2] ?? ''];
  return (next === 'het' || next === 'dat' || next === 'dit') && after === 'van';
}

/**
 * "what we offer can't be touched", "you can touch a product": touching is the intangibility of
 * services (the knowledge's "intangible"), except in "get in touch", "keep in touch" (contact).
 */
const TOUCH_WORDS = new Set(['touch', 'touched', 'touching', 'touchable', 'untouchable']);

/**
 * "bv" is "bijvoorbeeld" ("kun je bv een voorbeeld geven?"), dropped like it, except after a word that
 * makes it a thing, also with an adjective between: "een bv worden", "onze bv", "de maatschappelijke
 * bv", "as a BV", the legal form (off topic).
 */
const NAMES_A_THING = new Set([
  'een',
  'de',
  'die',
  'deze',
  'onze',
  'mijn',
  'jullie',
  'uw',
  'a',
  'an',
  'the',
  'our',
  'my',
]);

/** An article or possessive before "bv", or before an inflected adjective before it ("de maatschappelijke bv"). */
function namesAThingAt(words: readonly string[], at: number): boolean {
  const before = words[at - 1] ?? '';
  if (NAMES_A_THING.has(before)) return true;
  return before.endsWith('e') && NAMES_A_THING.has(words[at - 2] ?? '');
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

function fallsUnder(words: readonly string[], at: number): boolean {
  for (let i = at + 1; i <= at + FALLS_UNDER_REACH && i < words.length; i++)
    if (words[i] === 'onder') return true;
  return false;
}

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
const IMPROVES = new Map<string, Reading>([
  ['worden', DROPPED],
  ['wordt', DROPPED],
  ['zichtbaar', DROPPED],
  ['laten', DROPPED],
  ['in', DROPPED],
  ['maken', 'verbeteren'],
  ['maakt', 'verbeteren'],
  ['maak', 'verbeteren'],
  ['gemaakt', 'verbeteren'],
]);
const THAN = new Set(['dan', 'than']);
const OR = new Set(['of', 'or']);

/**
 * "steeds beter worden in je eigen vakgebied", "beter wil worden in mijn vak": growing in one's craft
 * is the specialist's "U versterkt uw professionele kracht" (visitors-bz: the explorer was shown for
 * its "vakgebied"). Not "steeds beter wordt in wat je levert", the partner's quality of the offer.
 */
function growsInCraft(words: readonly string[], at: number): boolean {
  const become = words.slice(at + 1, at + 3).findIndex((w) => w === 'worden' || w === 'wordt');
  return become >= 0 && words.slice(at + 2 + become, at + 7).some((w) => CRAFT.has(w));
}
const CRAFT = new Set(['vak', 'vakgebied', 'beroep', 'vakmanschap', 'expertise', 'discipline']);

/**
 * "to get better at what they do", "getting better and better at my own craft": growing in one's work,
 * the specialist's "You strengthen your professional power"; "better" is otherwise an out-of-scope word
 * (knowledge/out-of-scope/en.yaml: "is X better than Y?"), and a coach's yearly course showed the
 * strategist (visitors-cd). Only after a verb of becoming and before "at".
 */
const BECOME = new Set(['get', 'gets', 'getting', 'got', 'become', 'becomes', 'becoming', 'grow', 'growing']);
function getsBetterAt(words: readonly string[], at: number): boolean {
  const from = words.slice(Math.max(0, at - 3), at);
  return from.some((w) => BECOME.has(w)) && words.slice(at + 1, at + 4).includes('at');
}

/**
 * "take a course", "following courses": being taught, not the strategist's course to steer (the English
 * of "koers"), which a coach's yearly course showed (visitors-cd).
 */
const COURSE_WORDS = new Set(['course', 'courses']);
const TAKE_COURSE = new Set(['take', 'takes', 'taking', 'took', 'follow', 'follows', 'following']);
function takesCourse(words: readonly string[], at: number): boolean {
  return words.slice(Math.max(0, at - 3), at).some((w) => TAKE_COURSE.has(w));
}

/** How "beter" at `at` reads: as typed in a comparison, else as what it improves says. */
function betterAt(words: readonly string[], at: number): Reading {
  const typed = words[at]!;
  if (words.slice(at + 1, at + 4).some((w) => THAN.has(w)) || words.some((w) => OR.has(w))) return typed;
  if (growsInCraft(words, at)) return 'versterken';
  for (const next of words.slice(at + 1, at + 3)) if (IMPROVES.has(next)) return IMPROVES.get(next);
  return typed;
}

/**
 * "jullie visie op vakmanschap", "your view on services": Quanta's view of a topic is the topic, not
 * the trait "visie". Only after a word for Quanta and before "op"/"on".
 */
const VIEW_WORDS = new Set(['visie', 'kijk', 'view', 'vision', 'take']);
const VIEW_ON = new Set(['op', 'on']);

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
 * Whether the word at `at` is a form of organisation the visitor names as their own: after
 * "mijn"/"our", or introduced as theirs ("wij zijn een kleine stichting", "ik heb net een stichting
 * opgezet", "we are a charity"). Its off-topic form then weighs as the word it is (pipeline.ownThing).
 */
export function namesTheVisitorsOwn(words: readonly string[], at: number): boolean {
  if (!OWN_ORGANISATIONS.has(words[at]!)) return false;
  if (at > 0 && POSSESSIVES.has(words[at - 1]!)) return true;
  let article = at - 1;
  if (article >= 0 && !ARTICLES.has(words[article]!)) article--; // one word between: "een kleine stichting"
  if (article < 1 || !ARTICLES.has(words[article]!)) return false;
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
 * "wat de klant zelf vertelt", "wat de patiënt ons verteld": the customer giving information, which
 * the co-producing customer's answer calls "informatie verstrekt"; elsewhere "vertel" frames a request
 * to the bot ("vertel eens over …") and is dropped as a stopword. It showed the person-bound service
 * ("hangt af van"; visitors-bp, -bt).
 */
const TELL_VERBS = new Set(['vertelt', 'verteld', 'vertellen', 'vertelde', 'vertelden']);

/**
 * Whether a customer is named before the telling verb, anywhere in the message ("de klant zelf ook een
 * flink stuk van het werk doet … door te vertellen wat ie nodig heeft"; visitors-bx), or as the people
 * the visitor helps ("als de mensen die wij helpen niks vertellen").
 */
function customerBefore(words: readonly string[], at: number): boolean {
  const before = words.slice(0, at);
  return (
    before.some((w) => CUSTOMER_WORDS.has(w)) ||
    before.some((w, i) => w === 'die' && WE.has(before[i + 1] ?? '') && HELP_VERBS.has(before[i + 2] ?? ''))
  );
}
const WE = new Set(['wij', 'we', 'ik', 'jij', 'je']);
const HELP_VERBS = new Set([
  'help',
  'helpen',
  'begeleid',
  'begeleiden',
  'ondersteun',
  'ondersteunen',
  'bedienen',
]);

/**
 * "nooit durven laten zien dat ik iets niet weet", "zich bloot durft te geven", "durft fouten toe te
 * geven", "ik durf mijn liedjes pas te laten horen als ze perfect zijn": daring to show oneself is vulnerability, not the courage to rebel that "durf" otherwise
 * stands for (a synonym of lef); in every dev question of this shape the answer meant was
 * kwetsbaarheid (visitors-bw, -bx, -bh).
 */
const DARE_VERBS = new Set(['durf', 'durft', 'durven', 'durfde', 'durfden']);
const SHOW_ONESELF = new Set(['bloot', 'blootgeven', 'tonen', 'toegeven', 'toe']);
/** Words before and after the dare verb that may show what is dared. */
const DARED_BEFORE = 3;
const DARED_AFTER = 8;

function showsOneself(words: readonly string[], at: number): boolean {
  const near = words.slice(Math.max(0, at - DARED_BEFORE), at + 1 + DARED_AFTER);
  return near.some((w, i) => SHOW_ONESELF.has(w) || (w === 'laten' && LET_PERCEIVE.has(near[i + 1] ?? '')));
}
/** "laten zien", "laten horen" (a musician's new songs, visitors-ca), "laten lezen", "laten merken". */
const LET_PERCEIVE = new Set(['zien', 'horen', 'lezen', 'merken']);

/**
 * "Welk kenmerk van diensten speelt hier?": what is at play frames the question; it is not the trait
 * Informatie's "weten wat er speelt in je markt" (visitors-bw: every dev question with "speelt hier"
 * asks for a characteristic of services).
 */
const PLAY_VERBS = new Set(['speelt', 'spelen', 'speelde', 'speelden']);
/** "een rol spelen", "welke rol speelt …", "speelt het imago daarbij een rol": playing a part, an idiom. */
const nearRole = (words: readonly string[], at: number) =>
  words.slice(Math.max(0, at - 2), at + 5).some((w) => w === 'rol' || w === 'rollen');
const HERE = new Set(['hier', 'daar', 'hierbij', 'daarbij', 'hierin', 'daarin']);

/**
 * "de rol van de klant", "die rol van de medewerker", "mag geld een rol spelen?", "de cliënt een rol
 * heeft": the part someone or something plays, not one of the nine roles (hats) that "rol" stands for
 * elsewhere (visitors-bw: "die rol van de klant zelf" showed the partner hat).
 */
function playedRole(words: readonly string[], at: number): boolean {
  const next = words[at + 1] ?? '';
  if (next === 'van') {
    const whose = BEFORE_WHOSE.has(words[at + 2] ?? '') ? words[at + 3] : words[at + 2];
    return PLAYERS.has(whose ?? '');
  }
  // "welke rol speelt de klant bij een dienst?": the part the customer plays
  if (PLAY_VERBS.has(next)) return true;
  const before = words[at - 1] ?? '';
  if (before !== 'een' && !SIZES.has(before)) return false;
  if (HAVE.has(next)) return true;
  return words.slice(Math.max(0, at - 5), at + 3).some((w) => PLAY_VERBS.has(w));
}
/** What may stand before whose part it is: "de rol van de klant", "van onze medewerkers". */
const BEFORE_WHOSE = new Set(['de', 'het', 'een', 'die', 'onze', 'mijn', 'jouw', 'je']);
/** Who plays a part in a service: customers, and those who serve them. */
const PLAYERS = new Set([
  ...CUSTOMER_WORDS,
  ...'medewerker medewerkers ontvanger ontvangers professional professionals hulpverlener hulpverleners aanbieder'.split(
    ' ',
  ),
]);
const SIZES = new Set(['grote', 'belangrijke', 'kleine', 'centrale', 'cruciale']);
const HAVE = new Set(['heeft', 'hebben', 'heb', 'had']);

/**
 * "What do you advise?", "wat is jullie advies?", "wat adviseert u?": the visitor asking the bot for
 * advice frames the question (after a story that says what about); it is not the partner hat's
 * advising (visitors-bw: the intangible service was asked about, the partner shown).
 */
const ADVICE_WORDS = new Set(['advise', 'advice', 'advies', 'adviseren', 'adviseert', 'adviseer']);
const YOURS = new Set(['you', 'your', 'jullie', 'u', 'uw']);

/**
 * "right" is what is right only after these: "the right things" (the specialist), "what's right", "is
 * right" (the courage to do it). Elsewhere it is a tag ("you can't stockpile advice, right?", which
 * showed the specialist), "right after that one", "right now", or "is it right that" (klopt het).
 */
const RIGHT_AS_GOOD = new Set(['the', 'is', 'whats', 'are', 'was', 'be']);

/**
 * "Welke eigenschap van ons soort werk is dat?": a characteristic of the work an organisation
 * delivers is one of a service's, not a trait of its entrepreneur (each such dev question expects
 * an item of the services; visitors-bw).
 */
function traitOfOurWork(words: readonly string[], at: number): boolean {
  const kind = words[at - 1] === 'soort' ? 1 : 0;
  return (
    OUR.has(words[at - 1 - kind] ?? '') &&
    words[at - 2 - kind] === 'van' &&
    TRAIT_NOUNS.has(words[at - 3 - kind] ?? '')
  );
}
const OUR = new Set(['ons', 'onze', 'mijn', 'jullie', 'je', 'jouw', 'uw']);
const TRAIT_NOUNS = new Set(['eigenschap', 'eigenschappen', 'kenmerk', 'kenmerken']);

/**
 * "weten hoe dat werkt", "hoe het werkt": how a thing works, which frames the question like English
 * "how does that work" (an everyday phrase), not working together (the trait Verbinding's "met wie
 * werkt een sociaal ondernemer samen"; visitors-bu).
 */
const WORKS = new Set(['werkt', 'werken', 'werkte']);
/** What works, in "hoe dat/het werkt". */
const WORKING_THING = new Set(['dat', 'het', 'dit', 'alles']);

/**
 * "ik twijfel of ik het in me heb …", "we twijfelen of we ons zo mogen noemen": the visitor's own
 * hesitation frames the question, like "ik vraag me af"; it is not the customer's doubt about a
 * service that cannot be seen (a concept of the intangible; visitors-d showed it).
 */
const DOUBT_VERBS = new Set(['twijfel', 'twijfelen', 'twijfelde', 'twijfelden']);
const DOUBTERS = new Set(['ik', 'we', 'wij']);
/**
 * "laten merken dat ik twijfel", "is het erg als ik twijfel": the doubt is then what is asked about,
 * the professional's own uncertainty (vulnerability's "onzekerheid"), not the frame (visitors-cj).
 */
const SHOWN_DOUBT = new Set(['dat', 'als', 'wanneer', 'omdat']);

/**
 * "hoe het veld in elkaar zit", "hoe steekt dat in elkaar?": how something is built, not people
 * together (the trait Verbinding's "met elkaar"; "… weten hoe het veld in elkaar zit waarin je werkt"
 * showed it, visitors-bp).
 */
const BUILT_VERBS = new Set(['zit', 'zitten', 'zat', 'steekt', 'steken', 'stak', 'zet', 'gezet', 'gestoken']);
const BUILT_SPAN = 3;

/** A verb of being built right after "in elkaar", or up to three words before its "in". */
function builtAround(words: readonly string[], at: number): boolean {
  return (
    BUILT_VERBS.has(words[at + 1] ?? '') ||
    words.slice(Math.max(0, at - 1 - BUILT_SPAN), at - 1).some((w) => BUILT_VERBS.has(w))
  );
}

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

function quantasOwn(words: readonly string[], at: number): boolean {
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

/**
 * "het contact goed houden met de klanten", "in contact blijven met je relaties": the visitor keeping
 * up their own relations (the knowledge's "relatie"), not contacting Quanta, when a verb of keeping
 * stands a few words before it or anywhere after it ("… goed blijft") and the contact is with
 * someone other than Quanta.
 */
const CONTACT_WORDS = new Set(['contact', 'contacten']);
const KEEP_VERBS = new Set([
  'houden',
  'goedhouden',
  'goedhoudt',
  'hou',
  'houd',
  'houdt',
  'onderhouden',
  'onderhoud',
  'onderhoudt',
  'blijven',
  'blijf',
  'blijft',
  'keep',
  'keeping',
  'maintain',
  'stay',
]);
/** How far before "contact" the verb may stand ("in contact blijven" stands after it, anywhere). */
const KEEP_REACH = 3;
const QUANTA_WORDS = new Set(['jullie', 'u', 'quanta', 'you', 'iemand', 'someone']);

function keepsInTouch(words: readonly string[], at: number): boolean {
  const near = words.slice(Math.max(0, at - KEEP_REACH));
  if (!near.some((w) => KEEP_VERBS.has(w))) return false;
  const withAt = words.findIndex((w, i) => i > at && (w === 'met' || w === 'with'));
  return withAt < 0 || !QUANTA_WORDS.has(words[withAt + 1] ?? '');
}

/**
 * "mensen bellen wel, maar haken af", "clients email me all day": the visitor's own clients calling
 * them is part of their story, not a wish to call Quanta (the contact details). Dropped only right
 * after a word for such people, where the verb cannot be the visitor's.
 */
const CALL_VERBS = new Set([
  'bellen',
  'belt',
  'mailen',
  'mailt',
  'appen',
  'appt',
  'call',
  'phone',
  'email',
  'mail',
]);
const OTHERS_WHO_CALL = new Set([
  ...CUSTOMER_WORDS,
  'mensen',
  'inwoners',
  'leden',
  'people',
  'customers',
  'clients',
  'parents',
  'residents',
  'members',
  'patients',
]);

/**
 * "het bellen van oude klanten om te horen of alles nog naar wens is": the visitor calling their own
 * people is their story too (the relation manager's work), not calling Quanta (visitors-ax).
 */
function callsOthers(words: readonly string[], at: number): boolean {
  return words[at + 1] === 'van' && words.slice(at + 2, at + 5).some((w) => OTHERS_WHO_CALL.has(w));
}

/**
 * "hoe zit dat bij jullie?", "waarin zit het verschil?": "zitten" only frames the question, and read
 * as a word it matched where Quanta sits ("In welke plaats zitten jullie?": the contact details).
 * It says something next to Quanta ("zitten jullie in Culemborg?") and in the sayings the knowledge
 * uses ("niet blijven zitten", "om tafel zitten", "iets zien zitten", "in de soep zit").
 */
const SIT_VERBS = new Set(['zit', 'zitten']);
const SITS_WITH = new Set([
  'jullie',
  'julie',
  'quanta',
  'npm',
  'blijven',
  'blijf',
  'blijft',
  'stil',
  'tafel',
  'broek',
  'soep',
  'ziet',
  'zie',
  'zien',
]);

function sitsSomewhere(before: string, next: string): boolean {
  return SITS_WITH.has(before) || SITS_WITH.has(next);
}

/**
 * "Een collega had het over petten opzetten …", "a colleague says counselling is a service": who told
 * the visitor about a topic is not the topic, but "collega" is a word of the competitor's hat ("rivaal
 * en toch collega"), which won the first of these (visitors-ay); "mijn leidinggevende zegt dat …" is
 * no question about standing up to one's manager. Dropped only before a verb of saying. Not "manager":
 * the relationship manager "keeps" relations good.
 */
const REPORTERS = new Set([
  'collega',
  'collegas',
  'leidinggevende',
  'baas',
  'docent',
  'leraar',
  'colleague',
  'colleagues',
  'boss',
  'teacher',
  'supervisor',
]);
const SPEECH_VERBS = new Set([
  'had',
  'heeft',
  'hadden',
  'zei',
  'zegt',
  'zeiden',
  'zeggen',
  'vertelde',
  'vertelt',
  'noemde',
  'noemt',
  'tipte',
  'sprak',
  'raadde',
  'wees',
  'houdt',
  'says',
  'said',
  'told',
  'tells',
  'mentioned',
  'talked',
  'suggested',
  'keeps',
  // "my Dutch colleagues keep talking about the hats" (visitors-bh)
  'keep',
  'kept',
  'talk',
  'talking',
  'blijft',
  'blijven',
]);

/**
 * "Wat zijn de belangrijkste kwaliteiten van een sociaal ondernemer?": a superlative before a plural
 * only picks out the ones that count, and "belangrijk" would pull every entry that says why something
 * matters. Standing alone it is what is asked: "is geld het belangrijkste?" keeps it, and so does
 * one that counts out of one: "het belangrijkste doel" is the "hoofddoel" and says so.
 */
function ranksFirstBeforeNoun(words: readonly string[], at: number): boolean {
  const next = words[at + 1];
  return (
    isSuperlative(words[at]!) &&
    DEFINITE_ARTICLES.has(words[at - 1] ?? '') &&
    next !== undefined &&
    looksPlural(next) &&
    !isStopword(next, 'nl')
  );
}
const DEFINITE_ARTICLES = new Set(['de', 'het']);

/**
 * "dat je het ook niet altijd zeker weet", "ik weet het niet zeker": the asker's own doubt is the
 * "onzekerheid" a professional accepts (vulnerability). Clients who are not sure ("als ze niet zeker
 * weten wat ze krijgen") stay with "zeker": the knowledge says they seek "zekerheid" and, without it,
 * avoid the offer.
 */
function ownDoubt(words: readonly string[], at: number): boolean {
  let j = at - 1;
  while (j >= 0 && at - j <= 2 && NEGATION_FILLERS.has(words[j]!)) j--;
  if (!NEGATIONS.has(words[j] ?? '')) return false;
  return words.slice(Math.max(0, j - 4), j).some((w) => OWN_PERSON.has(w));
}
const NEGATIONS = new Set(['niet', 'nie', 'nooit']);
// ("dat een professional laat zien dat hij het ook niet zeker weet": the professional's own, visitors-bh.)
const OWN_PERSON = new Set(['ik', 'je', 'jij', 'u', 'we', 'wij', 'hij']);
const NEGATION_FILLERS = new Set(['altijd', 'helemaal', 'zo', 'echt', 'goed', 'heel', 'ook']);

/**
 * "Ik zit in het tweede jaar van Social Work": an ordinal that counts years or times counts no list's
 * items, but "tweede" matched staff's phrasings for the second item ("tweede eigenschap van …").
 */
const TIME_NOUNS = new Set([
  'jaar',
  'leerjaar',
  'klas',
  'week',
  'keer',
  'dag',
  'maand',
  'helft',
  'semester',
  'year',
  'time',
  'day',
  'month',
  'half',
]);
