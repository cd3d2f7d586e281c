/**
 * Does the question ask for a fact: how many, how much, when, who did
 * something, how to do a practical task? The FAQ explains ideas; it holds no
 * numbers, dates, names (apart from the contact details) or steps, so such
 * questions need stronger evidence before the bot answers them with an
 * explanation.
 */
import { normalizeText, normalizedWords } from './normalize';
import { sentences } from './questionSentence';
import { anyOf } from './anyPattern';

const FACT_OPENERS = [
  // Plain "wanneer"/"when" is not here: "wanneer gaan vakmensen de strijd aan?" asks for an explanation.
  /^(hoelang|hoe lang|hoe oud|hoe vaak|vanaf wanneer|tot wanneer|sinds wanneer|in welk jaar)\b/,
  /^(how (many|long|old|often)|since when|in what year|what time)\b/,
  // "hoe laat", but not before a person: "hoe laat je vooraf zien wat de hulp inhoudt?" is "how do
  // you let … see", not "at what time" (on the development sets, all 19 questions so opened are in scope).
  /^hoe laat\b(?! (ik|je|jij|we|wij|u|men|jullie)\b)/,
  // "hoeveel", "how much", but not of a degree: "hoeveel hangt het resultaat af van wat de klant
  // inbrengt?", "how much does the quality of our staff determine how people judge us?" ask how far.
  /^hoeveel\b(?! (hangt|hangen|telt|tellen|weegt|wegen|invloed|effect|uit)\b)(?!.* (af|uit) (van|voor)\b)/,
  /^how much\b(?! (influence|effect|impact)\b)(?!.* (determines?|depends?|matters?|affects?|influences?|counts?|weighs?)\b)/,
  // Earnings and costs: "wat verdient een sociaal ondernemer gemiddeld?", "what does it cost?".
  /^wat (verdient|verdienen|kost|kosten)\b/,
  /^what (does|do) (\S+ ){1,4}(earn|cost)\b/,
  // An abbreviation: "What does NpM stand for?", "waar staat de afkorting NpM voor?".
  /^what does (the abbreviation )?\S+ stand for\b/,
  /^waar staat (de afkorting )?\S+ voor\b/,
  // The same asked as "do you know …": "weet u ook hoe laat de kringloopwinkel open is?"
  /^(weet|weten) (u|je|jij|jullie) (ook |misschien |toevallig )*(hoeveel|hoe laat|hoe lang|hoelang|wie)\b/,
  /^do you (happen to )?know (how many|how much|what time|when|who)\b/,
  // When Quanta can be visited: "kan ik zonder afspraak langskomen?", "opening hours". The contact
  // details say where, not when.
  /\bzonder (een )?afspraak\b/,
  /\b(without an appointment|walk in)\b/,
];

/** Who did or is something: a person, whom the FAQ does not name (but see asksWhoATitleIs). */
const WHO_OPENERS = [
  /^wie (is|was|zijn|waren|heeft|hebben|had|bedacht|maakte|schreef|won|werkt|werken|zit|zitten|runt|runnen|leidt|leiden|bezit|bezitten|financiert|financieren)\b/,
  /^who (is|was|are|were|has|had|came|invented|made|wrote|won|founded|works|runs|run|owns|own|leads|lead|funds|fund)\b/,
];

/**
 * "Is er in Utrecht een netwerk voor sociaal ondernemers?", "Waar vind ik een huisarts in
 * Culemborg?": something in a named place (a capital after "in", "near" …, as typed). The FAQ knows
 * one place only, Quanta's own address: a question about where Quanta is ("Waar zitten jullie in
 * Culemborg?") is not this kind.
 */
const IN_A_PLACE = /(?:^|\s)(?:in|nabij|rond|around|near) \p{Lu}\p{Ll}+/u;
const ABOUT_QUANTA = /\b(?:jullie|u|uw|quanta|kantoor|adres|vestiging|you|your|office|address)\b/;

function asksAboutAPlace(text: string, question: string): boolean {
  return IN_A_PLACE.test(text) && !ABOUT_QUANTA.test(question);
}

/**
 * "Hebben jullie ook een vestiging in Amsterdam?": an office elsewhere than the one the contact
 * details give, which the FAQ cannot confirm or deny (labelled out of scope in visitors-ay).
 */
const OTHER_BRANCH =
  /\b(vestiging|vestigingen|filiaal|kantoor|kantoren|locatie|office|offices|branch|location)\b(?!.*\bculemborg\b)/;

function asksForABranch(text: string, question: string): boolean {
  return (
    IN_A_PLACE.test(text) && OTHER_BRANCH.test(question) && /\b(ook|nog|also|another|other)\b/.test(question)
  );
}

/**
 * Quanta's own track record: "Voor welke gemeenten hebben jullie al gewerkt?", "who have you worked
 * for?". The FAQ names no clients (three blind writers asked this, each marked it out of scope).
 */
const TRACK_RECORD = [
  /\b(hebben jullie|heeft quanta( npm)?|heeft u) (al |eerder |ooit |vaker )?(\S+ ){0,3}(gewerkt|samengewerkt|begeleid|geholpen|gedaan|geadviseerd)\b/,
  /\bhave you (already |ever |previously )?(worked|helped|advised|done)\b/,
  // "een voorbeeld van een klant die jullie geholpen hebben", "clients you've helped"
  /\b(die|dat|wie|waar|waarvoor|waarmee) jullie (al |eerder |ooit )?(\S+ ){0,2}(gewerkt|samengewerkt|begeleid|geholpen|geadviseerd) (hebben|heeft)\b/,
  /\byou( ve| have) (already |ever |previously )?(worked (for|with)|helped|advised)\b/,
];
/**
 * "waar staat NpM eigelijk voor", "What does CSR actually stand for?": an abbreviation as typed (two
 * capitals in one word), with a few words between it and "voor". Without the capitals, "waar staat de
 * partnerpet voor?" asks what a hat means.
 */
const ABBREVIATION_AROUND = [/^waar staat (\S+ ){1,3}voor\b/, /^what does (\S+ ){1,3}stand for\b/];
const ANY_ABBREVIATION_AROUND = anyOf(ABBREVIATION_AROUND);
const TYPED_ABBREVIATION = /(?:^|[^\p{L}])\p{L}*\p{Lu}\p{L}*\p{Lu}/u;

function asksForAnAbbreviation(text: string, question: string): boolean {
  return TYPED_ABBREVIATION.test(text) && ANY_ABBREVIATION_AROUND.test(question);
}

/**
 * "Is Quanta zelf ook een sociale onderneming?", "Are you yourselves a social enterprise?": a fact about
 * Quanta itself, which the FAQ does not state (two blind writers asked it, both marked it out of
 * scope). Only with "zelf"/"itself" or "a social enterprise": "Zijn jullie telefonisch bereikbaar?"
 * is answered by the contact details. The entry that shares its words ("sociaal ondernemen") matches
 * it fully, so this is not a penalty but a question the FAQ has no answer to (intents/noAnswer.ts).
 */
const ABOUT_QUANTA_ITSELF = [
  // Quanta's own people: "Hoeveel mensen werken er bij Quanta?", "How many people work at Quanta?"
  /\b(werken|werkt) er (bij|voor) (jullie|quanta)\b/,
  /\b(people|staff|employees|consultants) (work|works) (at|for) (you|quanta)\b/,
  // "hoeveel medewerkers hebben jullie zelf?", "how many staff does Quanta have?"
  /\bhoeveel (mensen|medewerkers|werknemers|personeelsleden|collega s|consultants|adviseurs) (hebben|heeft) (jullie|quanta|u)\b/,
  /\bhow many (people|staff|employees|consultants|advisers|advisors) (do|does) (you|quanta) (have|employ)\b/,
  /^(is|zijn) (quanta( npm)?|jullie( bedrijf| organisatie| bureau)?) ((\S+ )?zelf\b|(ook |zelf |eigenlijk )*een sociale onderneming\b)/,
  /^(is|are) (quanta( npm)?|you|your (company|organisation|organization|firm)) ((\S+ )?(yourselves|yourself|itself)\b|(also |actually )*a social (enterprise|business)\b)/,
];
const ANY_ABOUT_QUANTA_ITSELF = anyOf(ABOUT_QUANTA_ITSELF);

/** Whether the question asks a fact about Quanta itself (see ABOUT_QUANTA_ITSELF). */
export function asksAboutQuantaItself(text: string): boolean {
  const question = bareQuestion(text);
  return ANY_ABOUT_QUANTA_ITSELF.test(question) || asksForABranch(text, question);
}

/**
 * "wat vind jij ervan?", "what do you think of this?", "vind jij rebelleren een goed idee?", "in your
 * opinion": the bot's own opinion, which it has none of (it shows the FAQ's text), so no entry answers
 * it (visitors-dr: the entry on screen was shown again). Not "which traits do you think a social
 * entrepreneur needs?", which asks what the FAQ says (the development sets have eight such).
 */
const ASKS_THE_BOTS_OPINION = [
  /^(wat vind (je|jij|u) (er|daar|hier|dit|dat)(van)?|wat denk (je|jij|u) (er|daar|hier)(van|over))( dan| nou| zelf)?$/,
  /^(what do (you|u) (think|reckon)( of| about)?( this| that| it| them)?|what s your (take|view)( on (this|that|it))?)( then| yourself)?$/,
  /\bvind (je|jij|u) (het |dat |dit |zelf )?(\S+ ){0,6}(een )?(goed|slim|verstandig|slecht) idee\b/,
  /\b(do|would) (you|u) (think|say) (it s|its|it is|that s|thats|that is|this is) a (good|bad|smart) idea\b/,
  /\b(jouw|uw|your) (eigen |own |personal )?(mening|opinion)\b/,
];
const ANY_ASKS_THE_BOTS_OPINION = anyOf(ASKS_THE_BOTS_OPINION);

/** Whether the question asks what the bot itself thinks (see ASKS_THE_BOTS_OPINION). */
export function asksTheBotsOpinion(text: string): boolean {
  return ANY_ASKS_THE_BOTS_OPINION.test(bareQuestion(text));
}

/**
 * What Quanta offers or does beyond the FAQ: "Geven jullie ook trainingen?", "Werken jullie ook in
 * Brabant?", "kunnen jullie ons begeleiden bij …", "Do you offer coaching?". The FAQ describes ideas
 * and how to reach Quanta, not its services: on the development sets (holdouts not read) all 36
 * questions these patterns match are out of scope. Not "hebben jullie een model …" (the nine hats)
 * nor "waar zitten jullie" (the contact details).
 */
const ASKS_OFFERING = [
  /\b(bieden|geven|organiseren|verkopen|leveren|begeleiden|verzorgen|doen|werken) jullie\b/,
  /\bkunnen jullie (mij|me|ons) (\S+ )?(helpen|begeleiden|ondersteunen|adviseren|coachen|trainen)\b/,
  /\b(do|can|will|could) you (also )?(offer|provide|organi[sz]e|sell|deliver|coach|run)\b/,
  /\bdo you (also )?(work|give)\b/,
  // Where Quanta works: "zijn jullie ook in rotterdam actief?", "are you active in Belgium?"
  /\b(zijn|is) (jullie|quanta( npm)?|u) (ook |al |nog )?(\S+ ){0,2}(actief|werkzaam)\b/,
  /\b(are you|is quanta) (also )?(active|operating|working) (in|outside|across)\b/,
  // "can you help me write a business plan", "kun je me helpen met een subsidieaanvraag"
  /\b(can|could|will) you help (me|us) (to )?(write|make|draft|set up|create|find|get)\b/,
  // Working at Quanta: "zoeken jullie nog mensen?", "ik wil graag bij jullie werken", "are you hiring?"
  /\b(zoeken|nemen) jullie (nog )?(mensen|personeel|collega'?s|stagiairs?|medewerkers)\b/,
  /\bbij (jullie|quanta) (\S+ )?(werken|solliciteren)\b/,
  /\b(are you|is quanta) hiring\b/,
  /\bwork (for|at) (you|quanta)\b/,
];

/**
 * Advice for the visitor's own choice: "welk boek raden jullie aan?", "is dat verstandig in mijn
 * situatie?", "which legal form should I choose?". The FAQ explains ideas and recommends nothing;
 * on the development sets (holdouts not read) every question these patterns match is out of scope.
 */
/**
 * Which item suits the visitor: "welke pet past het best bij mij?", "which hat fits my personality?"
 * ("past bij mijn taak" names a task, which an item may describe: not this).
 */
const FITS_ME = [
  /\b(past|passen|pas) (\S+ ){0,3}bij (mij|me|ons|(mijn|onze) (persoonlijkheid|karakter|type|talenten))\b/,
  /\b(fits?|suits?) (me|us|(my|our) (personality|character|type|strengths|talents))( (the )?best)?\b/,
  /\b(right|best) (one )?for (me|us)\b/,
];
const ANY_FITS_ME = new RegExp(anyOf(FITS_ME).source, 'gi');

/**
 * "Ik ben penningmeester van een stichting. Welke van de negen rollen past het beste bij mijn taak?"
 * without "past het beste bij mijn taak": how the visitor asks for a fit is no part of what the item is
 * about ("taak" matched the coordinator's "Wat is mijn taak als …?", and the bot asked back).
 */
export function withoutFitsMe(text: string): string {
  return text.replace(ANY_FITS_ME, ' ');
}

const ASKS_ADVICE = [
  /\b(raad|raden) (je|jij|jullie|u) (\S+ ){0,3}aan\b/,
  /\baanraden\b/,
  /\b(is|lijkt) (dat|het) (\S+ )?verstandig\b/,
  /\bin mijn (situatie|geval)\b/,
  /\b(would|do|can|could) you recommend\b/,
  // "Do you know any funds that could help us …?": a name or a source the FAQ does not give.
  /\bdo you (happen to )?know (any|of any|a good|some)\b(?! examples?\b)/,
  /\bin my (situation|case)\b/,
  /\bshould i (choose|pick|go for|quit|stop|start)\b/,
  ...FITS_ME,
  /\bshould (i|we|a beginner|a starter|beginners|starters) (focus|concentrate) on\b/,
];
const ANY_ASKS_ADVICE = anyOf(ASKS_ADVICE);

/** Whether the question asks for advice on the visitor's own choice (see ASKS_ADVICE). */
export function asksForAdvice(text: string): boolean {
  const question = bareQuestion(text);
  return ANY_ASKS_ADVICE.test(question);
}

/**
 * "Welke van de zes kenmerken is het belangrijkst?", "Which hat is the most important one for
 * success?": which item matters most. The FAQ describes each item and ranks none (two blind writers
 * asked this, both marked it out of scope), so no item answers it, however the rest of its words match.
 */
const ASKS_MOST_IMPORTANT = [
  /\b(aller)?(belangrijkst|voornaamst|essentieelst|cruciaalst)e?\b/,
  /\bmeest (belangrijke?|essentiele?|cruciale?)\b/,
  /\bmost (important|essential|crucial|vital)\b/,
  // "which trait matters most?", "welke pet telt het zwaarst?" (not "most of the time")
  /\bmatters? (the )?most\b(?! of\b)/,
  /\b(telt|weegt) (het )?zwaarst\b/,
  // … or is hardest: "welke van die vijf is voor een zorginstelling het lastigst?" (visitors-dr)
  /\bhet (aller)?(lastigst|moeilijkst)e?\b/,
  /\b(the )?(hardest|most difficult|toughest|trickiest)\b/,
  // … or is used most: "welke pet moet ik het vaakst opzetten?"
  /\bvaakst\b/,
  /\bmost often\b/,
  // … or comes first: "which of the five characteristics should we work on first?" (visitors-bh)
  /\b(work|focus|start) on first\b/,
  /\b(eerst|als eerste) (aan )?(werken|aanpakken|oppakken|beginnen)\b/,
  /\bprioriteit\b/,
  /\bprioriti[sz]e\b/,
];
const ANY_ASKS_MOST_IMPORTANT = anyOf(ASKS_MOST_IMPORTANT);

/** Whether the question asks which item matters most (see ASKS_MOST_IMPORTANT). */
export function asksWhichMattersMost(text: string): boolean {
  const question = bareQuestion(text);
  return ANY_ASKS_MOST_IMPORTANT.test(question);
}

/** The patterns read on the question alone (a place and an abbreviation also need the text as typed). */
const FACT_PATTERNS = [...FACT_OPENERS, ...WHO_OPENERS, ...TRACK_RECORD, ...ASKS_ADVICE, ...ASKS_OFFERING];
const NOT_WHO_PATTERNS = FACT_PATTERNS.filter((pattern) => !WHO_OPENERS.includes(pattern));
/** Each list as one pattern (anyPattern.ts): every match of a turn asks it. */
const ANY_FACT = anyOf(FACT_PATTERNS);
const ANY_BUT_WHO = anyOf(NOT_WHO_PATTERNS);

const OPENING_FILLER = /^((en|maar|dus|oh|hoi|hallo|ok|oke|and|but|so|hi|hello)\s+)+/;

/** The question as the patterns read it: normalised, without the words it opens with ("en", "hoi"). */
function bareQuestion(text: string): string {
  return normalizeText(text).replace(OPENING_FILLER, '');
}

/**
 * @param namesEntry whether a phrase (normalised) is the title of an entry: "Wie is de schatbewaarder
 *   in jullie model?" asks who a role of the FAQ is, which its answer explains, not for a person
 *   (visitors-bw: the fact penalty took the hat below the bar, and the bot said the FAQ was silent).
 */
export function asksForFact(text: string, namesEntry?: (phrase: string) => boolean): boolean {
  const question = bareQuestion(text);
  const patterns = namesEntry && asksWhoATitleIs(question, namesEntry) ? ANY_BUT_WHO : ANY_FACT;
  return (
    asksAboutAPlace(text, question) ||
    asksForAnAbbreviation(text, question) ||
    patterns.test(question) ||
    asksHowTo(question)
  );
}

/** "wie is de schatbewaarder", "who are the partners": the who and what it asks about. */
const WHO_IS = /^(?:wie (?:is|zijn|was|waren)|who (?:is|are|was|were)) (.+)$/;
/** Words after the who that may still be the title: "de relatiebeheerder", "the relationship manager". */
const MAX_TITLE_WORDS = 4;

function asksWhoATitleIs(question: string, namesEntry: (phrase: string) => boolean): boolean {
  const words = WHO_IS.exec(question)?.[1]?.split(' ') ?? [];
  for (let n = 1; n <= Math.min(words.length, MAX_TITLE_WORDS); n++)
    if (namesEntry(words.slice(0, n).join(' '))) return true;
  return false;
}

/**
 * "Hoe richt ik een stichting op?", "hoe pak ik dat aan?", "How do I register a company?": the steps
 * of a practical task, which the FAQ does not give either: on the development sets (holdouts not
 * read), all 65 questions these patterns match are out of scope. Not how to reach Quanta: "hoe vind ik
 * jullie".
 */
const HOW_TO = [
  /^hoe (richt|richten|reken|rekenen|bereken|berekenen|schrijf|schrijven|regel|regelen|financier|financieren|pak|pakken|kies|kiezen|meet|meten|voorkom|voorkomen|start|starten|begin|beginnen|word|worden) (ik|je|jij|we|wij|u|men)\b/,
  /^hoe vind (ik|je|we|wij|u) (?!jullie|u\b|quanta|het kantoor)/,
  /^hoe (kan|moet|kun|kunnen|moeten) (ik|je|jij|we|wij|u) (leren|beginnen|starten|berekenen|uitrekenen|financieren|regelen|oprichten)\b/,
  /\bhoe (pak|pakken|aanpakken) (ik|je|jij|we|wij|u) (dat|dit|het|zoiets) (het beste )?aan\b/,
  // Not "how do we deal with / handle / tackle …": on the development sets 11 of the 12 so asked were
  // in scope ("Clients can't see or touch our coaching … How do we deal with their uncertainty?").
  /^how (do|can|should|would) (i|we|you|one) (start|set up|register|calculate|measure|find|apply|write|choose|fund|finance|hire|become|learn|avoid|prevent|get funding|get certified)\b/,
  // … asked inside a request: "can you tell me how to apply for a certification?"
  /\bhow to (set up|register|calculate|apply for|write|fund|finance|hire|get funding|get certified)\b/,
];
const ANY_HOW_TO = anyOf(HOW_TO);

export function asksHowTo(question: string): boolean {
  return ANY_HOW_TO.test(question);
}

/**
 * The last question of the message asks whether something belongs: "Hoort dat bij de eigenschappen?",
 * "Klopt dat met jullie rijtje?", "Noemen jullie dat ook een eigenschap?", "Is dat typisch voor
 * diensten?", "Is that typical of these founders?". Not a question for the list ("Welke rollen …?",
 * "Zijn daar vaste kenmerken voor?", "Hebben jullie een overzicht?"), which the item's bar answered
 * with an item (development sets: 21 more wrong when every question had it).
 */
export function asksWhetherItBelongs(text: string): boolean {
  const questions = sentences(text).filter((s) => s.endsWith('?'));
  const last = questions.at(-1) ?? text;
  const words = normalizedWords(last);
  const first = words[0] ?? '';
  if (BELONGS_OPENERS.has(first)) return true;
  if (asksWhetherThereIsOne(words)) return true;
  return BE_OPENERS.has(first) && (words.some((w) => TYPICAL.has(w)) || namesOneOfThem(words));
}

/**
 * "Is er in de negen petten ook een soort penningmeester-rol?", "zit er ook eentje tussen die …",
 * "is there one about …?": whether the list holds one such item, not a question for the whole list
 * its count and plural name ("de negen petten", visitors-di). Not "zijn er …": the plural asks for them all.
 */
function asksWhetherThereIsOne(words: readonly string[]): boolean {
  const [first = '', second = ''] = words;
  if (
    THERE_IS.has(first) &&
    THERE.has(second) &&
    words.slice(2).some((w) => ONE.has(w) || w === 'a' || w === 'an')
  )
    return true;
  // "en bij die zes eigenschappen stond er toch ook zoiets over geld?": further in, and "zoiets" for
  // "one" (it showed the traits, visitors-dv).
  return words.some(
    (w, i) =>
      i > 0 &&
      THERE_IS.has(w) &&
      THERE.has(words[i + 1] ?? '') &&
      words.slice(i + 2).some((v) => SUCH.has(v)),
  );
}
const THERE_IS = new Set(['is', 'zit', 'staat', 'bestaat', 'stond', 'zat', 'was']);
/** "zoiets", "iets": some such item. */
const SUCH = new Set(['zoiets', 'iets', 'something']);
const THERE = new Set(['er', 'daar', 'there']);
/** Not "does"/"do": "Does that difference matter?", "Do you have a reading list …?" got an item (development sets). */
const BELONGS_OPENERS = new Set([
  'hoort',
  'hoor',
  'horen',
  'klopt',
  'past',
  'passen',
  'valt',
  'vallen',
  'noemen',
  'noemt',
  'rekenen',
  'zeggen',
]);
/** With a word of TYPICAL: "Is dat typisch voor …?", "Zien jullie dat ook als typerend voor …?" (visitors-cp). */
const BE_OPENERS = new Set([
  'is',
  'zijn',
  'was',
  'are',
  'would',
  'isnt',
  'isn',
  'zien',
  'ziet',
  'vinden',
  'vindt',
  'beschouwen',
]);
/** "Is building alliances one of the defining traits …?", "is dat een van de eigenschappen?" (visitors-cp, -cn). */
function namesOneOfThem(words: readonly string[]): boolean {
  return words.some((w, i) => ONE.has(w) && OF.has(words[i + 1] ?? '') && THE.has(words[i + 2] ?? ''));
}
const ONE = new Set(['one', 'een', 'eentje']);
const OF = new Set(['of', 'van']);
const THE = new Set(['the', 'your', 'those', 'these', 'de', 'die', 'deze', 'jullie', 'uw']);

const TYPICAL = new Set([
  'typisch',
  'typische',
  'typerend',
  'kenmerkend',
  'typical',
  'typically',
  'characteristic',
  'part',
]);
