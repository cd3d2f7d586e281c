/**
 * What small talk looks like, as data: whole-message patterns, single keywords
 * per kind and language, and the social filler that may stand around them.
 * The recogniser (smallTalkRecogniser.ts) decides; this file only lists.
 */
import type { Language } from '../knowledge/types';

/** Every kind of small talk: the replies (conversation/messages.ts) are per kind. */
export type SmallTalkKind = 'greeting' | 'thanks' | 'goodbye' | 'help' | 'who' | 'howAreYou' | 'acknowledge';

export type Phrase = [kind: SmallTalkKind, language: Language, pattern: RegExp];

const ME = '(jij|je|u|jou|jullie|me|mij)';
const BOT =
  '(een |a |an )?(echte? |echt |real )?(mens|persoon|robot|bot|chatbot|computer|programma|medewerker|ai|machine|human|person|real person)';
const re = (source: string) => new RegExp(`^(${source})$`);

/** Messages that are small talk as a whole: about the bot, what it can do, how it is, goodbyes. */
export const PHRASES: Phrase[] = [
  ['who', 'nl', re(`(wie|wat) (ben|bent|is) ${ME}( eigenlijk| precies)?`)],
  [
    'who',
    'nl',
    re(
      `(ben|bent|is) (${ME}|dit|het|daar) (nou |eigenlijk |wel )?${BOT}( of (een )?(echt|echte|mens|persoon|bot|robot|computer|medewerker))?`,
    ),
  ],
  ['who', 'nl', re(`(praat|spreek|chat) ik (nu )?(met|tegen) ${BOT}`)],
  [
    'who',
    'nl',
    re(
      `hoe heet ${ME}|heb ${ME} een naam|wat is ${ME} naam|wie heeft ${ME} gemaakt|wat voor (bot|programma|iets) ben ${ME}|met wie (praat|spreek) ik`,
    ),
  ],
  [
    'who',
    'nl',
    re('wie (zit|zitten)( er)? achter (deze|de|dit|jou|je)( chat| bot| chatbot| website| gesprek)?'),
  ],
  ['who', 'en', re(`(who|what) are you|(are you|is this|am i (talking|chatting|speaking) (to|with)) ${BOT}`)],
  [
    'who',
    'en',
    re(
      '(what is|whats) your name|(who|what) (made|built|created) you|do you have a name|who is behind (this|you)( chat| bot)?',
    ),
  ],
  [
    'help',
    'nl',
    re(
      `(wat|waar|waarover|waarmee|waarvoor) (kan|kun|kunt|mag) (ik|${ME}) (${ME} |bij ${ME} |hier )?(allemaal |zoal )?(iets )?(aan |mee |over |bij |terecht )?(vragen|helpen|stellen|doen|terecht|mee|vertellen|beantwoorden)( mee| over| met vragen)?`,
    ),
  ],
  ['help', 'nl', re(`(wat|waarmee) (kan|kun|kunt|weet) ${ME}( allemaal| zoal| eigenlijk)?( doen)?`)],
  [
    'help',
    'nl',
    re('(welke|wat voor) (vragen|onderwerpen) (kan|kun|kunt|mag) ik (je |jou |u |hier )?(stellen|vragen)'),
  ],
  [
    'help',
    'nl',
    re(
      'help|hulp|helpen|menu|opties|onderwerpen|welke onderwerpen|wat zijn de onderwerpen|hoe werkt (dit|het|deze chat|deze bot)|waar gaat (dit|deze chat) over|ik heb een vraag|mag ik (je |u )?iets vragen|kan ik (je |u )?iets vragen|wat weet (je|jij)( allemaal)?',
    ),
  ],
  [
    'help',
    'en',
    re(
      'what (can|could|may) (i|you) (ask|do|help( me)? with|tell me)( about| here)?|help( me)?|how does (this|it) work|what do you know( about)?|which topics|what topics|i have a question|can i ask (you )?(a question|something)',
    ),
  ],
  [
    'goodbye',
    'nl',
    re(
      '(een |nog een )?(fijne|prettige|goede|fijn) (dag|avond|middag|weekend|nacht)( nog| verder)?|tot (ziens|later|straks|morgen|de volgende keer|gauw|snel)|dag dag|doei doei',
    ),
  ],
  [
    'goodbye',
    'en',
    re(
      'have a (nice|good|great|lovely) (day|evening|weekend)|see you( later| soon| around)?|good ?night|take care|bye for now',
    ),
  ],
  ['greeting', 'nl', re('(prettig|leuk|aangenaam) (kennis te maken|je te ontmoeten)')],
  ['greeting', 'en', re('(nice|pleased|good|great) to meet you')],
  ['howAreYou', 'nl', re(`(hoe gaat het|hoe is het|alles goed|alles kits)( met ${ME}| ermee)?( vandaag)?`)],
  [
    'howAreYou',
    'en',
    re('how are you( doing)?( today)?|how is it going|hows it going|how do you do|you ok|are you ok'),
  ],
];

/** Keyword kinds in the order they win when a message holds several ("bedankt en tot ziens" is a goodbye). */
export const KEYWORD_KINDS = ['goodbye', 'thanks', 'greeting', 'acknowledge'] as const;
export type KeywordKind = (typeof KEYWORD_KINDS)[number];

/** Per kind: Dutch words, English words, and words both languages use (they keep the conversation's language). */
const WORDS: Record<KeywordKind, [nl: string, en: string, both: string]> = {
  thanks: [
    'bedankt dank dankje dankjewel dankuwel bedankje merci dankjwel',
    'thanks thank thx tnx ty cheers thankyou',
    '',
  ],
  goodbye: ['doei doeg ziens houdoe avond tot', 'bye goodbye farewell', 'weekend later ciao adios'],
  greeting: [
    'hoi hallo hai hee goedemorgen goedemiddag goedenavond goedendag goeiemorgen goeiemiddag goeiedag moi dag',
    'hi hello hiya howdy morning greetings',
    'hey yo',
  ],
  acknowledge: [
    'okido okidoki prima fijn duidelijk helder mooi begrepen interessant leuk klopt ja jep',
    'great nice understood alright interesting yes yep',
    'ok oke okay oki top super aha cool perfect',
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
  bedankt thanks mate vriend dear zien see soon snel straks volgende keer next time have a great nice good
  oh o ah zeker sure indeed inderdaad dan then well nou ik ga gaan ervandoor weg nu moet i im have to go gotta leaving`),
);

function split(words: string): string[] {
  return words.split(/\s+/).filter(Boolean);
}
