/**
 * Recognises the short follow-ups that only make sense with something in
 * focus: "volgende", "en die daarna?", "meer", "heb je daar een voorbeeld
 * bij?", "hoe gaat dat in de praktijk?", "and the one after that?", "terug naar
 * de lijst". A message is a follow-up only when, besides the keywords of one
 * kind, nothing but filler remains (src/text/fillerWords.ts): a word that names
 * a topic ("en welke pet gaat over geld?") makes it a question for the matcher.
 */
import { editDistance } from './editDistance';
import { normalizedWords } from './normalize';
import { isFiller, POINTERS, POSSESSIVES, SAYS_WHO, saysIAm } from './fillerWords';
import { memoize } from './memoize';
import { sentences } from './questionSentence';
import { MEANS, namesAnOrganisationAt, speaksForAnOrganisation } from './consequences';

/** `explain`: "wat bedoel je daarmee?" asks about what was shown, not for the FAQ's next entry (`more`). */
export type FollowUpKind = 'next' | 'previous' | 'more' | 'explain' | 'example' | 'list';

/**
 * Keyword phrases per kind. "…" lets other words stand between the parts of a phrase: Dutch splits
 * "daarvoor" ("welke zat daar net voor?") and "eruitzien" ("hoe ziet dat er in de praktijk uit?").
 */
const KEYWORDS: Record<FollowUpKind, string[]> = {
  next: [
    'volgende',
    'verder',
    'daarna',
    'hierna',
    'erna',
    'daar … na',
    'er … na',
    'hier … na',
    'volgt',
    'daaropvolgende',
    // "en de pet na die?" (visitors-bc): after the one shown
    'na die',
    'na deze',
    'nog een',
    'nog eentje',
    'en dan',
    'next',
    'nxt',
    'following',
    'after',
    'another one',
    'and then',
  ],
  previous: [
    'vorige',
    'terug',
    'ervoor',
    'daarvoor',
    'hiervoor',
    'daar … voor',
    'er … voor',
    'hier … voor',
    'voor die',
    'voor deze',
    'previous',
    'prev',
    'before',
    'preceding',
    'go back',
    'back',
    // "nog eentje terug", "een stapje terug", "one back": the "nog eentje" of going on, but backwards.
    'eentje terug',
    'een terug',
    'stap terug',
    'stapje terug',
    'one back',
    'step back',
  ],
  more: [
    'meer',
    'more',
    'uitgebreider',
    'details',
    'detail',
    'dieper',
    'ga door',
    'ga verder',
    'go on',
    'continue',
    'expand',
    'deeper',
    'verdieping',
  ],
  explain: [
    // "kun je daar meer over vertellen?", "can you say more?": more about what was shown, which the
    // FAQ's next entry is not (in the development sets no visitor asking so wanted to move on; after
    // the vulnerability excerpt the bot showed courage and rebellion, visitors-dz). A bare "meer",
    // "tell me more" still goes on.
    'meer … over … vertellen',
    'meer … over … zeggen',
    'meer … over … weten',
    'meer … vertellen',
    'meer … zeggen',
    'say more',
    'say … more',
    'more about that',
    'more about this',
    'more about it',
    // "en wat staat er precies bij?", "wat stond er ook alweer": the text of what was shown; it showed
    // the contact details ("waar staat jullie kantoor?") and social entrepreneurship (visitors-dv).
    'staat er … bij',
    'stond er … bij',
    'staat er',
    'stond er',
    'does it say',
    'did it say',
    'uitleg',
    'uitleggen',
    'leg … uit',
    'toelichting',
    'toelichten',
    'verduidelijken',
    'bedoel',
    'bedoelt',
    'bedoelen',
    'bedoeld',
    // "wat betekent dat voor mij?": for the visitor, not a topic (before "betekent", which leaves "voor mij").
    'betekent … voor mij',
    'betekent … voor ons',
    'betekent',
    // "wat houdt die in?": what the entry shown amounts to.
    'houdt … in',
    'inhoudt',
    'elaborate',
    'explain',
    'clarify',
    'mean … for me',
    'mean … for us',
    'mean',
    'means',
    'meaning',
    // Not understood: "hmm snap ik niet", "wat moet ik me daarbij voorstellen?" (not "kun je je even
    // voorstellen?", which asks who the bot is).
    'snap … niet',
    'snap … niks',
    'snap … niets',
    'begrijp … niks',
    'snapte … niet',
    'begrijp … niet',
    'begreep … niet',
    'onduidelijk',
    // "kun je dat wat simpeler uitleggen?"
    'simpeler',
    'eenvoudiger',
    'makkelijker',
    'simpler',
    'more simply',
    // "Kunt u dat eenvoudiger samenvatten?"
    'samenvatten',
    'samengevat',
    'summarize',
    'summarise',
    'in short',
    // "Can you give more simple explanation?", "kan het wat simpeler/simpel?"
    'more simple',
    'simple',
    'simply',
    'simpel',
    'simpele',
    'eenvoudig',
    'eenvoudige',
    'explanation',
    // "in simpele woorden", "in gewone mensentaal", "in plain English please?"
    'simpele woorden',
    'eenvoudige woorden',
    'makkelijke woorden',
    'simpele taal',
    'gewone mensentaal',
    'normale mensentaal',
    'mensentaal',
    'gewone taal',
    'normale taal',
    'begrijpelijke taal',
    'jip en janneke',
    'jip en janneketaal',
    'jipenjanneketaal',
    'plain english',
    'plain language',
    'simple words',
    'simple terms',
    'layman s terms',
    'laymans terms',
    // "Kun je dat in één zin zeggen?", "leg het eens uit alsof ik twaalf ben", "in a nutshell?" (visitors-cy)
    'in een zin',
    'in 1 zin',
    'in n zin',
    'in een paar woorden',
    'in het kort',
    'kort gezegd',
    'in one sentence',
    'in a sentence',
    'in a few words',
    'in a nutshell',
    'alsof ik vijf ben',
    'alsof ik tien ben',
    'alsof ik twaalf ben',
    'alsof ik een kind ben',
    'aan een kind',
    'like i m five',
    'like im five',
    'like i m 5',
    'like im 5',
    'like i m a child',
    'to a child',
    'to a kid',
    'eli5',
    // "so what do I do with that?": what use it is
    'do with that',
    'do with it',
    'do with this',
    // "klinkt vaag": what was shown did not say enough (the longer phrase first: it takes "klinkt" too).
    'klinkt … vaag',
    'vaag',
    // "klinkt een beetje zweverig", "sounds very abstract": too little to go on
    'klinkt … zweverig',
    'klinkt … wollig',
    'klinkt … abstract',
    'klinkt … theoretisch',
    'sounds … abstract',
    'sounds … theoretical',
    'zweverig',
    'wollig',
    'abstract',
    'theoretisch',
    'theoretical',
    'me … voorstellen',
    'dont understand',
    'don t understand',
    'do not understand',
    'dont get it',
    'don t get it',
    'confusing',
    'unclear',
    // "wacht wat", "wait what?", "huh?": taken aback by what was shown (visitors-dp)
    'wacht … wat',
    'wait … what',
    'huh',
    'sounds … vague',
    'vague',
    // Why it is so ("en waarom is dat zo belangrijk?", "why is that a problem?"): the item's own words
    // say (the longer phrases first: they take the evaluating word too).
    'waarom … probleem',
    'waarom … lastig',
    'waarom … moeilijk',
    'why … problem',
    'why … issue',
    'why … difficult',
    'why … hard',
    'waarom',
    'wrm',
    // "hoezo?", "how come?": why, in one or two words (visitors-dp)
    'hoezo',
    'how so',
    'how come',
    // "why would that help?", "waarom helpt dat?": why it works
    'why … help',
    'waarom … helpt',
    'waarom … helpen',
    'belangrijk',
    'relevant',
    'nodig',
    'why',
    'important',
    'matter',
    'matters',
    // "is dat niet overdreven?", "isn't that overkill?": the visitor doubts it; why it is so answers
    // (visitors-bk).
    'niet … overdreven',
    'overdreven',
    'overdrijven',
    'overdrijf',
    'overdrijft',
    'exaggerated',
    'overkill',
    'overrated',
    // "isn't that risky though?", "is dat niet gevaarlijk?": the risk of what was shown.
    'niet … riskant',
    'niet … gevaarlijk',
    'klinkt … riskant',
    'klinkt … gevaarlijk',
    'isn t … risky',
    'isn t … dangerous',
    'not … risky',
    'not … dangerous',
    'sounds … risky',
    'sounds … dangerous',
    'riskant',
    'gevaarlijk',
    'risky',
    'dangerous',
    // "maakt dat (eigenlijk) uit?": whether it matters.
    'maakt … uit',
    'maken … uit',
    'uitmaken',
    'necessary',
    'needed',
    'whats the point',
    'what s the point',
    'what is the point',
    // What use it is: the FAQ's examples show that, if it has any.
    'levert … op',
    'goed voor',
    'nut',
    'nuttig',
    'daaraan',
    'eraan',
    'hieraan',
    'daar … aan',
    'er … aan',
    'hier … aan',
    'use',
    'useful',
    'good for',
    // "wat moet ik daar nou mee?", "wat doe ik ermee als eenpitter?": what to do with it (visitors-dk)
    'daar … mee',
    'er … mee',
    // "what would I get out of that?", "what's in it for me?" (visitors-dd)
    'get out of',
    'in it for me',
    'in it for us',
    // "waarom is dat handig?", "how is that helpful?" (visitors-db)
    'handig',
    'helpful',
    'what good',
    'gebruiken',
    // "geldt dat ook voor ons?", "is dat ook van toepassing op scholen?": whether what was shown holds
    'geldt',
    'gelden',
    'van toepassing',
    'applies to',
    'apply to',
    // "wat kan daar dan misgaan?", "what can go wrong there?": the entry shown says where it is hard
    'misgaan',
    'mis … gaan',
    'fout … gaan',
    'go wrong',
    'goes wrong',
    // "waarom doet dat ertoe?": why it matters
    'doet … ertoe',
    'doen … ertoe',
    // "hoe kan je dat oplossen?", "how do you deal with that?": what the entry shown says to do
    'oplossen',
    'los … op',
    'ondervangen',
    'solve',
    'tackle',
    'deal with',
    // "so what should we do about it?", "what can I do about that?" (visitors-db)
    'do … about',
    'overcome',
  ],
  example: [
    // "heb je andere voorbeelden?", "another example": more examples, not the list's other items.
    'andere voorbeelden',
    'ander voorbeeld',
    'other examples',
    'another example',
    // "vb", "eg" (e.g.), "bijv.", "bv", "bvb": the chat abbreviations.
    'vb',
    'eg',
    'bijv',
    'bv',
    'bvb',
    'voorbeeld',
    'voorbeelden',
    'voorbeeldje',
    'voorbeeldjes',
    'bijvoorbeeld',
    'praktijkvoorbeeld',
    'concreet',
    'concreter',
    'praktisch',
    'in de dagelijkse praktijk',
    'in de praktijk',
    'uit de praktijk',
    'in het echt',
    'toepassen',
    'pas … toe',
    'past … toe',
    'toegepast',
    'in mijn werk',
    'in ons werk',
    'ziet … uit',
    'ziet … eruit',
    'example',
    'examples',
    'instance',
    'concrete',
    'concretely',
    'practical',
    'work in practice',
    'works in practice',
    'in practice',
    'in real life',
    // "a real-life case": normalising joins the hyphenated word (the phrases before the word alone).
    'reallife case',
    'real life case',
    'realworld case',
    'case study',
    'reallife',
    'apply',
    'applies',
    'in my work',
    'in our work',
    'look like',
    'looks like',
    // "what does that look like day to day?"
    'day to day',
    'daytoday',
    'dagelijks',
    // "hoe zie ik dat in mijn school?", "how would that look for a benefits office?", "hoe uit zich dat?"
    'zie ik dat',
    'zie ik het',
    'zie je dat',
    'uit zich',
    'how … look',
    // "like how?", "zoals?", "zoals wat?" (visitors-bf)
    'like how',
    'like what',
    'such as',
    'zoals wat',
    'zoals',
    // "hoe pak je dat (in de praktijk) aan?", "hoe doe je dat dan?": how it is done (visitors-df)
    'hoe pak … aan',
    'hoe doe je dat',
    'hoe doe je het',
    'how do you do that',
    'how do i do that',
  ],
  list: [
    'hele lijst',
    'whole list',
    // "show me the full list of those features" (visitors-dx)
    'full list',
    'complete list',
    'entire list',
    'volledige lijst',
    'complete lijst',
    'lijst',
    'rijtje',
    'rij',
    'lijstje',
    'overzicht',
    'alle',
    'allemaal',
    'list',
    'overview',
    'all of them',
    'all',
    // "en de andere?", "welke zijn er nog meer?", "are there more like that?" after an item: its
    // siblings, which its list shows ("welke … nog meer" showed the item's examples; visitors-ay).
    'andere',
    'anderen',
    'overige',
    'overigen',
    'de rest',
    'welke … nog meer',
    'zijn er … meer',
    // "Welke rollen zijn er verder nog?": which others there are, not the next one (visitors-cy).
    'welke … verder',
    'zijn er … verder',
    'others',
    'other ones',
    'the rest',
    'are there … more',
    'any more',
    'what else',
    // "how many are there?" with a list or one of its items on screen: the list tells
    'hoeveel',
    'how many are there',
    'how many',
  ],
};

/**
 * Filler of the follow-ups themselves, beside the shared filler words: words for an item of any list
 * ("het volgende onderdeel"), and the words of going back ("terug naar de lijst"), of asking for more
 * ("meer voorbeelden") and for all ("het hele rijtje"). What one list's items are called ("pet",
 * "kenmerk") is knowledge: the caller passes those in.
 */
const FOLLOW_UP_FILLER = new Set(
  `er erover hierover daarover onderdeel onderdelen item items stap point points punt punten puntje puntjes naar to go ga
  again weer terug back meer more hele whole tho though ff ajb door helemaal gewoon doen zouden zag put al
  soort dingen zulke zulk willen kunnen we wij should shall must volgens`.split(/\s+/),
);

const NO_WORDS: ReadonlySet<string> = new Set();

/** A phrase as its parts: words that must stand together, with any words between the parts. */
type Phrase = string[][];

/** Phrases that only repeat the wish ("en de vorige nog een keer"): dropped before keywords are sought. */
const REPEATS: Phrase[] = [
  'nog een keer',
  'nog 1 keer',
  'nog 1x',
  'nog een x',
  // a question announced ("ik heb nog een vraag"), not the "nog een" of going on
  'nog een vraag',
  'nog een vraagje',
  'nog 1 vraag',
  'nog 1 vraagje',
  'another question',
  'one more question',
  // "Andere vraag", "ander onderwerp": a new question announced, not the other items of a list
  'andere vraag',
  'ander vraagje',
  'andere vraagje',
  'ander onderwerp',
  'other question',
  'different question',
  'een keer',
  'opnieuw',
  'once more',
  'one more time',
  // where the item is ("wat is de volgende pet in het rijtje?"), not a wish for the list
  'in het rijtje',
  'in dat rijtje',
  'in dit rijtje',
  'in die lijst',
  'in de rij',
  'van het rijtje',
  'uit het rijtje',
  'in de lijst',
  'op de lijst',
  'van de lijst',
  'uit de lijst',
  'in the list',
  'on the list',
  'of the list',
].map((phrase) => [phrase.split(' ')]);
const REPEAT_WORDS: ReadonlySet<string> = new Set(REPEATS.flat(2));

/**
 * Tried in this order; the wishes to hear more come last. Going back before going on: "nog eentje
 * terug" holds the "nog eentje" of going on, and no phrase of going on holds one of going back.
 */
const ORDER: FollowUpKind[] = ['example', 'previous', 'list', 'next', 'explain', 'more'];
/** Their keywords may stand beside another kind's: "kun je dat met een voorbeeld uitleggen?", "leg de volgende uit". */
const SOFT: FollowUpKind[] = ['explain', 'more'];

/** A follow-up is short: longer messages are questions, however few topic words they have. */
const MAX_WORDS = 12;

/**
 * Each kind's phrases, the longest first (a stable sort keeps the listed order among equals): "simple
 * terms" must take "terms" along before "simple" alone is dropped.
 */
const PHRASES: Record<FollowUpKind, Phrase[]> = Object.fromEntries(
  ORDER.map((kind) => [
    kind,
    KEYWORDS[kind]
      .map((keyword) => keyword.split(' … ').map((p) => p.split(' ')))
      .sort((a, b) => b.flat().length - a.flat().length),
  ]),
) as Record<FollowUpKind, Phrase[]>;
const KEYWORD_WORDS = [...new Set(Object.values(PHRASES).flat(3))];

/**
 * The follow-up the whole message amounts to, if it is one.
 * @param itemNouns what the items of the knowledge's lists are called, normalised ("pet", "hat"):
 *   "de volgende pet" says no more than "de volgende"
 * @param keywordsOf followUpKeywords, answered from a memory (the caller's, which may hold more of a
 *   word's facts; this module's own otherwise)
 */
export function recogniseFollowUp(
  text: string,
  itemNouns: Pick<ReadonlySet<string>, 'has'> = NO_WORDS,
  keywordsOf: (word: string) => ReadonlySet<string> = rememberedKeywords,
): FollowUpKind | undefined {
  const words = normalizedWords(text).filter(Boolean);
  const whole = recogniseWords(words, itemNouns, keywordsOf);
  if (whole) return whole;
  // "and for my shop? what does that mean?": for whom, said first, then the follow-up.
  // Not for an organisation ("en voor onze organisatie, wat betekent dat?"): what follows for
  // organisations is an entry of its own.
  const forMine = LEADING_FOR_MINE.exec(text);
  if (forMine && !speaksForAnOrganisation(normalizedWords(forMine[0])))
    return recogniseFollowUp(text.slice(forMine[0].length), itemNouns, keywordsOf);
  // "isn't that dangerous for my job? can my employer fire me for that?": a second question is no
  // clause saying who asks (visitors-bd).
  if (sentences(text).filter((sentence) => sentence.includes('?')).length > 1) return undefined;
  // "Maar wij zijn een gemeente, geldt dat ook voor ons?": read again after the clause saying who asks.
  const after = LEADING_WHO.exec(text) ?? askedBySomeoneElse(text);
  if (after) return recogniseFollowUp(text.slice(after[0].length), itemNouns, keywordsOf);
  // "wat heb ik daar aan als kleine stichting?": read again without the clause saying who asks.
  const withoutWho = withoutWhoAsks(words);
  if (withoutWho.length < words.length) return recogniseWords(withoutWho, itemNouns, keywordsOf);
  // "Wat levert dat de medewerkers zelf op?": read again without who it is for.
  const withoutFor = withoutBeneficiary(words);
  return withoutFor.length < words.length ? recogniseWords(withoutFor, itemNouns, keywordsOf) : undefined;
}

/** The most words that may say who benefits: "de medewerkers zelf", "mijn hele team". */
const MAX_BENEFICIARY = 4;
const WHOM_OPENERS = new Set([
  'de',
  'mijn',
  'onze',
  'ons',
  'je',
  'jouw',
  'jullie',
  'hun',
  'zo',
  'zon',
  'een',
]);

/**
 * "wat levert dat de medewerkers zelf op?", "wat levert het mijn team op?": what use what was shown is,
 * and to whom. The words between the pointing word after "levert" and the closing "op" say who
 * benefits, not a topic, so the follow-up is read without them.
 */
function withoutBeneficiary(words: string[]): string[] {
  const levert = words.indexOf('levert');
  const pointer = levert + 1;
  const op = words.lastIndexOf('op');
  if (levert < 0 || !POINTING.has(words[pointer] ?? '') || op !== words.length - 1) return words;
  const between = op - pointer - 1;
  if (between < 1 || between > MAX_BENEFICIARY) return words;
  // One word ("medewerkers") or a phrase opened as one names whom ("de medewerkers", "mijn team");
  // "wat levert het werken met petten op?" asks about the work.
  if (between > 1 && !WHOM_OPENERS.has(words[pointer + 1]!)) return words;
  return [...words.slice(0, pointer + 1), ...words.slice(op)];
}

function recogniseWords(
  typed: string[],
  itemNouns: Pick<ReadonlySet<string>, 'has'>,
  keywordsOf: (word: string) => ReadonlySet<string>,
): FollowUpKind | undefined {
  // Most questions have a topic word that is neither filler nor a keyword, nor a list's noun or a word
  // of a repeat ("nog een keer"), which are dropped: they end here, before any repeat is looked for.
  if (typed.some((w) => !REPEAT_WORDS.has(w) && !itemNouns.has(w) && !filler(w) && keywordsOf(w).size === 0))
    return undefined;
  const said = dropAll(typed, REPEATS, (w, p) => w === p);
  if (said.length === 0 || said.length > MAX_WORDS) return undefined;
  const words = said.filter((w) => !itemNouns.has(w));
  // Each word's keywords, looked up once: the phrases below ask about the same few words dozens of times.
  const keywords = new Map(words.map((w) => [w, keywordsOf(w)]));
  if (!words.every((w) => filler(w) || keywords.get(w)!.size > 0)) return undefined;
  // Whether the word is this keyword word: itself, or one typo from a long one ("volgnde", "voorbeld").
  const same: Same = (typed, keyword) => keywords.get(typed)!.has(keyword);
  for (const kind of ORDER) {
    const rest = dropAll(words, PHRASES[kind], same);
    if (rest.length === words.length) continue;
    const others = SOFT.reduce(
      (left, soft) => (soft === kind ? left : dropAll(left, PHRASES[soft], same)),
      rest,
    );
    if (others.every(filler)) return kind;
  }
  return undefined;
}

/**
 * "een leerling vraagt waarom dat zo belangrijk is", "my students ask: why?": the visitor passes on
 * someone else's follow-up (a class using the bot; visitors-dp). Not "wat vragen ze dan?", a question
 * of its own.
 */
function askedBySomeoneElse(text: string): RegExpExecArray | null {
  const asked = ASKED_BY.exec(text);
  return asked && !NOT_ASKERS.has(asked.groups!.asker!.toLowerCase()) ? asked : null;
}
const ASKED_BY = new RegExp(
  "^\\s*((maar|en|but|and)\\s+)?((een|mijn|onze|de|die|a|my|our|the|one of my)\\s+)?(?<asker>[\\p{L}'-]+)\\s+" +
    '(vraagt|vragen|vroeg|vroegen|wil weten|willen weten|asks|ask|asked|wants to know|want to know)' +
    '(\\s+(me|mij|ons|us|jullie|you))?\\s*[:,]?\\s*',
  'iu',
);
const NOT_ASKERS = new Set(
  'wat wie welke hoe waarom ik wij we je jij u what who which how why i we you'.split(' '),
);

/**
 * "and for my shop? what does that mean?", "en voor onze bakkerij, wat betekent dat?": the visitor's own
 * business, named before the follow-up about what was shown (visitors-dz: "shop" matched the services'
 * "things you can buy in a shop"). A few words, then a comma or question mark.
 */
const LEADING_FOR_MINE =
  /^\s*(?:(?:maar|en|but|and)\s+)?(?:voor|for|bij|at|in)\s+(?:mijn|mn|onze|ons|my|our)(?:\s+[^\s,.;?!]+){1,3}\s*[,?]\s*/i;

/** A clause saying who asks, before the follow-up: "Maar wij zijn een gemeente, …", "I'm a teacher, …". */
const LEADING_WHO = new RegExp(`^\\s*((maar|en|but|and)\\s+)?(${SAYS_WHO})\\b[^,.;?!]*,\\s*`, 'i');

/**
 * The word that opens a clause saying who asks: "… als kleine stichting", "… als zzp'er", and with
 * English mixed in, "… as a teacher" (visitors-dd); or where it would serve them: "wat heb ik daar
 * aan in een gesprek met de klant" (visitors-dg: "gesprek" and "klant" matched another service).
 */
const WHO_OR_WHERE = new Set(['als', 'as', 'in', 'bij', 'tijdens']);

/**
 * "wat heb ik daar aan als kleine stichting met 3 vrijwilligers?": a follow-up that points back, then
 * says who asks. The clause after "als" describes the visitor, not a topic, so the follow-up is read
 * without it. Only after a word that can only point back at what was shown ("daar", "daaraan",
 * "hiervan"): "het" and "dat" are also the subject and conjunction of a question of its own ("waarom
 * is het goed als professionals …", "is het belangrijk dat je als ondernemer …"; tried on the
 * development sets).
 */
function withoutWhoAsks(words: string[]): string[] {
  const framed = looksAtWhatWasShown(words);
  // "hoe ziet dat er bij ons uit, op een zorgboerderij?": the "uit" of "ziet … uit" stays.
  const cutAt = (at: number) =>
    framed ? [...words.slice(0, at), ...words.slice(at).filter((w) => w === 'uit')] : words.slice(0, at);
  const forWhom = whoAsksClauseAt(words);
  const at = words.findIndex((w, i) => i > 0 && (WHO_OR_WHERE.has(w) || (framed && w === 'op')));
  // "hoe ziet dat eruit bij een kringloopwinkel zoals de mijne?": where, then whose, both cut.
  if (framed && at > 0) return cutAt(forWhom > 0 ? Math.min(at, forWhom) : at);
  if (forWhom > 0) return asksOnAfter(words, forWhom) ? words : cutAt(forWhom);
  if (at < 0 || !words.slice(0, at).some(pointsBackOnly)) return words;
  // "wat heb ik daar als vrijwilligersorganisatie aan?": the clause stands inside "daar … aan".
  const last = words.at(-1)!;
  return PARTICLES.has(last) && at < words.length - 1 ? [...words.slice(0, at), last] : words.slice(0, at);
}

/**
 * Conjunctions that open what a question goes on to ask about: "… voor ons als organisatie dat …",
 * and the "om … te" of "Waarom is het voor een publieke dienstverlener belangrijker om het hele proces
 * in de hand te hebben dan de losse onderdelen?" (read as "waarom?" about nothing shown; visitors-w).
 */
const ASKS_ON = new Set(['dat', 'that', 'om', 'to']);
/** Topic words after such a conjunction that make it a question of its own, not a remark on who asks. */
const ASKS_ON_WORDS = 3;

/**
 * "En wat betekent het voor ons als organisatie dat diensten zo anders werken dan producten?": after
 * the clause saying who asks, a "dat" clause says what the question is about, so the message is no
 * follow-up. (A clause describing the visitor, "for us as a charity that relies on volunteers", has
 * fewer topic words.)
 */
function asksOnAfter(words: string[], clause: number): boolean {
  const at = words.findIndex((w, i) => i > clause + 1 && ASKS_ON.has(w));
  return at > 0 && words.slice(at + 1).filter((w) => !filler(w)).length >= ASKS_ON_WORDS;
}

/**
 * "Wat betekent dat voor onze organisatie?", "what does that mean for us as an organisation?": what
 * something means for the visitor's organisation is what follows for organisations, an entry of its
 * own, not a follow-up with a clause saying who asks.
 */
function meansForAnOrganisation(words: string[], forAt: number): boolean {
  return words.slice(0, forAt).some((w) => MEANS.has(w)) && namesAnOrganisationAt(words, forAt + 2);
}

/** What closes "daar … aan", "daar … mee": a clause saying who asks may stand between. */
const PARTICLES = new Set(['aan', 'mee', 'van', 'over', 'uit', 'op', 'voor', 'door', 'bij', 'in', 'na']);

/**
 * "wat houdt dat in voor mij als aanbieder?", "what does that mean for us as a charity?", "what use is
 * that for a small charity?", "how does that apply to a charity like mine?": "voor mij als", "for us
 * as", "for a …", "voor een …" and "like mine" can only say who asks, whatever comes before them.
 * Not after "betekent"/"mean": "wat betekent dit allemaal voor een gemeente?" asks what follows for
 * such organisations, an entry of its own (and so does "voor publieke organisaties"); nor "apply
 * for a …", which is asking for something (tried on the development sets).
 * @returns where that clause starts, or -1
 */
function whoAsksClauseAt(words: string[]): number {
  // "wat betekent dat voor een zorgboerderij als de mijne?": the visitor's own kind of organisation,
  // even after "betekent" (from the "voor" that names it).
  const likeMine = likeMineAt(words);
  // "Wat betekent dit allemaal voor een publieke organisatie zoals de onze?": what all of it means for
  // such organisations, an entry of its own, not who asks.
  // ("What does all this mean for an organisation like ours?": the "all" may stand before the verb.)
  const meansAll = (w: string, i: number) =>
    MEANS.has(w) && words.slice(0, likeMine).some((x, j) => ALL.has(x) && j !== i);
  if (likeMine > 0 && !words.some(meansAll)) {
    for (let at = likeMine - 2; at > 0; at--) if (FOR.has(words[at]!) && WHOSE.has(words[at + 1]!)) return at;
    return likeMine;
  }
  // Whether an example word came before `at`, kept up as the loop goes (every word asks it; reading
  // the words before it anew each time made this loop quadratic in a long message's words).
  let afterExample = false;
  for (let at = 1; at + 1 < words.length; at++) {
    if (EXAMPLE_WORDS.has(words[at - 1]!)) afterExample = true;
    const [word, next, after] = [words[at]!, words[at + 1]!, words[at + 2]];
    if (
      FOR.has(word) &&
      ME.has(next) &&
      after !== undefined &&
      AS.has(after) &&
      !meansForAnOrganisation(words, at)
    )
      return at;
    if (
      FOR.has(word) &&
      WHOSE.has(next) &&
      !(word === 'for' && words[at - 1] === 'apply') &&
      !meansForAnOrganisation(words, at) &&
      (POSSESSIVES.has(next) || !words.slice(0, at).some((w) => MEANS.has(w)))
    )
      return at;
    // "hoe pas ik dat toe in mijn team?", "how would that work in our organisation?"
    if (IN.has(word) && POSSESSIVES.has(next)) return at;
    // "geef eens een voorbeeld uit de zorg": the field the example is wished from, not a topic.
    if (FROM.has(word) && OWN_OR_THE.has(next) && afterExample) return at;
    // "een voorbeeld dat ik in de klas kan gebruiken", "an example I could use in class": what the
    // visitor will do with it.
    if (afterExample && RELATIVE.has(word) && SUBJECTS.has(next)) return at;
    if (afterExample && EXAMPLE_WORDS.has(words[at - 1]!) && SUBJECTS.has(word)) return at;
    // "waarom is dat belangrijk voor professionals?", "why is that needed for professionals?": why
    // the thing shown matters, and for whom (not "betekent … voor", which may ask for consequences).
    if (FOR.has(word) && pointsBackAndAsksWhy(words.slice(0, at))) return at;
    // "why would that matter if profit isn't the goal?": the visitor's doubt, after the question
    // (visitors-bf). Not after "het"/"it", which points ahead at the clause: "waarom is het goed als
    // professionals zich kwetsbaar opstellen?" asks about what follows.
    if (
      CONDITIONS.has(word) &&
      pointsBackAndAsksWhy(words.slice(0, at)) &&
      words.slice(0, at).some((w) => DEMONSTRATIVE.has(w))
    )
      return at;
    // "kan je dat makkelijker uitleggen ik ben 16", "explain it simpler, I'm new to this": who asks.
    if (saysIAm(words, at)) return at;
    // "kun je dat simpeler uitleggen, voor vijftienjarigen?": for whom it is explained.
    if (FOR.has(word) && words.slice(0, at).some((w) => AGAIN_SIMPLER.has(w))) return at;
  }
  return -1;
}
/** "like mine", "als de mijne", "zoals die van ons": where such a phrase starts, or -1. */
function likeMineAt(words: string[]): number {
  for (let at = 1; at < words.length; at++) {
    const [word, next, after] = [words[at]!, words[at + 1], words[at + 2]];
    if (word === 'like' && (next === 'mine' || next === 'ours' || next === 'me' || next === 'us')) return at;
    // "voor iemand zoals ik", "for someone like me"
    if (word === 'zoals' && (next === 'ik' || next === 'wij' || next === 'mij' || next === 'ons')) return at;
    if ((word === 'als' || word === 'zoals') && next === 'de' && (after === 'mijne' || after === 'onze'))
      return at;
    if (
      (word === 'als' || word === 'zoals') &&
      next === 'die' &&
      after === 'van' &&
      ME.has(words[at + 3] ?? '')
    )
      return at;
  }
  return -1;
}

const WHY = new Set([
  'waarom',
  'wrm',
  'why',
  'belangrijk',
  'important',
  'nodig',
  'needed',
  'nuttig',
  'useful',
]);
/** Words that ask why something matters or what use it is, not what it means. */
const WHY_OR_USE: ReadonlySet<string> = new Set([
  ...WHY,
  ...'nut goed relevant levert oplevert opleveren gebruiken use point matter matters necessary'.split(' '),
]);

/** Whether the words ask why what was shown matters or what use it is ("waar zijn die petten goed voor?"). */
export function asksWhyOrUse(words: readonly string[]): boolean {
  return words.some((w) => WHY_OR_USE.has(w));
}
const POINTING = new Set(['dat', 'dit', 'het', 'that', 'this', 'it']);

function pointsBackAndAsksWhy(before: readonly string[]): boolean {
  return (
    before.some((w) => WHY.has(w)) && before.some((w) => POINTING.has(w)) && !before.some((w) => MEANS.has(w))
  );
}

// (Not "als", which is "as" as often: "hoe belangrijk is het dat je als ondernemer …".)
const CONDITIONS = new Set(['if', 'when', 'wanneer', 'indien']);
const DEMONSTRATIVE = new Set(['dat', 'dit', 'that', 'this']);
const RELATIVE = new Set(['dat', 'die', 'that', 'which']);
const ALL = new Set(['allemaal', 'all']);
const SUBJECTS = new Set(['ik', 'we', 'wij', 'je', 'jij', 'i', 'you']);
/** Asking for the same in easier words: what follows "voor"/"for" is the audience. */
const AGAIN_SIMPLER = new Set([
  'simpeler',
  'eenvoudiger',
  'makkelijker',
  'simpler',
  'simpel',
  'simple',
  'easier',
  'uitleggen',
  'explain',
]);

/**
 * Whether the words ask to have what was shown explained again, more simply ("kun je het in normale
 * taal uitleggen?", "explain that more simply") or because it is doubted, not what it means for someone.
 */
export function asksToExplainAgain(text: string): boolean {
  return normalizedWords(text).some((w) => AGAIN_SIMPLER.has(w) || IN_OTHER_WORDS.has(w) || DOUBTS.has(w));
}
/**
 * "ja dat vind ik echt moeilijk, ik wil sterk overkomen naar mijn team. wat betekent dat voor mij?":
 * what what was shown means for the visitor themselves; the remark before it is about them, not a
 * topic to explain (visitors-dz). Not for an organisation ("voor ons als gemeente"): that is what
 * the FAQ's consequences are about.
 */
export function asksWhatItMeansForMe(text: string): boolean {
  const words = normalizedWords(text);
  return words.some(
    (w, i) => ME.has(w) && FOR.has(words[i - 1] ?? '') && !namesAnOrganisationAt(words, i + 1),
  );
}

/**
 * "Klinkt als managementpraat. Is dat niet overdreven?": doubting what was shown asks why it is so,
 * whatever the remark before it (visitors-bk).
 */
const DOUBTS = new Set([
  'overdreven',
  'overdrijven',
  'overdrijft',
  'exaggerated',
  'overkill',
  'overrated',
  'riskant',
  'gevaarlijk',
  'risky',
  'dangerous',
]);
const IN_OTHER_WORDS = new Set([
  'uitleg',
  'toelichten',
  'toelichting',
  'verduidelijken',
  'mensentaal',
  'taal',
  'clarify',
  'english',
  'language',
  'terms',
  'words',
]);

const FOR = new Set(['voor', 'for', 'to']);
const ME = new Set(['mij', 'me', 'ons', 'us']);
const AS = new Set(['als', 'as']);
/** "voor een kleine stichting", "for a youth worker", "for my team": someone, not a topic. */
const WHOSE = new Set([
  'een',
  'iemand',
  'mijn',
  'mn',
  'onze',
  'ons',
  'a',
  'an',
  'someone',
  'somebody',
  'my',
  'our',
]);
const IN = new Set(['in', 'bij', 'at', 'within']);
const FROM = new Set(['uit', 'from']);
const OWN_OR_THE = new Set(['de', 'het', 'the', 'mijn', 'onze', 'my', 'our']);
const EXAMPLE_WORDS = new Set(['voorbeeld', 'voorbeelden', 'voorbeeldje', 'vb', 'eg', 'example', 'examples']);

/**
 * "hoe ziet dat eruit bij een buurthuis zoals het onze?", "hoe ziet dat er op de werkvloer uit?", "how
 * does that look in a school?": right after the verb of seeing, "dat"/"that" can only be what was
 * shown, so what follows "bij", "op", "in" says where (visitors-dk: the place's words fell back).
 */
function looksAtWhatWasShown(words: readonly string[]): boolean {
  const seen = words.some((w, i) => w === 'ziet' && SHOWN_THING.has(words[i + 1] ?? ''));
  // Not "laten zien dat je twijfelt": only "ziet dat … uit", how it looks.
  if (seen) return words.some((w) => w === 'uit' || w === 'eruit');
  return words.some((w, i) => w === 'look' && SHOWN_THING.has(words[i - 1] ?? ''));
}
const SHOWN_THING = new Set(['dat', 'dit', 'that', 'this', 'it']);

const pointsBackOnly = (word: string) =>
  POINTERS.has(word) && (word.startsWith('daar') || word.startsWith('hier'));

function filler(word: string): boolean {
  return isFiller(word) || FOLLOW_UP_FILLER.has(word);
}

type Same = (typed: string, keyword: string) => boolean;

/** The words without every occurrence of these phrases. */
function dropAll(words: string[], phrases: Phrase[], same: Same): string[] {
  let rest = words;
  for (const phrase of phrases) {
    for (let left = without(rest, phrase, same); left; left = without(rest, phrase, same)) rest = left;
  }
  return rest;
}

/** The words without one occurrence of the phrase, or undefined. */
function without(words: string[], phrase: Phrase, same: Same): string[] | undefined {
  // Most phrases are not among the words: that is found out before anything is allocated (`same`
  // is a pure look-up, so the second pass finds the same places).
  if (findAll(words, phrase, same, () => {}) === undefined) return undefined;
  const taken = new Set<number>();
  findAll(words, phrase, same, (at) => taken.add(at));
  return words.filter((_, i) => !taken.has(i));
}

/** Finds the phrase's parts in order, telling `take` each word they cover; undefined when a part is missing. */
function findAll(words: string[], phrase: Phrase, same: Same, take: (at: number) => void): true | undefined {
  let from = 0;
  for (const part of phrase) {
    const at = find(words, part, from, same);
    if (at === undefined) return undefined;
    for (let j = 0; j < part.length; j++) take(at + j);
    from = at + part.length;
  }
  return true;
}

/** A loop, not part.every(…): a closure per word tried showed in the allocation profile. */
function find(words: string[], part: string[], from: number, same: Same): number | undefined {
  for (let i = from; i + part.length <= words.length; i++) {
    let all = true;
    for (let j = 0; j < part.length && all; j++) all = same(words[i + j]!, part[j]!);
    if (all) return i;
  }
  return undefined;
}

/** The keyword words a word is (itself, or one typo from a long one). */
export function followUpKeywords(typed: string): ReadonlySet<string> {
  return new Set(KEYWORD_WORDS.filter((keyword) => spelt(typed, keyword)));
}

/** followUpKeywords, remembered per word (bounded). */
const rememberedKeywords = memoize(10_000, followUpKeywords);

function spelt(typed: string, keyword: string): boolean {
  if (typed === keyword) return true;
  // A filler word is itself, not a typo: "daarvan" is not "daaraan".
  return keyword.length >= 6 && !filler(typed) && editDistance(typed, keyword, 1) <= 1;
}
