/**
 * Questions for one item of a list, for the whole list, and "which one" follow-ups, recognised by
 * the nouns the knowledge gives each list's items (itemNouns, itemNouns_en in knowledge/).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import type { Language } from '../../src/text/language';
import { createConversationDeps } from '../../src/conversation/createConversation';
import { DEFAULT_MATCHER_OPTIONS } from '../../src/matching/matcherOptions';
import { normalizeText } from '../../src/text/normalize';
import {
  asksWhichOne,
  findItemQuestion,
  findListQuestion,
  itemNouns,
  joinSplitItemNouns,
  listMentions,
  type ItemNouns,
} from '../../src/text/itemQuestion';

const HATS = 'negen-petten';
const TRAITS = 'kenmerken-sociaal-ondernemer';
const SERVICES = 'diensten-en-producten';
/** Both lists whose items are called "kenmerk" / "trait". */
const BOTH_TRAITS = [SERVICES, TRAITS];

let nouns: Record<Language, ItemNouns>;

beforeAll(async () => {
  const { knowledge } = await loadKnowledge('knowledge');
  // As the bot builds them: each language's text pipeline (synonyms, stemming) analyses the nouns.
  nouns = createConversationDeps(knowledge, DEFAULT_MATCHER_OPTIONS).itemNouns;
});

const words = (text: string) => normalizeText(text).split(' ');

describe('itemNouns', () => {
  it('maps each noun, and its stem, to every list that uses it, each list once', () => {
    // A stand-in analysis: plural -en off, "eigenschap" read as "kenmerk" (as the synonyms do).
    const stemOf = (word: string) => word.replace(/en$/, '').replace(/^eigenschap$/, 'kenmerk');
    const built = itemNouns(
      [
        { id: 'a', nouns: ['kenmerk', 'eigenschap', 'kenmerk'], size: 6 },
        { id: 'b', nouns: ['kenmerk'], size: 5 },
      ],
      stemOf,
    );
    expect(Object.fromEntries(built.singular)).toEqual({ kenmerk: ['a', 'b'], eigenschap: ['a'] });
    // "kenmerken" stems to "kenmerk": the plural finds the lists through the stem
    expect(Object.fromEntries(built.stems)).toEqual({ kenmerk: ['a', 'b'] });
    expect(built.stemOf('kenmerken')).toBe('kenmerk');
    expect(Object.fromEntries(built.sizes)).toEqual({ a: 6, b: 5 });
  });
});

describe('findItemQuestion', () => {
  it.each<[Language, string, string[] | undefined]>([
    // a singular noun after a which-word asks for one item
    ['nl', 'Welke pet houdt de kas bij?', [HATS]],
    ['nl', 'Welk hoedje zet je op als je gaat onderhandelen?', [HATS]],
    ['nl', 'Hoe noem je de pet van de boekhouding?', [HATS]],
    ['nl', 'Wat voor karaktertrek is doorzetten?', [TRAITS]],
    ['nl', 'Hoe heet die eigenschap waarbij de klant meewerkt?', BOTH_TRAITS],
    // a plural after "van …": one out of the many
    ['nl', 'Welke van de negen petten zorgt voor de planning?', [HATS]],
    ['nl', 'Welke van jullie petten gaat over de klant?', [HATS]],
    ['nl', 'Welke van de typische eigenschappen gaat over je vakgebied?', BOTH_TRAITS],
    // the plural put first, "which" later (visitors-dk)
    ['en', 'Of the roles a founder takes on, which one makes sure that agreements are kept?', [HATS]],
    ['nl', 'Van de rollen die je hebt, welke zorgt dat afspraken worden nagekomen?', [HATS]],
    // … after "tussen"/"among" (visitors-dm)
    ['nl', 'Tussen die petten die jullie noemen, welke gaat over de centen?', [HATS]],
    ['en', 'Among the roles you describe, which one keeps an eye on competitors?', [HATS]],
    ['nl', 'terug naar die petten, welke ging over de centen?', [HATS]],
    ['en', 'back to the hats, which one was about money?', [HATS]],
    ['nl', 'Welke van hun petten gaat over geld?', [HATS]],
    ['en', 'Which of the typical qualities is about money?', [TRAITS]],
    ['nl', 'Hoort doorzetten bij een van de kenmerken?', BOTH_TRAITS],
    ['en', 'Which hat looks after the money?', [HATS]],
    // a role a thing plays is a figure of speech; a role a person plays is a hat (visitors-ck, -cj)
    ['nl', 'Welke rol speelt kennis bij het kenmerk informatie?', undefined],
    ['en', 'What role does money play in these companies?', undefined],
    ['nl', 'Welke rol speel ik dan volgens dat model?', [HATS]],
    ['en', 'Which role am I playing when I try to convince investors?', [HATS]],
    ['en', 'Which of your hats handles sales?', [HATS]],
    ['en', 'Is punctuality one of the traits?', BOTH_TRAITS],
    // … with up to two words between that say whose items they are
    ['en', 'Is that one of the social entrepreneur traits you describe?', BOTH_TRAITS],
    ['en', 'Is that one of the things you describe?', undefined],
    // a count before the plural names the list with that many items (six traits, five of services)
    ['nl', 'En welk van de zes kenmerken lijkt daar het meest op?', [TRAITS]],
    ['nl', 'Welke van de vijf kenmerken gaat over de klant?', [SERVICES]],
    ['en', 'Which of the 6 traits is about money?', [TRAITS]],
    // … and a count no list has narrows nothing
    ['nl', 'Welke van de drie kenmerken gaat over geld?', BOTH_TRAITS],
    // no which-word: a singular noun opening the message, or after an article, described by what follows
    ['nl', 'pet waarbij je bedenkt hoe je klanten blij worden', [HATS]],
    ['nl', 'Ik zoek de pet die over geld gaat', [HATS]],
    ['en', 'the hat that keeps the books', [HATS]],
    ['nl', 'het kenmerk waarin je je onderscheidt', BOTH_TRAITS],
    // … also with where it is said between ("on the other list", visitors-dd)
    [
      'en',
      'Is there a trait on the other list that goes with deciding where you want to end up?',
      BOTH_TRAITS,
    ],
    ['nl', 'Is er een kenmerk in het andere lijstje dat over geld gaat?', BOTH_TRAITS],
    ['en', 'Is there a trait on the list of my colleague that fits?', undefined],
    // … but not a noun with something else before it, nor one followed by no description
    ['nl', 'Hoe kies ik mijn rol die bij mij past?', undefined],
    ['nl', 'de pet van de strateeg', undefined],
    // whether what was described is an item: "is dat (ook) een …", up to two words before the noun
    [
      'nl',
      'Ik wil altijd meteen aan de slag. Is dat een typische eigenschap van een sociaal ondernemer?',
      BOTH_TRAITS,
    ],
    ['nl', 'Is dat ook een kenmerk van diensten?', BOTH_TRAITS],
    ['en', 'I keep the books. Is that a typical trait of a social entrepreneur?', BOTH_TRAITS],
    // … but not when the noun comes later, nor without the indefinite article
    ['nl', 'Is dat een probleem voor een sociaal ondernemer met een eigenschap als lef?', undefined],
    ['nl', 'Is dat de eigenschap visie?', undefined],
    // "eentje" (English "there one") a few words after a plural picks one item; not "in hun eentje"
    ['nl', 'Is er bij die petten ook eentje voor de expert?', [HATS]],
    ['en', 'Of those hats, is there one for the expert?', [HATS]],
    ['nl', 'Werken die ondernemers met petten in hun eentje?', undefined],
    ['en', 'I like the hats, one question about money', undefined],
    // a plural straight after the which-word asks for the list, not for one item
    ['nl', 'Welke petten zijn er?', undefined],
    ['nl', 'Welke hoeden zet ik op?', undefined],
    ['en', 'Which hats are there?', undefined],
    // no which-word, or no item noun
    ['nl', 'Wat doet de pet van de strateeg?', undefined],
    ['nl', 'Welke kosten zijn er?', undefined],
    ['en', 'Which costs are there?', undefined],
  ])('%s %j → %j', (language, text, lists) => {
    expect(findItemQuestion(words(text), nouns[language], language)).toEqual(lists);
  });

  // The longer which-phrases are tried before plain "what" (once a bug: "what" matched first and
  // the noun was looked for where "kind" or "is" stands).
  it.each<[string]>([['What kind of hat handles sales?'], ['What is the name of the hat for money?']])(
    'en %j asks for one hat',
    (text) => {
      expect(findItemQuestion(words(text), nouns.en, 'en')).toEqual([HATS]);
    },
  );
});

describe('asksWhichOne', () => {
  it.each<[Language, string, boolean]>([
    // "which one" with a verb, of the list in focus
    ['nl', 'En welke gaat over de centen?', true],
    ['nl', 'welke past bij onderhandelen', true],
    ['en', 'And which one covers sales?', true],
    ['en', 'which is about money', true],
    // "which of these …", counted or not
    ['nl', 'welke van die zes gaat over samenwerken?', true],
    ['en', 'which of these is about money?', true],
    // "the one of/with/about …"
    ['nl', 'en die van de planning?', true],
    ['nl', 'Dan degene met de klanten', true],
    ['nl', 'Hoe zit het met die over geld?', true],
    ['en', 'What about the one that deals with clients?', true],
    ['en', 'the one with the money', true],
    // "the budget one": a word or two between "the" and "one" that end the message (visitors-db)
    ['en', 'the budget one', true],
    ['en', 'and the teamwork one?', true],
    ['en', 'the one', false],
    ['en', 'the budget one is what I need to understand', false],
    // a question of its own, not for one item of the list in focus
    ['nl', 'Welke kosten zijn er?', false],
    ['nl', 'Welke petten zijn er?', false],
    ['nl', 'die petten van jullie', false],
    ['nl', 'Wat is het verschil?', false],
    ['nl', 'welke van de kosten zijn aftrekbaar', false],
    ['en', 'Which costs are there?', false],
    ['en', 'What is a hat?', false],
    // the words of one language only
    ['en', 'En welke gaat over de centen?', false],
    ['nl', 'And which one covers sales?', false],
  ])('%s %j → %s', (language, text, asks) => {
    expect(asksWhichOne(words(text), language)).toBe(asks);
  });
});

describe('findListQuestion', () => {
  it.each<[Language, string, { lists: string[]; asked: boolean; whole: boolean } | undefined]>([
    // a which-word before the plural asks for the list
    ['nl', 'Welke hoeden zet een sociaal ondernemer op?', { lists: [HATS], asked: true, whole: false }],
    // "karaktertrek" is a synonym of "kenmerk", which names both lists: the ranking tells them apart
    [
      'nl',
      'Welke karaktertrekken heeft een sociaal ondernemer?',
      { lists: BOTH_TRAITS, asked: true, whole: false },
    ],
    ['nl', 'Wat voor kenmerken hebben diensten?', { lists: BOTH_TRAITS, asked: true, whole: false }],
    ['en', 'Which roles does a founder play?', { lists: [HATS], asked: true, whole: false }],
    // an inflected adjective between them does not change that (visitors-da)
    [
      'nl',
      'Welke belangrijke hoeden zet een sociaal ondernemer op?',
      { lists: [HATS], asked: true, whole: false },
    ],
    ['nl', 'Welke verschilende hoeden zet men op?', { lists: [HATS], asked: true, whole: false }],
    ['nl', 'Welke van de belangrijke hoeden gaat over geld?', undefined],
    // … nor does an English adjective, known by its ending (visitors-do, -da)
    [
      'en',
      'What personal qualities does someone running a business need?',
      { lists: [TRAITS], asked: true, whole: false },
    ],
    ['en', 'Which different hats does a founder wear?', { lists: [HATS], asked: true, whole: false }],
    // … or asked for after it (visitors-ed)
    [
      'nl',
      'Ik las dat een ondernemer allerlei hoedjes moet dragen. Kunt u vertellen welke dat zijn?',
      { lists: [HATS], asked: true, whole: false },
    ],
    [
      'en',
      'i hear a founder switches between roles all day. what are they?',
      { lists: [HATS], asked: true, whole: false },
    ],
    // a number before the plural names the list without asking for it
    ['nl', 'Die negen petten, wat moet ik daarmee?', { lists: [HATS], asked: false, whole: true }],
    ['nl', 'Ik las iets over 9 petten', { lists: [HATS], asked: false, whole: false }],
    ['nl', 'die vijf kenmerken, wat moet ik daarmee?', { lists: [SERVICES], asked: false, whole: true }],
    ['en', 'Those nine hats, what are they for?', { lists: [HATS], asked: false, whole: true }],
    // a demonstrative names the whole list too, unless one item is picked from it
    ['nl', 'hoe kunnen die petten mij helpen?', { lists: [HATS], asked: false, whole: true }],
    ['nl', 'Bij die petten: welke gaat over geld?', undefined],
    ['nl', 'Wie houdt bij de negen petten de kosten bij?', { lists: [HATS], asked: false, whole: false }],
    ['nl', 'Wat doet de verkoper van die negen petten?', { lists: [HATS], asked: false, whole: false }],
    ['en', 'which of those hats is about money?', undefined],
    // asked for as a whole without "welke": "zijn daar … van?", "what are the …?"
    [
      'nl',
      'wat maakt iemand een sociaal ondernemer? zijn daar kenmerken van?',
      { lists: BOTH_TRAITS, asked: true, whole: false },
    ],
    ['nl', 'Zijn er petten voor een kleine stichting?', { lists: [HATS], asked: true, whole: false }],
    // whether there is a list of the items asks for the list; where an item is listed does not
    ['nl', 'Is er een lijstje met eigenschappen?', { lists: BOTH_TRAITS, asked: true, whole: false }],
    ['nl', 'Hebben jullie een overzicht van de rollen?', { lists: [HATS], asked: true, whole: false }],
    ['nl', 'Wat is volgens jullie lijstje met eigenschappen de drijfveer?', undefined],
    ['en', 'What are the roles of a founder?', { lists: [HATS], asked: true, whole: false }],
    // every item is the list, unless one is picked from them all
    ['nl', 'Noem alle eigenschappen die typisch zijn', { lists: BOTH_TRAITS, asked: true, whole: false }],
    ['en', 'list all of the hats please', { lists: [HATS], asked: true, whole: false }],
    ['nl', 'Welke van alle petten gaat over geld?', undefined],
    ['en', 'Which of all the hats is about money?', undefined],
    // how many there are
    ['nl', 'hoeveel petten zijn er eigenlijk?', { lists: [HATS], asked: true, whole: false }],
    ['en', 'how many traits are there?', { lists: BOTH_TRAITS, asked: true, whole: false }],
    // what the list's noun means is the list
    ['en', 'what do u mean by hats in social entrepreneurship', { lists: [HATS], asked: true, whole: false }],
    ['nl', 'wat bedoelen jullie met die petten?', { lists: [HATS], asked: true, whole: true }],
    // an aside after the verb, a superlative before the noun
    [
      'nl',
      'Wat zijn volgens jullie de belangrijkste kwaliteiten van een sociaal ondernemer?',
      { lists: [TRAITS], asked: true, whole: false },
    ],
    [
      'en',
      'what are, in your view, the main roles of a founder?',
      { lists: [HATS], asked: true, whole: false },
    ],
    // one item, the singular, or the plural with neither
    ['nl', 'Welke van de petten gaat over geld?', undefined],
    ['nl', 'Welke pet gaat over geld?', undefined],
    ['nl', 'Wat moet ik met de petten?', undefined],
    ['en', 'Which hat is about money?', undefined],
  ])('%s %j → %j', (language, text, found) => {
    expect(findListQuestion(words(text), nouns[language], language)).toEqual(found);
  });

  // natural's Dutch stemmer alone leaves "rollen" as "roll" and "eigenschappen" as "eigenschapp";
  // the nouns meet their plurals through the whole text pipeline, synonyms included.
  it.each<[string, string[]]>([
    ['Welke rollen onderscheiden jullie?', [HATS]],
    ['Welke eigenschappen horen daarbij?', BOTH_TRAITS],
  ])('nl %j asks for the list', (text, lists) => {
    expect(findListQuestion(words(text), nouns.nl, 'nl')).toEqual({ lists, asked: true, whole: false });
  });
});

describe('listMentions', () => {
  it.each<[Language, string, string[], string[]]>([
    ['nl', 'die pet van het geld', [HATS], []],
    ['nl', 'en die petten dan?', [], [HATS]],
    ['nl', 'is zelfkennis een kenmerk van de negen petten?', BOTH_TRAITS, [HATS]],
    ['en', 'which hat and which traits?', [HATS], BOTH_TRAITS],
    ['nl', 'wat is geld?', [], []],
    ['en', 'and the six traits?', [], [TRAITS]],
    ['nl', 'welk verschil gaat over meeproduceren?', [SERVICES], []],
    // whether it matters, not one of the differences between services and products
    ['nl', 'waarom zou dat verschil uitmaken voor onze aanpak?', [], []],
    ['nl', 'maakt dat verschil?', [], []],
    ['en', 'does that make a difference?', [], []],
    // an adjective or participle with a noun's stem names no items ("different" is stemmed as "difference")
    ['en', 'how is that different from the fourth one?', [], []],
    ['en', 'all the different things I need to be', [], []],
    ['en', 'what are the five differences?', [], [SERVICES]],
  ])('%s %j → singular %j, plural %j', (language, text, singular, plural) => {
    const mentions = listMentions(words(text), nouns[language]);
    expect([...mentions.singular]).toEqual(singular);
    expect([...mentions.plural]).toEqual(plural);
  });

  // "petje" is an item noun, but natural's stemmer leaves "petjes" whole ("petjes", not "petj"),
  // so the diminutive plural names no list.
  it.todo('counts the diminutive plural "petjes" as a plural mention of the hats');
});

describe('joinSplitItemNouns', () => {
  // dictated or typed as two words (visitors-de: "eigen schap" went to the hat about the money)
  it.each([
    [
      'welke eigen schap gaat erover dat je op de kas let',
      'welke eigenschap gaat erover dat je op de kas let',
    ],
    ['Welke Eigen Schappen heeft zo iemand?', 'Welke EigenSchappen heeft zo iemand?'],
    // a half that names a list itself, a half too short to be sure of, or no item noun at all
    ['de pet ten slotte', 'de pet ten slotte'],
    ['een maat je', 'een maat je'],
    ['mijn eigen schaapjes', 'mijn eigen schaapjes'],
    ['een goede kenmerk en', 'een goede kenmerk en'],
  ])('%j → %j', (text, joined) => {
    expect(joinSplitItemNouns(text, [nouns.nl, nouns.en])).toBe(joined);
  });
});
