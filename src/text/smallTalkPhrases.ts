/**
 * Small talk that takes more than one word to say: messages that are small
 * talk as a whole, about the bot, what it can do, how it is, goodbyes.
 */
import type { Language } from '../knowledge/types';
import type { SmallTalkKind } from './smallTalkLexicon';

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
