/**
 * The words of small talk, as data: the kinds, single keywords per kind and
 * language, the social filler that may stand around them, and the word classes
 * the phrases (smallTalkPhrases.ts) are built from. The recogniser
 * (smallTalkRecogniser.ts) decides; this file only lists.
 */
import type { Language } from './language';

/**
 * Every kind of small talk, in the order they win when a message holds several:
 * what the visitor asks about the bot first ("hoi, wie ben jij?" is answered as
 * "who"), then the social acts, the most final first ("bedankt en tot ziens" is
 * a goodbye, "top, bedankt" thanks).
 */
export const SMALL_TALK_KINDS = [
  'who',
  'languages',
  'help',
  'complaint',
  'howAreYou',
  'goodbye',
  'thanks',
  'compliment',
  'greeting',
  'acknowledge',
] as const;
export type SmallTalkKind = (typeof SMALL_TALK_KINDS)[number];

/** The kinds a single word can carry. */
export const KEYWORD_KINDS = ['goodbye', 'thanks', 'compliment', 'greeting', 'acknowledge'] as const;
export type KeywordKind = (typeof KEYWORD_KINDS)[number];

/** Per kind: Dutch words, English words, and words both languages use (they keep the conversation's language). */
const WORDS: Record<KeywordKind, [nl: string, en: string, both: string]> = {
  thanks: [
    'bedankt dank dankje dankjewel danku dankuwel bedankje merci dankjwel',
    'thanks thank thx tnx thnx thanx thnks thks ty tyvm tysm cheers thankyou appreciated appreciate ta',
    // Thanks in the visitor's own language ("is ok, gracias"): the conversation's language is kept.
    'gracias grazie danke obrigado dziekuje tesekkurler',
  ],
  goodbye: [
    'doei doeg ziens houdoe avond tot welterusten goedenacht groetjes groeten',
    'bye goodbye byebye farewell cya ttyl goodnight',
    // Flemish "salu", "salukes" (visitors-eb)
    'weekend later laters ciao adios salu salut salukes',
  ],
  compliment: [
    `handig handige slim slimme knap geweldig geweldige fantastisch fantastische briljant briljante
    behulpzaam behulpzame nuttig nuttige gaaf gave tof toffe prachtig prachtige uitstekend uitstekende
    geniaal geniale indrukwekkend aardig vriendelijk complimenten compliment chapeau`,
    `awesome helpful useful amazing brilliant smart clever fantastic wonderful impressive excellent lovely
    neat handy superb outstanding incredible compliments kudos`,
    '',
  ],
  greeting: [
    `hoi hallo hai hee goedemorgen goedemiddag goedenavond goedendag goeiemorgen goeiemiddag goeieavond
    goeienavond goeiedag goeiendag moi dag hallootjes hoihoi testen testje`,
    'hi hello hiya heya howdy morning afternoon evening greetings goodmorning goodafternoon goodevening testing',
    // A colleague trying the bot ("even testen", "testing testing", visitors-bf) is greeted.
    'hey yo test',
  ],
  acknowledge: [
    `okido okidoki prima fijn duidelijk helder mooi begrepen interessant leuk leuke klopt ja jep snap
    logisch akkoord toppie topper idd inderdaad herkenbaar bon`,
    'great gr8 nice understood alright interesting yes yep yeah gotcha noted clear fine meh',
    // "k thx", "kk": ok, typed short
    'ok oke okay okey oki k kk top super aha cool perfect wow',
  ],
};

export const KEYWORDS: Record<KeywordKind, Map<string, Language | undefined>> = Object.fromEntries(
  KEYWORD_KINDS.map((kind) => {
    const [nl, en, both] = WORDS[kind];
    const entries: [string, Language | undefined][] = [
      ...split(nl).map((w): [string, Language] => [w, 'nl']),
      ...split(en).map((w): [string, Language] => [w, 'en']),
      ...split(both).map((w): [string, undefined] => [w, undefined]),
    ];
    return [kind, new Map(entries)];
  }),
) as Record<KeywordKind, Map<string, Language | undefined>>;

/** Words that may stand next to small-talk keywords without making the message a question. */
export const SOCIAL = new Set(
  split(`daar hoor bot chatbot assistent even nog wel heel erg hartelijk zeer so much very there again nogmaals weer
  allemaal all quanta npm beste voor de het je uw u jij jou info informatie hulp uitleg antwoord antwoorden for the your
  help answer answers lot man hier here een a an en and dat was is dit helpt geholpen helped helps this that it
  that's thats fijne fijn goede goed prettige prettig mooie dag middag ochtend morgen avond weekend nacht night day
  allen iedereen everyone you jullie to too ook zo echt really veel many hele wereld world of iemand anyone
  bedankt thanks mate vriend friend buddy dear see soon snel straks keer time have a great nice good
  oh o ah zeker sure indeed inderdaad dan then well nou ik ga gaan ervandoor weg nu moet i im have to go gotta leaving
  v nee neen no nope nah bunch million heaps loads tons beaucoup please pls plz goeie heb hebben wat aan jammer
  helaas pity shame sorry excuus sry soz
  botje robot assistant chat explanation tool site website service uitgelegd verteld beschreven explained
  haha hahaha hihi hmm hm lol btw trouwens antwoordt reageert snel my mijn paper thesis scriptie werkstuk studie study work werk been ve
  helps helpt heeft hebt me mij ons us anyway alsnog evengoed toelichting reactie uitleggen moeite tijd in elk ieder geval
  meedenken meegedacht gesprek praatje tips tip advies input verhaal verhaaltje story overzicht
  collega colleague ur yr ge gij zijt nen ne amai allez awel he`),
);

/**
 * Words that add nothing to what a message is ("met wie praat ik eigenlijk",
 * "help please"): they are dropped before phrases and keywords are looked for.
 */
export const HEDGES = new Set(
  split(`eigenlijk precies toch zeg ff alsjeblieft alsjeblief alstublieft aub svp graag nou nu trouwens vandaag
  actually exactly just now btw today`),
);

/**
 * Acknowledgements that also praise: "top" after an answer is an acknowledgement,
 * "top bot" (with a word from PRAISED) a compliment.
 */
export const PRAISE = new Set(
  split(
    'nice great gr8 super top toppie topper cool leuk leuke mooi mooie fijn fijne goed goede goeie good perfect prima heldere duidelijke duidelijk helder',
  ),
);

/** What a visitor praises: the bot and its answers. */
export const PRAISED = new Set(
  split(`bot chatbot botje robot assistent assistant chat tool site website service uitleg antwoord antwoorden
  answer answers explanation info informatie hulp help verhaal verhaaltje story overzicht`),
);

/** What a visitor calls the bot or its help when it did not help: "wat een slechte service", "you are useless". */
export const SCOLDING = split(`slecht slechte waardeloos waardeloze nutteloos nutteloze stom stomme dom domme
  belachelijk belachelijke zinloos zinloze irritant irritante
  useless terrible awful rubbish hopeless stupid dumb bad worthless pointless annoying`);

/** What a visitor may take the bot for, in "ben jij een robot?" and "am I talking to a person?". */
export const BOT_NOUNS = split(
  `mens persoon robot bot chatbot computer computerprogramma programma medewerker ai machine chatgpt
  human person agent`,
);

/** Prefixes that make a keyword stronger without changing it: "superhandig", "megabedankt", "keileuk". */
export const INTENSIFYING_PREFIXES = split('super mega hyper ultra kei reuze bere');

/** Words that make the praise stronger: "wat een heel handige bot", "this is really useful". */
export const INTENSIFIERS = split('heel erg zeer echt super zo best wel really very so pretty quite truly');

export function split(words: string): string[] {
  return words.split(/\s+/).filter(Boolean);
}
