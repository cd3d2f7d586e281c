/**
 * Recognises small talk in a normalised message. Two ways in:
 * - phrases and patterns that are small talk as a whole ("wie ben jij",
 *   "wat kan ik je vragen", "how are you"), a typo per six letters allowed;
 * - short messages made only of small-talk keywords and social filler
 *   ("top, dankjewel!", "hallo daar", "fijne avond nog").
 * A message with any other word ("hoi, wat kost een training?") is not small
 * talk: the rest of the bot must look at it.
 */
import natural from 'natural';
import type { Language } from '../knowledge/types';
import type { SmallTalkKind } from '../conversation/messages';

export interface SmallTalk {
  kind: SmallTalkKind;
  /** Undefined when the words are used in both languages ("ok", "hey"). */
  language: Language | undefined;
}

interface Phrase {
  kind: SmallTalkKind;
  language: Language;
  pattern: RegExp;
}

const ME = '(jij|je|u|jou|jullie|me|mij)';
const BOT =
  '(een |a |an )?(echte? |echt |real )?(mens|persoon|robot|bot|chatbot|computer|programma|medewerker|ai|machine|human|person|real person)';

/** Whole-message patterns for questions about the bot and what it can do. */
const PHRASES: Phrase[] = [
  {
    kind: 'who',
    language: 'nl',
    pattern: new RegExp(`^(wie|wat) (ben|bent|is) ${ME}( eigenlijk| precies)?$`),
  },
  {
    kind: 'who',
    language: 'nl',
    pattern: new RegExp(`^(ben|bent|is) (${ME}|dit|het|daar) (nou |eigenlijk |wel )?${BOT}$`),
  },
  { kind: 'who', language: 'nl', pattern: new RegExp(`^(praat|spreek|chat) ik (nu )?(met|tegen) ${BOT}$`) },
  {
    kind: 'who',
    language: 'nl',
    pattern: new RegExp(
      `^(hoe heet ${ME}|heb ${ME} een naam|wat is ${ME} naam|wie heeft ${ME} gemaakt|wat voor (bot|programma|iets) ben ${ME}|met wie (praat|spreek) ik)$`,
    ),
  },
  {
    kind: 'who',
    language: 'en',
    pattern: new RegExp(
      `^(who|what) are you$|^(are you|is this|am i (talking|chatting|speaking) (to|with)) ${BOT}$`,
    ),
  },
  {
    kind: 'who',
    language: 'en',
    pattern: /^(what is|whats) your name$|^(who|what) (made|built|created) you$|^do you have a name$/,
  },
  {
    kind: 'help',
    language: 'nl',
    pattern: new RegExp(
      `^(wat|waar|waarover|waarmee|waarvoor) (kan|kun|kunt|mag) (ik|${ME}) (${ME} |bij ${ME} |hier )?(allemaal |zoal )?(iets )?(aan |mee |over |bij |terecht )?(vragen|helpen|stellen|doen|terecht|mee|vertellen|beantwoorden)( mee| over| met vragen)?$`,
    ),
  },
  {
    kind: 'help',
    language: 'nl',
    pattern: new RegExp(`^(wat|waarmee) (kan|kun|kunt|weet) ${ME}( allemaal| zoal| eigenlijk)?( doen)?$`),
  },
  {
    kind: 'help',
    language: 'nl',
    pattern:
      /^(help|hulp|helpen|menu|opties|onderwerpen|welke onderwerpen|wat zijn de onderwerpen|hoe werkt (dit|het|deze chat|deze bot)|waar gaat (dit|deze chat) over|ik heb een vraag|mag ik (je |u )?iets vragen|kan ik (je |u )?iets vragen|wat weet (je|jij)( allemaal)?)$/,
  },
  {
    kind: 'help',
    language: 'en',
    pattern:
      /^(what (can|could|may) (i|you) (ask|do|help( me)? with|tell me)( about| here)?|help( me)?|how does (this|it) work|what do you know|which topics|what topics|i have a question|can i ask (you )?(a question|something))$/,
  },
  {
    kind: 'goodbye',
    language: 'nl',
    pattern:
      /^((een |nog een )?(fijne|prettige|goede|fijn) (dag|avond|middag|weekend|nacht)( nog| verder)?|tot (ziens|later|straks|morgen|de volgende keer|gauw|snel)|dag dag|doei doei)$/,
  },
  {
    kind: 'goodbye',
    language: 'en',
    pattern:
      /^(have a (nice|good|great|lovely) (day|evening|weekend)|see you( later| soon| around)?|good ?night|take care|bye for now)$/,
  },
  {
    kind: 'greeting',
    language: 'nl',
    pattern: /^(prettig|leuk|aangenaam) (kennis te maken|je te ontmoeten)$/,
  },
  {
    kind: 'howAreYou',
    language: 'nl',
    pattern: new RegExp(`^(hoe gaat het|hoe is het|alles goed|alles kits)( met ${ME}| ermee)?( vandaag)?$`),
  },
  {
    kind: 'howAreYou',
    language: 'en',
    pattern:
      /^(how are you( doing)?( today)?|how is it going|hows it going|how do you do|you ok|are you ok|nice to meet you)$/,
  },
];

/** Single small-talk words; the kind of a message is the strongest kind among its words. */
const KEYWORDS: Record<SmallTalkKind, Record<string, Language | undefined>> = {
  thanks: {
    bedankt: 'nl',
    dank: 'nl',
    dankje: 'nl',
    dankjewel: 'nl',
    dankuwel: 'nl',
    bedankje: 'nl',
    merci: 'nl',
    dankjwel: 'nl',
    thanks: 'en',
    thank: 'en',
    thx: 'en',
    tnx: 'en',
    ty: 'en',
    cheers: 'en',
    thankyou: 'en',
  },
  goodbye: {
    doei: 'nl',
    doeg: 'nl',
    ziens: 'nl',
    houdoe: 'nl',
    avond: 'nl',
    weekend: undefined,
    later: undefined,
    bye: 'en',
    goodbye: 'en',
    ciao: undefined,
    farewell: 'en',
    adios: undefined,
    tot: 'nl',
  },
  greeting: {
    hoi: 'nl',
    hallo: 'nl',
    hai: 'nl',
    hee: 'nl',
    goedemorgen: 'nl',
    goedemiddag: 'nl',
    goedenavond: 'nl',
    goedendag: 'nl',
    goeiemorgen: 'nl',
    goeiemiddag: 'nl',
    goeiedag: 'nl',
    moi: 'nl',
    hey: undefined,
    hi: 'en',
    hello: 'en',
    hiya: 'en',
    howdy: 'en',
    morning: 'en',
    greetings: 'en',
    yo: undefined,
    dag: 'nl',
  },
  acknowledge: {
    ok: undefined,
    oke: undefined,
    okay: undefined,
    okido: 'nl',
    prima: 'nl',
    top: undefined,
    fijn: 'nl',
    duidelijk: 'nl',
    helder: 'nl',
    super: undefined,
    mooi: 'nl',
    begrepen: 'nl',
    aha: undefined,
    great: 'en',
    nice: 'en',
    cool: undefined,
    perfect: undefined,
    understood: 'en',
    alright: 'en',
    interessant: 'nl',
    interesting: 'en',
    leuk: 'nl',
    klopt: 'nl',
    ja: 'nl',
    yes: 'en',
    yep: 'en',
    jep: 'nl',
  },
  help: {},
  who: {},
  howAreYou: {},
};
const PRIORITY: SmallTalkKind[] = ['goodbye', 'thanks', 'greeting', 'acknowledge'];

/** Words that may stand next to small-talk keywords without making the message a question. */
const SOCIAL = new Set(
  `daar hoor bot chatbot assistent even nog wel heel erg hartelijk zeer so much very there again nogmaals weer
  allemaal all quanta npm beste voor de het je uw u jij jou info informatie hulp uitleg antwoord antwoorden for the your
  help answer answers lot man hier here een a an en and dat was is dit helpt geholpen helped helps this that it
  that's thats fijne fijn goede goed prettige prettig mooie dag middag ochtend morgen avond weekend nacht night day
  allen iedereen everyone you jullie to too ook zo echt really veel many hele wereld world of iemand anyone
  bedankt thanks mate vriend dear zien see soon snel straks volgende keer next time have a great nice good
  oh o ah zeker sure indeed inderdaad dan then well nou ik ga gaan ervandoor weg nu moet i im have to go gotta leaving`.split(
    /\s+/,
  ),
);

export function recogniseSmallTalk(normalized: string): SmallTalk | undefined {
  const words = collapse(normalized).split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 10) return undefined;
  return byPhrase(words) ?? byKeywords(words);
}

/** "hallooo" = "hallo": a letter held down says nothing (two in a row can be spelling: "mee"). */
function collapse(text: string): string {
  return text.replace(/(\p{L})\1{2,}/gu, '$1');
}

function byPhrase(words: string[]): SmallTalk | undefined {
  const variants = [
    words.join(' '),
    words.filter((w) => !SOCIAL.has(w) || w === 'jij' || w === 'je' || w === 'u').join(' '),
  ];
  // "hoi, hoe gaat het" / "ok, wat kan ik vragen": an opener before the phrase.
  for (let cut = 0; cut < Math.min(3, words.length); cut++) {
    if (cut > 0 && !words.slice(0, cut).every((w) => keywordKind(w) || SOCIAL.has(w))) break;
    variants.push(words.slice(cut).join(' '));
  }
  for (const text of variants) {
    const found = PHRASES.find((p) => p.pattern.test(text));
    if (found) return { kind: found.kind, language: found.language };
  }
  return undefined;
}

function byKeywords(words: string[]): SmallTalk | undefined {
  const found: { kind: SmallTalkKind; language: Language | undefined }[] = [];
  for (const word of words) {
    const keyword = keywordKind(word);
    if (keyword) found.push(keyword);
    else if (!SOCIAL.has(word)) return undefined;
  }
  for (const kind of PRIORITY) {
    const hits = found.filter((f) => f.kind === kind);
    if (hits.length > 0)
      return { kind, language: hits.find((h) => h.language)?.language ?? languageOf(found) };
  }
  return undefined;
}

function keywordKind(word: string): { kind: SmallTalkKind; language: Language | undefined } | undefined {
  for (const kind of PRIORITY) {
    if (word in KEYWORDS[kind]) return { kind, language: KEYWORDS[kind][word] };
  }
  // "heey", "doeii", "hallooo": compare with every doubled letter single.
  const single = word.replace(/(\p{L})\1+/gu, '$1');
  for (const kind of PRIORITY) {
    for (const [keyword, language] of Object.entries(KEYWORDS[kind])) {
      if (keyword.replace(/(\p{L})\1+/gu, '$1') === single) return { kind, language };
    }
  }
  if (word.length < 5) return undefined;
  for (const kind of PRIORITY) {
    for (const [keyword, language] of Object.entries(KEYWORDS[kind])) {
      if (keyword.length >= 5 && natural.DamerauLevenshteinDistance(word, keyword) <= 1)
        return { kind, language };
    }
  }
  return undefined;
}

function languageOf(found: { language: Language | undefined }[]): Language | undefined {
  return found.find((f) => f.language)?.language;
}
