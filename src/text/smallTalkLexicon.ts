/**
 * The words of small talk, as data: the kinds, single keywords per kind and
 * language, and the social filler that may stand around them. The phrases are
 * in smallTalkPhrases.ts; the recogniser (smallTalkRecogniser.ts) decides; this
 * file only lists.
 */
import type { Language } from '../knowledge/types';

/** Every kind of small talk: the replies (conversation/messages.ts) are per kind. */
export type SmallTalkKind = 'greeting' | 'thanks' | 'goodbye' | 'help' | 'who' | 'howAreYou' | 'acknowledge';

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
