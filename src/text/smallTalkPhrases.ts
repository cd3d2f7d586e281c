/**
 * Small talk that takes more than one word to say: questions about the bot
 * ("wie ben jij", "are you a bot or a real person"), about what it can do, how
 * it is, goodbyes and compliments. Each pattern matches a whole stretch of a
 * normalised message (no punctuation, lower case, hedges dropped); the word
 * classes come from the lexicon, so a new word is added there once.
 */
import type { Language } from './language';
import type { SmallTalkKind } from './smallTalkLexicon';
import { BOT_NOUNS, INTENSIFIERS, KEYWORDS, PRAISE, PRAISED, SCOLDING } from './smallTalkLexicon';

export type Phrase = [kind: SmallTalkKind, language: Language, pattern: RegExp];

const oneOf = (words: Iterable<string>) => `(${[...words].join('|')})`;

const ME = '(jij|je|u|jou|jullie|me|mij)';
const YOU = '(you|u|ya)';
/** "een robot", "a real person", "echt mens". */
const BOT = `(een |a |an )?(echte? |echt |real |actual |live |levende )?${oneOf([...BOT_NOUNS, 'human being'])}( van quanta| (from|of|at) quanta| van vlees en bloed)?`;
/** "een robot of een echt mens", "a bot or not". */
const BOT_OR = `${BOT}( (of|or) (met |tegen |with |to )?(${BOT}|echt|real|niet|not))?`;
const INTENSE = `(${oneOf(INTENSIFIERS)} )*`;
/** A word that only praises ("handig", "awesome"), made stronger or not: "heel handig", "really useful". */
const PRAISING_ONLY = `${INTENSE}${oneOf(KEYWORDS.compliment.keys())}`;
/** Any word that praises, including those that also acknowledge ("top", "nice"). */
const PRAISING = `${INTENSE}${oneOf([...KEYWORDS.compliment.keys(), ...PRAISE])}`;
const THING = oneOf(PRAISED);
/** A word that scolds, made stronger or not: "echt waardeloos", "pretty useless". */
const SCOLDS = `${INTENSE}${oneOf(SCOLDING)}`;

const re = (source: string) => new RegExp(`^(${source})$`);

export const PHRASES: Phrase[] = [
  ['who', 'nl', re(`(wie|wat) (ben|bent|is) ${ME}`)],
  ['who', 'nl', re(`(ben|bent|is) (${ME}|dit|het|daar|hier) (wel |echt )?${BOT_OR}`)],
  [
    'who',
    'nl',
    re(
      `((praat|spreek|chat|typ|communiceer) ik|ben ik (aan het )?(praten|chatten|in gesprek)|heb ik (hier )?contact) (hier )?(met|tegen) ${BOT_OR}|heb ik (hier )?(te maken )?met ${BOT_OR}( te maken)?|is (er|daar) ${BOT}( aanwezig)?|(ben ik|zit ik) (nu |hier )?(met|tegen) ${BOT_OR} (aan het |te )?(praten|chatten|typen)`,
    ),
  ],
  [
    'who',
    'nl',
    re(
      `(met|tegen) wie (praat|spreek|chat|typ) ik( hier)?|wie is (dit|daar)|hoe heet ${ME}|heb ${ME} een naam|wat is ${ME} naam|wie heeft ${ME} gemaakt|wat voor (bot|programma|iets|ding) ben ${ME}`,
    ),
  ],
  [
    'who',
    'nl',
    re('wie (zit|zitten)( er)? achter (deze|de|dit|jou|je)( chat| bot| chatbot| website| gesprek)?'),
  ],
  [
    'who',
    'nl',
    re(
      '(kun|kan|wil) (je|jij|u) (je|jezelf|zich|uzelf) (even |eens |eerst )?(kort )?voorstellen|stel (je|jezelf|u|uzelf) (even |eens )?voor',
    ),
  ],
  ['who', 'en', re('(can|could|would) you (please )?introduce yourself|introduce yourself')],
  // "hoe oud ben jij?", "ben jij zelf ook een sociaal ondernemer?": the bot itself (visitors-dr)
  [
    'who',
    'nl',
    re(
      `hoe oud (ben|bent|is) ${ME}( zelf)?|(ben|bent|zijt) ${ME} (zelf |ook |zelf ook )?(een )?(sociale|sociaal) ondernemer`,
    ),
  ],
  ['who', 'en', re(`how old (are|r) ${YOU}|are ${YOU} (yourself |also |a )*(a )?social entrepreneur`)],
  // "do you actually understand what you say?", "snap je wel wat je zegt?": what the bot is (visitors-dr)
  [
    'who',
    'en',
    re(
      `(do|can) ${YOU} (really |even )?(understand|know) what ${YOU} (are )?(say|saying|talking about|write|writing)`,
    ),
  ],
  [
    'who',
    'nl',
    re(
      `(snap|begrijp|weet|snapt|begrijpt|weet) ${ME} (wel |zelf |ook )?wat ${ME} (zegt|zeggen|schrijft|vertelt)`,
    ),
  ],
  [
    'who',
    'en',
    re(
      `(who|what) (are|r) ${YOU}|(are (you|u)|r u|is this|am i (talking|chatting|speaking) (to|with)) ${BOT_OR}|(are (you|u)|r u) real|is there ${BOT}`,
    ),
  ],
  [
    'who',
    'en',
    re(
      '(who|whom) (am i|are we) (talking|chatting|speaking) (to|with)|(to|with) whom am i (talking|chatting|speaking)|(who is|whos) (this|there)|who do i (talk|chat|speak) (to|with)',
    ),
  ],
  [
    'who',
    'en',
    re(
      '(what is|whats) your name|(who|what) (made|built|created) you|do you have a name|who is behind (this|you)( chat| bot)?',
    ),
  ],
  // "Do you speak English?", "spreekt u ook Engels?": which languages the bot answers in (visitors-bk).
  [
    'languages',
    'nl',
    re(
      `(spreek|spreekt|praat|begrijp|begrijpt|versta|verstaat|snap|snapt|ken|kent|kan|kun|kunt) ${ME} (ook |wel )?(engels|nederlands)|(kan|kun|mag) ik (hier |ook |je |u )*in het (engels|nederlands) (vragen|schrijven|typen|chatten|terecht)|(welke|wat voor) talen (spreek|spreekt|ken|kent|begrijp|begrijpt) ${ME}`,
    ),
  ],
  [
    'languages',
    'en',
    re(
      `(do|can|could) ${YOU} (also )?(speak|understand|talk|read|write|reply in|answer in|do|chat in) (english|dutch)|(can|may|could) i (also )?(ask|write|talk|type|chat)( (you|this|my question|questions))? in (english|dutch)|(which|what) languages (do|can) ${YOU} (speak|understand|do)|is english (ok|okay|fine|possible)`,
    ),
  ],
  [
    'help',
    'nl',
    re(
      `(wat|waar|waarover|waarmee|waarvoor) (kan|kun|kunt|mag) (ik|${ME}) (${ME} |bij ${ME} |hier )?(allemaal |zoal )?(iets )?(aan |mee |over |bij |terecht )?(vragen|helpen|stellen|doen|terecht|mee|vertellen|beantwoorden)( mee| over| met vragen)?`,
    ),
  ],
  [
    'help',
    'nl',
    re(`(wat|waarmee) (kan|kun|kunt|weet|doe|doet) ${ME}( allemaal| zoal)?( voor ${ME})?( doen)?`),
  ],
  [
    'help',
    'nl',
    re('(welke|wat voor) (vragen|onderwerpen) (kan|kun|kunt|mag) ik (je |jou |u |hier )?(stellen|vragen)'),
  ],
  [
    'help',
    'nl',
    re(
      `help|hulp|helpen|menu|opties|onderwerpen|welke onderwerpen|wat zijn de onderwerpen|hoe werkt (dit|het|deze chat|deze bot)|waar gaat (dit|deze chat) over|ik heb (nog )?(een|1) (vraag|vraagje)|ik heb (nog )?(een paar|een aantal|enkele|wat|twee|2|drie|3) (vragen|vraagjes)|(even |nog )?(een |1 )?(korte |snelle |kleine )?(vraag|vraagje)( hoor| graag| voor (je|jou|u|jullie))?|(daar|hier) heb ik nog (een|1) (vraag|vraagje)( over)?|ik heb hulp nodig|(mag|kan) ik (je |u )?iets vragen|wat weet (je|jij)( allemaal)?|hoe (gebruik|werk) ik (dit|deze chat|deze bot|${ME})|(wat zijn|welke) (de |je |jouw |uw )?opties( zijn er| heb ik)?|(kan|kun|kunt) ${ME} (me|mij) helpen|(ik hoop dat|hopelijk) ${ME} (me|mij) (kan|kun|kunt) helpen|hoe (kan|kun|kunt) ${ME} (me|mij) helpen|waar (ben|bent|is) ${ME} voor( bedoeld)?`,
    ),
  ],
  [
    'help',
    'en',
    re(
      'what (can|could|may) (i|you) (ask( you)?|do|help( me)? with|tell me)( about| here)?|how (do|can|should) i use (this|it|you)|what are (the|my|your) options|help me|help (me )?(please|pls|plz)|how does (this|it) work|what do you know( about)?|which topics|what topics|i have (a|another|one more) question|i have (a few|some|a couple of|a couple|two|2|three|3) (more )?questions|(another|one more) question|(a |one )?(quick|short|small) question( for you)?|just a question|(i )?got a question|i need help|can i ask (you )?(a question|something)|(can|could) you help( me)?|(i hope|hopefully) you can help( me)?|how can you help( me)?|what (do you do|are you for|is this for)|what (questions|kind of questions) can i ask',
    ),
  ],
  [
    'goodbye',
    'nl',
    re(
      `(een |nog een )?(fijne|prettige|goede|fijn) (dag|avond|middag|weekend|nacht)( nog| verder)?|tot (ziens|zien|later|straks|morgen|de volgende keer|de volgende|gauw|snel|zo|kijk)|dag dag|doei doei|slaap lekker|(met )?vriendelijke groet(en)?|ik (moet|ga) (gaan|weg|ervandoor|stoppen)`,
    ),
  ],
  [
    'goodbye',
    'en',
    re(
      `have a (nice|good|great|lovely) (day|evening|weekend|afternoon|night|one)( too)?|see ${YOU}( later| soon| around| next time)?|(catch|talk to) ${YOU} later|talk later|good ?(night|nite)|take care|bye for now|(i )?(have to|must|need to|gotta) go`,
    ),
  ],
  [
    'greeting',
    'nl',
    re(
      '(prettig|leuk|aangenaam|fijn) (kennis te maken|je te ontmoeten|u te ontmoeten)|(goede|goeie) (morgen|middag|avond)',
    ),
  ],
  ['greeting', 'en', re(`(nice|pleased|good|great|glad) to (meet|see) ${YOU}( again)?|good day`)],
  // "wat een slechte service hier", "je bent nutteloos", "you are pretty useless": the visitor is not
  // helped, which no FAQ entry answers ("service" matched the person-dependent service; visitors-dr).
  [
    'complaint',
    'nl',
    re(
      `(pff+ |zeg )?(wat een|echt een|zo een|zo n) ${SCOLDS} ${THING}( hier| zeg| dit| ben (je|jij)| is dit| is het)?|(je|jij|u) (bent|is|zijt) (echt |zo |best |nogal )?${SCOLDS}|(dit|deze|die|de|het|je|jouw) ${THING} (is|was|werkt) ${SCOLDS}|(je|jij|u) (helpt|helpen) (me|mij|ons) (niet|niks|helemaal niet|totaal niet)|(je|jij|u) (begrijpt|snapt|snap|begrijp) (me|mij|er) (niet|niks|helemaal niets|helemaal niks|niets)( van)?|(hier|daar) heb ik (niks|niets) aan|wat heb ik hier (nou )?aan`,
    ),
  ],
  [
    'complaint',
    'en',
    re(
      `(what a|such a) ${SCOLDS} ${THING}|(what a|such a) waste of time|(you are|you re|youre|ur|u r|u are) (really |so |pretty |totally |completely |quite )?${SCOLDS}|(this|the|your) ${THING} (is|was) (really |so |pretty |totally |completely )?${SCOLDS}|(you are|you re|youre) not (helping|helpful)( at all)?|you (don t|dont|do not) (understand|get) me|this (is|was) (not|no) help( at all)?`,
    ),
  ],
  [
    'howAreYou',
    'nl',
    re(
      `(hoe gaat het|hoe gaat ie|hoe is het|alles goed|alles kits|alles oke)( met ${ME}| ermee)?( vandaag)?`,
    ),
  ],
  [
    'howAreYou',
    'en',
    re(
      `how (are|r) ${YOU}( doing)?( today)?|(how is|hows) it going|how do you do|how is your day|(you|u) ok|are you ok|whats up|wassup`,
    ),
  ],
  [
    'compliment',
    'nl',
    re(
      `wat een ${PRAISING}( ${THING})?|wat ${PRAISING} ${THING}|wat ${PRAISING_ONLY}|wat (ben (je|jij)|is (dit|het)) ${PRAISING}|(je|jij|u) (bent|is) (een )?(${PRAISING}|topper|kanjer|held)( ${THING})?|(ge|gij) (zijt|bent) (een )?(${PRAISING}|topper|kanjer|held)|(dit|deze|die|de|het|je|jouw) ${THING} (is|was|werkt) ${PRAISING}|(goed|netjes|knap|mooi) gedaan|(goed|duidelijk|helder|mooi|netjes|prima|fijn|top) (uitgelegd|verteld|verwoord|beschreven)|ga zo door|complimenten( voor (je|jou|u|jullie))?|(wat )?(fijn|leuk|handig|mooi|top) dat (deze|die|de|jullie|je|er (een|nu een)) ${THING} (er )?(is|bestaat|hebben|hebt|heeft)|(ik vind )?(jullie|je|jouw|uw|de|deze) ${THING} (erg |heel |echt |super )?${PRAISING}`,
    ),
  ],
  [
    'compliment',
    'en',
    re(
      `what (a|an) ${PRAISING}( ${THING})?|(you are|you re|youre|ur|u r|u are) (a |an )?(${PRAISING}|star|legend|genius|lifesaver)( ${THING})?|(this|the|that|your) ${THING} (is|s|was|works) ${PRAISING}|(good|great|nice|excellent) (job|work)|(well|nicely) done|(well|nicely|clearly|very clearly) (explained|put|said)|keep (it|up the good work) up|you rock|kudos|(i )?(love|like|really like|really love) (your|the|this) ${THING}|(i )?(love|like) (it|this)|(glad|great|nice) (that )?(you have|there is|there s) (a|this) ${THING}`,
    ),
  ],
  // "laat maar", "oke dat was t", "never mind, that's all": the visitor is done.
  [
    'goodbye',
    'nl',
    re(
      'laat (maar|ook maar)( zitten| weer)?|dat (was|is) (het|t|alles)( voor nu| voor vandaag)?|(ik heb )?geen vragen meer',
    ),
  ],
  [
    'goodbye',
    'en',
    re(
      `never ?mind|forget it|(that s|thats|that is|that was) (it|all)( i need(ed)?)?( for now| for today)?|no more questions`,
    ),
  ],
  // "u heeft me goed geholpen", "you've really helped us": thanks without the word.
  [
    'thanks',
    'nl',
    re(
      `(je|jij|u|jullie|ge|gij) (hebt|heeft|hebben) (me|mij|ons) ${INTENSE}(goed |enorm |prima |fijn )?(geholpen|verder geholpen)`,
    ),
  ],
  [
    'thanks',
    'en',
    re(`(you|u) (have |ve )?${INTENSE}helped (me|us)( ${INTENSE}(a lot|loads|a bunch|so much|very much))?`),
  ],
  [
    'acknowledge',
    'nl',
    re(
      `ik (snap|begrijp) het|nu (snap|begrijp) ik het|(dat )?klinkt (wel |best |heel |erg )?(goed|stoer|interessant|mooi|logisch|leuk|tof|gaaf)|(daar|hier) kan ik (wel |weer |prima )?(mee )?verder|((dan |nu )?heb ik|ik heb) (genoeg|voldoende|alles|ze (nu |dus )?allemaal|het (nu |dus )?compleet)( informatie| info)?( voor (mijn|mn|de) (les|werk|scriptie|opdracht|presentatie|verslag|studie|artikel))?|ik (zal|ga) (er )?(eens |even )?(over |erover )?nadenken|ik denk (er )?(even |eens )?over na|helemaal goed|(goed|mooi|prima) zo|(ok|oke) dan|geen probleem|(daar|hier) kan ik (wat|iets|veel) mee|dat (is|was) (precies |nou |nu )?(wat|waar) ik (zocht|nodig had|wilde weten|naar zocht)|dat zocht ik|(goed|mooi|helder|sterk) verhaal|wat ${INTENSE}(${oneOf(PRAISE)}|interessant)`,
    ),
  ],
  [
    'acknowledge',
    'en',
    re(
      `i see|i get it|got it|(that s|thats|that is|that was|just|exactly) (exactly |just )?what i (needed|need|was looking for|wanted)|i ll think about it|i will think about it|(that )?makes sense|(that )?sounds good|fair enough|no problem|no worries|how ${INTENSE}(${oneOf(PRAISE)}|interesting)`,
    ),
  ],
];
