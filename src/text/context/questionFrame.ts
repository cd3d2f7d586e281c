/**
 * Words that only frame the question in the sentence where they stand, dropped like stopwords: "toon me
 * de petten", "val ik onder …", "in een paar zinnen", "een collega zei …", "hoe zit dat?". Elsewhere
 * the same words name a topic, so each rule looks at the words around them.
 */
import { INDEFINITE_ARTICLES } from '../fillerWords';
import { isStopword } from '../stopwords';
import { isSuperlative, looksPlural } from '../dutchMorphology';
import { isOrdinalWord } from '../ordinals';
import { CUSTOMER_WORDS } from '../customerWords';
import { DUTCH_PLAY_VERBS } from '../rolePlayed';

/** Whether the word at `at` only frames the question (see the rules below). */
export function framesTheQuestion(words: readonly string[], at: number): boolean {
  const typed = words[at]!;
  const next = words[at + 1] ?? '';
  // Most words open no rule: every rule asks about the word itself first (or, for an ordinal, the
  // word after it), so a look-up or two answers them, not two dozen (the rules ran for every word
  // of every analysis: 2.5 % of respond(), profiled 2026-12-07).
  if (!RULE_WORDS.has(typed) && !TIME_NOUNS.has(next) && !isSuperlative(typed)) return false;
  const before = words[at - 1] ?? '';
  if (SHOW_VERBS.has(typed) && SHOWN_TO.has(next)) return true;
  if (FALL_VERBS.has(typed) && fallsUnder(words, at)) return true;
  if (TAKE_ON_VERBS.has(typed) && words.slice(0, at).some((w) => ROLE_NOUNS.has(w))) return true;
  if (COURSE_WORDS.has(typed) && takesCourse(words, at)) return true;
  if (OWN_OFFERS.has(typed) && offeredByTheVisitor(words, at)) return true;
  if (VIEW_WORDS.has(typed) && THIS_SITE.has(before) && VIEW_ON.has(next)) return true;
  if (typed === 'elkaar' && before === 'in' && builtAround(words, at)) return true;
  if (WORKS.has(typed) && WORKING_THING.has(before) && words[at - 2] === 'hoe') return true;
  if (PLAY_VERBS.has(typed) && (HERE.has(next) || nearRole(words, at))) return true;
  if ((typed === 'rol' || typed === 'rollen') && playedRole(words, at)) return true;
  if (ADVICE_WORDS.has(typed) && YOURS.has(before)) return true;
  if (typed === 'right' && !RIGHT_AS_GOOD.has(before)) return true;
  // "als het ware" is a filler: its "ware" was corrected to "warm" (visitors-bw)
  if (typed === 'ware' && before === 'het' && words[at - 2] === 'als') return true;
  if (SITE_WORDS.has(typed) && THIS_SITE.has(before)) return true;
  if (CALL_VERBS.has(typed) && (OTHERS_WHO_CALL.has(before) || callsOthers(words, at))) return true;
  if (SIT_VERBS.has(typed) && !sitsSomewhere(before, next)) return true;
  if (REPORTERS.has(typed) && SPEECH_VERBS.has(next)) return true;
  if ((REPORTERS.has(typed) || ASKERS.has(typed)) && asksAt(words, at + 1)) return true;
  if (ranksFirstBeforeNoun(words, at)) return true;
  if (TIME_NOUNS.has(next) && isOrdinalWord(typed)) return true;
  if (ORDER_ADVERBS.has(typed)) return true;
  if (typed === 'bv' && !namesAThingAt(words, at)) return true;
  if (TALK_VERBS.has(typed) && next === 'about') return true;
  if (PLAIN.has(typed) && PLAIN_LANGUAGE.has(next)) return true;
  if (PLAIN_LANGUAGE.has(typed) && PLAIN.has(before)) return true;
  if (ASK_VERBS.has(typed) && demandsOf(words, at)) return true;
  if (WATCH_VERBS.has(typed) && watchOutFrame(words, at)) return true;
  // "is er ook eentje die over geld gaat?": "one" of what was named, a pronoun; only "in je eentje",
  // "in z'n eentje", "op ons eentje" is a word of the knowledge (alone, the trait connection's "niet in hun eentje";
  // visitors-au, -cl).
  if (typed === 'eentje' && !saysAlone(words, at)) return true;
  if (inFewWords(words, at)) return true;
  // "Wat betekent het woord schatbewaarder?", "de term vitaal vakmanschap": the word as a word, which
  // gave a staff phrasing's "woord" to "je aan je woord houden" (the coordinator; visitors-cj).
  // Only with what it names after it: "meer van de daad dan van het woord" keeps its word.
  return WORD_NOUNS.has(typed) && NAMING_DETERMINERS.has(before) && next !== '' && !isStopword(next, 'nl');
}

/**
 * "ik wil eerst snappen wie mijn doelgroep is": when the visitor does something, not which item comes
 * first. Its stem is the ordinal's ("eerste"), which the phrasings that name an item by its place use
 * ("wat is de eerste pet van de negen" made the question the strategist; visitors-bm).
 */
const ORDER_ADVERBS = new Set(['eerst', 'laatst']);

/** "in z'n eentje" is normalised to "in z n eentje". */
const ALONE_REACH = 3;
const ALONE_PREPOSITIONS = new Set(['in', 'op']);
/** Whether "eentje" at `at` is "in je eentje", "op ons eentje" (alone), not the pronoun "one". */
export function saysAlone(words: readonly string[], at: number): boolean {
  return words.slice(Math.max(0, at - ALONE_REACH), at).some((w) => ALONE_PREPOSITIONS.has(w));
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
  if (INDEFINITE_ARTICLES.has(words[at] ?? '')) at++;
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
 * "ik geef coaching", "wij geven trainingen", "we provide coaching, not goods", "I run workshops": what
 * the visitor offers, which is the service the FAQ's list is about, not Quanta's courses, for which
 * these words are out of scope: they weighed against every answer ("ik geef workshops. ik kan ze niet
 * op voorraad maken …" was asked back; visitors-av). Not "geven jullie coaching?", "do you offer
 * training?".
 */
const OWN_OFFERS = new Set([
  'coaching',
  'training',
  'trainingen',
  'trainings',
  'workshop',
  'workshops',
  'cursus',
  'cursussen',
]);
const OFFER_VERBS = new Set([
  'geef',
  'geven',
  'bied',
  'bieden',
  'verzorg',
  'verzorgen',
  'organiseer',
  'organiseren',
  'provide',
  'offer',
  'give',
  'run',
  'deliver',
]);
const FIRST_PERSON = new Set(['ik', 'wij', 'we', 'i']);
/** How far before the offered word the verb may stand ("ik geef al jaren loopbaancoaching"). */
const OFFER_WITHIN = 4;
function offeredByTheVisitor(words: readonly string[], at: number): boolean {
  for (let verb = Math.max(0, at - OFFER_WITHIN); verb < at; verb++) {
    if (!OFFER_VERBS.has(words[verb]!)) continue;
    // "ik geef …", "wij bieden …", and inverted: "dus geven wij …"
    if (FIRST_PERSON.has(words[verb - 1] ?? '') || FIRST_PERSON.has(words[verb + 1] ?? '')) return true;
  }
  return false;
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

/**
 * "jullie visie op vakmanschap", "your view on services": Quanta's view of a topic is the topic, not
 * the trait "visie". Only after a word for Quanta and before "op"/"on".
 */
const VIEW_WORDS = new Set(['visie', 'kijk', 'view', 'vision', 'take']);
const VIEW_ON = new Set(['op', 'on']);

/**
 * "Welk kenmerk van diensten speelt hier?": what is at play frames the question; it is not the trait
 * Informatie's "weten wat er speelt in je markt" (visitors-bw: every dev question with "speelt hier"
 * asks for a characteristic of services).
 */
const PLAY_VERBS = DUTCH_PLAY_VERBS;
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
 * "weten hoe dat werkt", "hoe het werkt": how a thing works, which frames the question like English
 * "how does that work" (an everyday phrase), not working together (the trait Verbinding's "met wie
 * werkt een sociaal ondernemer samen"; visitors-bu).
 */
const WORKS = new Set(['werkt', 'werken', 'werkte']);
/** What works, in "hoe dat/het werkt". */
const WORKING_THING = new Set(['dat', 'het', 'dit', 'alles']);

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
 * "mijn manager wil weten wat …", "een klant mailt: …", "a funder asks why …": who the visitor asks
 * for is not the topic. "manager" weighed as an unknown word and "directeur" as an out-of-scope one;
 * the message fell back (visitors-dx). Only before a verb of asking, and not the customer: "Klant vraagt
 * waarom het resultaat ook afhangt van wat de deelnemer zelf inbrengt" is about the customer's part
 * (visitors-cl).
 */
const ASKERS = new Set([
  'manager',
  'directeur',
  'directie',
  'voorzitter',
  'bestuur',
  'funder',
  'financier',
  'director',
  'chair',
  'board',
]);
const ASKING_VERBS = new Set([
  'vraagt',
  'vroeg',
  'vragen',
  'mailt',
  'mailde',
  'mailden',
  'schrijft',
  'schreef',
  'asks',
  'asked',
  'ask',
  'emailed',
  'mailed',
  'writes',
  'wrote',
]);
/** Whether the words from `at` ask: "vraagt", "mailde", "wil weten", "wants to know". */
function asksAt(words: readonly string[], at: number): boolean {
  const verb = words[at] ?? '';
  if (ASKING_VERBS.has(verb)) return true;
  if (verb === 'wil' || verb === 'willen') return words[at + 1] === 'weten';
  return (verb === 'wants' || verb === 'want') && words[at + 1] === 'to' && words[at + 2] === 'know';
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

/**
 * Every word a rule of framesTheQuestion starts from (besides superlatives, and ordinals before a time
 * noun): a new rule's words go here too, or the rule never runs.
 */
const RULE_WORDS: ReadonlySet<string> = new Set(
  [
    SHOW_VERBS,
    FALL_VERBS,
    TAKE_ON_VERBS,
    COURSE_WORDS,
    OWN_OFFERS,
    VIEW_WORDS,
    WORKS,
    PLAY_VERBS,
    ADVICE_WORDS,
    SITE_WORDS,
    CALL_VERBS,
    SIT_VERBS,
    REPORTERS,
    ASKERS,
    ORDER_ADVERBS,
    TALK_VERBS,
    PLAIN,
    PLAIN_LANGUAGE,
    ASK_VERBS,
    WATCH_VERBS,
    NUTSHELL,
    FORM_WORDS,
    FORM_NOUNS,
    WORD_NOUNS,
    ['elkaar', 'rol', 'rollen', 'right', 'ware', 'bv', 'eentje', 'kort'],
  ].flatMap((words) => [...words]),
);
