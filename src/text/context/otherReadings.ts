/**
 * Words that, where they stand, say what another word of the knowledge says: "je aanbod beter maken" is
 * "verbeteren", "wat de klant zelf vertelt" is the customer's "verstrekt", "mag je geld verdienen?" is
 * "winst". Each rule needs the words around the word, which the per-word analysis cannot see.
 */
import { isStopword } from '../stopwords';
import { isCommonWord } from '../commonWords';
import { CUSTOMER_WORDS } from '../customerWords';
import { DROPPED, type Reading } from './reading';
import { quantasOwn } from './whoseWords';

/**
 * The word the word at `at` reads as (DROPPED when, read so, it only frames the question), or null when
 * no rule applies and it reads as typed.
 */
export function readingAsAnotherWord(words: readonly string[], at: number): Reading | null {
  const typed = words[at]!;
  // Most words open no rule: every rule asks about the word itself first, so one look-up answers
  // them (as in framesTheQuestion).
  if (!RULE_WORDS.has(typed)) return null;
  const before = words[at - 1] ?? '';
  if (typed === 'beter') return betterAt(words, at);
  if (typed === 'better' && getsBetterAt(words, at)) return 'strengthen';
  if (DOUBT_VERBS.has(typed) && DOUBTERS.has(before))
    return SHOWN_DOUBT.has(words[at - 2] ?? '') ? 'onzeker' : DROPPED;
  if (TELL_VERBS.has(typed) && customerBefore(words, at)) return 'verstrekt';
  if (DARE_VERBS.has(typed) && showsOneself(words, at)) return 'kwetsbaar';
  if (typed === 'werk' && traitOfOurWork(words, at)) return 'dienst';
  if (CONTACT_WORDS.has(typed) && keepsInTouch(words, at)) return 'relatie';
  if (typed === 'zeker' && ownDoubt(words, at)) return 'onzeker';
  if (TOUCH_WORDS.has(typed) && before !== 'in') return 'intangible';
  if (MAKE_VERBS.has(typed) && mattersAt(words, at)) return 'verschil';
  if (SOCIETAL.has(typed) && ENTREPRENEURING.test(words[at + 1] ?? '')) return 'sociaal';
  if (SELF_EMPLOYED.has(typed) && selfEmployedAt(words, at)) return 'ondernemer';
  if (FOUNDERS.has(typed) && !quantasOwn(words, at)) return FOUNDERS.get(typed)!;
  if (DO_FORMS.has(typed) && looksAtWhatOthersDo(words, at)) return 'verkennen';
  if (EARNING_NL.has(typed) && mayOrIsAbout(words, at)) return 'winst';
  if (EARNING_EN.has(typed) && mayOrIsAbout(words, at)) return 'profit';
  if (typed === 'money' && MAKE_MONEY.has(before) && mayOrIsAbout(words, at - 1)) return 'profit';
  if (DELIVER_FORMS.has(typed) && yieldsAt(words, at)) return 'opleveren';
  if (typed === 'publiek' && AUDIENCE_OF.has(before)) return 'doelgroep';
  if (PERSON_WORDS.has(typed) && kindOfPersonAt(words, at)) return 'karakter';
  // "welke eigenschap gaat over gewoon doen?": just doing is acting, the trait movement's "doen staat
  // voorop"; alone, "doen" is a stopword, and nothing was left to tell the traits apart.
  // Not "gewoon doen wat de financier wil": doing what someone says (visitors-co).
  if (typed === 'doen' && before === 'gewoon' && !WHAT_IS_DONE.has(words[at + 1] ?? '')) return 'handelen';
  return null;
}

/**
 * "Wat levert het (mij) op?", "wat leveren die petten ons op": the separable verb "opleveren" (to yield,
 * what use something is), not "leveren" (to deliver), which is the services' word: a director's "met
 * al die hoedjes werken? Wat levert het mij op?" went to what delivering services means for public
 * organisations (visitors-ck). The particle "op" a few words on, at the end or before a function word
 * ("wat levert dat op voor ons"), not before a noun ("levert op tijd").
 */
/**
 * "je sector en je publiek door en door kennen", "ons publiek": the audience, the people one works
 * for, which the trait Informatie calls the "doelgroepen"; not the public sector ("publieke
 * organisaties"), which the noun alone pulled (visitors-cn). Only after an article or a possessive.
 */
const AUDIENCE_OF = new Set(['het', 'je', 'jouw', 'mijn', 'ons', 'hun', 'uw', 'zijn', 'haar', 'jullie']);

/**
 * "wat voor soort mens moet je zijn om zoiets vol te houden?", "wat voor type persoon …": what a
 * person must be like, the character the traits of a social entrepreneur describe; "persoon" alone is
 * the person-bound service's word (visitors-cy, -cu, -cn). Not English "what kind of person": read so,
 * the knowledge's own "what kind of person is a social entrepreneur?" lost its "person", and two
 * questions about the traits went elsewhere (tried on the development sets).
 */
const PERSON_WORDS = new Set(['persoon', 'mens', 'mensen']);
const KIND_OF = new Set(['wat voor', 'wat voor soort', 'wat voor type', 'welk soort', 'welk type']);
function kindOfPersonAt(words: readonly string[], at: number): boolean {
  const two = `${words[at - 2] ?? ''} ${words[at - 1] ?? ''}`;
  const three = `${words[at - 3] ?? ''} ${two}`;
  return KIND_OF.has(two) || KIND_OF.has(three);
}

/** What follows "gewoon doen" when it says what is done: "wat hij wil", "waar je zin in hebt". */
const WHAT_IS_DONE = new Set(['wat', 'waar', 'alles', 'zoals']);

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
/**
 * "what qualities should a founder of a social business have?", "de oprichter van een sociale
 * onderneming": someone who starts an enterprise, its entrepreneur. Off topic (knowledge/out-of-scope)
 * only as Quanta's own ("wie is de oprichter van Quanta?"); read as itself, "founder" weighed against
 * every answer, and in the development sets 89 of 95 questions with it were about the FAQ.
 */
const FOUNDERS = new Map([
  ['oprichter', 'ondernemer'],
  ['oprichters', 'ondernemers'],
  ['founder', 'entrepreneur'],
  ['founders', 'entrepreneurs'],
]);

const SELF_EMPLOYED = new Set(['zelfstandige', 'zelfstandigen']);
function selfEmployedAt(words: readonly string[], at: number): boolean {
  if (words[at] === 'zelfstandigen') return true;
  const next = words[at + 1];
  return next === undefined || isStopword(next, 'nl') || isCommonWord(next, 'nl');
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
 * "what we offer can't be touched", "you can touch a product": touching is the intangibility of
 * services (the knowledge's "intangible"), except in "get in touch", "keep in touch" (contact).
 */
const TOUCH_WORDS = new Set(['touch', 'touched', 'touching', 'touchable', 'untouchable']);

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
 * "dat wat je de mensen levert steeds beter wordt": what keeps getting better is improved, the
 * partner's "U ontwikkelt voortdurend de kwaliteit van uw aanbod" (dropped, "beter" left the
 * salesperson's "zorgt … mensen" to win; visitors-dq). Growing in one's craft is read first.
 */
function keepsGettingBetter(words: readonly string[], at: number): boolean {
  const become = words[at + 1];
  return STEADILY.has(words[at - 1] ?? '') && (become === 'worden' || become === 'wordt');
}
const STEADILY = new Set(['steeds', 'alsmaar', 'almaar', 'telkens', 'voortdurend', 'continu']);

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
 * "laten zien dat je anders en beter bent dan de anderen", "beter dan de concurrentie": standing out
 * from the others, the competitor's hat ("uzelf op een positieve manier onderscheiden"), not the
 * comparison of two things the FAQ does not make ("is een stichting beter dan een bv?"). "beter" fell
 * as an out-of-scope word and the question fell back (visitors-dw).
 */
const THE_OTHERS = new Set(['anderen', 'rest', 'concurrent', 'concurrenten', 'concurrentie', 'collegas']);
/** "beter dan al die anderen", "dan de rest": what may stand between "dan" and the others. */
const BEFORE_THE_OTHERS = new Set(['de', 'het', 'die', 'deze', 'al', 'alle', 'onze', 'mijn', 'je', 'jouw']);
/** "beter dan andere aanbieders", not "beter dan andere vormen". */
const OTHER_PARTIES = new Set([
  'organisaties',
  'bedrijven',
  'aanbieders',
  'ondernemers',
  'stichtingen',
  'clubs',
  'partijen',
]);
function betterThanTheOthers(words: readonly string[], at: number): boolean {
  const than = words.slice(at + 1, at + 4).findIndex((w) => THAN.has(w));
  if (than < 0) return false;
  const after = words.slice(at + 2 + than, at + 6 + than).filter((w) => !BEFORE_THE_OTHERS.has(w));
  const [first = '', second = ''] = after;
  return THE_OTHERS.has(first) || (first === 'andere' && OTHER_PARTIES.has(second));
}

/** How "beter" at `at` reads: as typed in a comparison, else as what it improves says. */
function betterAt(words: readonly string[], at: number): Reading {
  const typed = words[at]!;
  if (betterThanTheOthers(words, at)) return 'onderscheiden';
  if (words.slice(at + 1, at + 4).some((w) => THAN.has(w)) || words.some((w) => OR.has(w))) return typed;
  if (growsInCraft(words, at)) return 'versterken';
  if (keepsGettingBetter(words, at)) return 'verbeteren';
  for (const next of words.slice(at + 1, at + 3)) if (IMPROVES.has(next)) return IMPROVES.get(next);
  return typed;
}

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

/** Every word a rule of readingAsAnotherWord starts from: a new rule's words go here too, or it never runs. */
const RULE_WORDS: ReadonlySet<string> = new Set(
  [
    DOUBT_VERBS,
    TELL_VERBS,
    DARE_VERBS,
    CONTACT_WORDS,
    TOUCH_WORDS,
    MAKE_VERBS,
    SOCIETAL,
    SELF_EMPLOYED,
    FOUNDERS.keys(),
    DO_FORMS,
    EARNING_NL,
    EARNING_EN,
    DELIVER_FORMS,
    PERSON_WORDS,
    ['beter', 'better', 'werk', 'zeker', 'money', 'publiek', 'doen'],
  ].flatMap((words) => [...words]),
);
