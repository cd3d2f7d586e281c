/**
 * "Which hat / trait / characteristic …?" through the real bot, as conversation tables: an item
 * described by what it does is answered, a near-tie is asked back, and a question no item fits
 * gets the list, not a hat picked at random.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { createConversationDeps } from '../../src/conversation/createConversation';
import { DEFAULT_MATCHER_OPTIONS } from '../../src/matching/matcherOptions';
import { MESSAGES } from '../../src/conversation/messages';
import type { ConversationDeps } from '../../src/conversation/turn';
import { BotConversation } from '../../src/bot/botDriver';
import { answerOf, itemsOf } from '../helpers/knowledgeText';
import { playConversation, type Row } from '../helpers/conversationTable';

let knowledge: KnowledgeBase;
let deps: ConversationDeps;

beforeAll(async () => {
  knowledge = (await loadKnowledge('knowledge')).knowledge;
  deps = createConversationDeps(knowledge, DEFAULT_MATCHER_OPTIONS);
});

const say = (text: string) => ({ say: text });
const pet = (id: string) => answerOf(`pet-${id}`);
const trait = (id: string) => answerOf(`kenmerk-${id}`);
const service = (id: string) => answerOf(`dienst-${id}`);
const english = (id: string) => knowledge.require(id).translation_en!.answer;
/** The hats, from the knowledge: every one of them is a wrong answer to a question no hat fits. */
const HAT_IDS = itemsOf('negen-petten');
const ALL_HATS = HAT_IDS.map(answerOf);
const opening = (id: string) => answerOf(id).split('\n')[0]!;
/** The bot's replies, joined, to a question asked at the start of a new conversation. */
async function replyTo(question: string): Promise<string> {
  const conversation = new BotConversation(deps);
  await conversation.start();
  return (await conversation.say(question)).texts.join('\n');
}

describe('an item described by what it does', () => {
  // Rows as functions: the English texts come from the knowledge, loaded before the tests run.
  it.each<[string, () => Row]>([
    [
      'a hat that keeps promises',
      () => [
        say('welke pet zorgt dat beloftes worden nagekomen'),
        [pet('coordinator')],
        [pet('relatiebeheerder')],
      ],
    ],
    [
      'a hat that watches the competition',
      () => [say('welke pet kijkt naar wat de concurrentie doet'), [pet('concurrent')], [pet('verkenner')]],
    ],
    [
      'a hat that makes people enthusiastic',
      () => [
        say('welke pet draait om mensen enthousiast maken'),
        [pet('verkoper')],
        [pet('relatiebeheerder')],
      ],
    ],
    [
      // "wie van …" picks one of the roles the question names, like "welke van …"
      'who among the nine roles watches the till',
      () => [
        say('wie van die negen rollen houdt de kas in de gaten?'),
        [pet('schatbewaarder')],
        [answerOf('negen-petten'), pet('coordinator')],
      ],
    ],
    [
      // … also by their count alone, when one list has that many (visitors-de, dictated)
      'who among the 9 keeps the relations good',
      () => [
        say('wie van die 9 zorgt dat de verstandhouding met de mensen waarmee je werkt goed blijft zeg maar'),
        [pet('relatiebeheerder')],
        [trait('verbinding')],
      ],
    ],
    [
      'a characteristic of services that cannot be kept',
      () => [
        say('welk kenmerk van diensten betekent dat je ze niet kunt bewaren'),
        [service('vergankelijk')],
        [service('persoonsgebonden')],
      ],
    ],
    [
      'a trait of staying independent',
      () => [
        say('welke karaktertrek gaat over onafhankelijk blijven'),
        [trait('onafhankelijkheid')],
        [trait('visie')],
      ],
    ],
    [
      'a trait, named by a noun two lists share, about working together',
      () => [
        say('welke eigenschap heeft met samenwerking te maken'),
        [trait('verbinding')],
        [service('productie-consumptie')],
      ],
    ],
    [
      'an English hat that plans the course',
      () => [say('which hat plans the course'), [english('pet-strateeg')], [english('pet-coordinator')]],
    ],
    [
      'an English hat that watches the costs',
      () => [
        say('which hat keeps an eye on costs'),
        [english('pet-schatbewaarder')],
        [english('kenmerk-oog-voor-geld')],
      ],
    ],
    [
      'an English characteristic of services about the customer',
      () => [
        say('which characteristic of services is about the customer'),
        [english('dienst-afnemer-produceert-mee')],
        [english('dienst-ontastbaar')],
      ],
    ],
  ])('%s', async (_name, row) => {
    await playConversation(deps, [row()]);
  });
});

describe('which one, of the list in focus', () => {
  it.each<[string, Row[]]>([
    [
      'the traits, then the one about money',
      [
        [say('Wat kenmerkt een sociaal ondernemer?'), [opening('kenmerken-sociaal-ondernemer')]],
        [say('en welke draait om geld?'), [trait('oog-voor-geld')], [pet('schatbewaarder')]],
      ],
    ],
    [
      'the hats, then the one of the agreements',
      [
        [say('Wat zijn de negen petten?'), [MESSAGES.nl.listPrompt]],
        [say('en die van de afspraken?'), [pet('coordinator')], [pet('relatiebeheerder')]],
      ],
    ],
  ])('%s', async (_name, rows) => {
    await playConversation(deps, rows);
  });
});

describe('a near-tie between two hats', () => {
  it('is asked back, showing no hat', async () => {
    await playConversation(deps, [
      [say('welke pet heeft met relaties te maken'), [MESSAGES.nl.clarify], ALL_HATS],
    ]);
  });

  it('offers the two hats, and a click shows the one clicked', async () => {
    const conversation = new BotConversation(deps);
    await conversation.start();
    const asked = await conversation.say('welke pet heeft met relaties te maken');
    const hats = new Set(HAT_IDS.map((id) => knowledge.require(id).title));
    expect(asked.buttons.map((b) => b.title).filter((t) => hats.has(t))).toEqual([
      'Relatiebeheerder',
      'Partner',
    ]);
    const clicked = await conversation.click('Partner');
    expect(clicked.texts.join('\n')).toContain(pet('partner'));
    expect(clicked.texts.join('\n')).not.toContain(pet('relatiebeheerder'));
  });
});

describe('a hat asked for where a trait shares the words', () => {
  it('answers "which hat means getting a clear picture of your sector" with the explorer, not the trait vision', async () => {
    await playConversation(deps, [
      [
        say('Which hat means getting a clear picture of your sector and the people in it?'),
        [english('pet-verkenner')],
        [english('kenmerk-visie')],
      ],
    ]);
  });

  it('still reads a story with the contact details\' words as any question ("welke pet is dat?")', async () => {
    await playConversation(deps, [
      [
        say(
          'Ik ben vooral bezig met het bellen van oude klanten om te horen of alles nog naar wens is. Welke pet is dat?',
        ),
        [pet('relatiebeheerder')],
      ],
    ]);
  });
});

describe('a list pointed at as a whole', () => {
  it('answers "how can those hats help me?" with the hats, not the hat that helps clients', async () => {
    await playConversation(deps, [
      [say('Hoe kunnen die petten me helpen?'), [opening('negen-petten')], [pet('partner')]],
    ]);
  });

  it('answers "hoeveel kenmerken zijn er?" after a trait with the traits', async () => {
    await playConversation(deps, [
      [say('Welk kenmerk van een sociaal ondernemer gaat over geld?'), [trait('oog-voor-geld')]],
      [
        say('hoeveel kenmerken zijn er eigenlijk?'),
        [opening('kenmerken-sociaal-ondernemer')],
        [service('vergankelijk')],
      ],
    ]);
  });

  it('reads "die eigenschap visie" (a singular synonym of the noun) as the one trait', async () => {
    await playConversation(deps, [
      [say('welke pet bepaalt de richting van je organisatie'), [pet('strateeg')]],
      [say('En is dat hetzelfde als die eigenschap visie?'), [trait('visie')], [trait('informatie')]],
    ]);
  });
});

describe('no item fits', () => {
  it('says it finds no answer, offers the hats as buttons, and shows no hat', async () => {
    const conversation = new BotConversation(deps);
    await conversation.start();
    const reply = await conversation.say('welke pet gaat over belastingaangifte');
    const text = reply.texts.join('\n');
    expect(text).toContain(MESSAGES.nl.fallback(true));
    for (const hat of ALL_HATS) expect(text).not.toContain(hat);
    expect(reply.buttons.map((b) => b.title)).toEqual(
      expect.arrayContaining(HAT_IDS.map((id) => knowledge.require(id).title)),
    );
  });

  it('shows the list when the question says nothing beyond asking for a hat', async () => {
    const conversation = new BotConversation(deps);
    await conversation.start();
    const text = (await conversation.say('welke pet moet ik opzetten?')).texts.join('\n');
    expect(text).toContain(opening('negen-petten'));
    expect(text).toContain(MESSAGES.nl.listPrompt);
  });
});

describe("the visitor's own choice", () => {
  it.each([
    'Which of the nine hats fits my personality best?',
    'Welke pet past het best bij mij?',
    'Which hat should a beginner focus on first?',
  ])('%j shows no hat: the FAQ recommends none', async (text) => {
    const conversation = new BotConversation(deps);
    await conversation.start();
    const shown = (await conversation.say(text)).texts.join('\n');
    for (const hat of [...ALL_HATS, ...HAT_IDS.map(english)]) expect(shown).not.toContain(hat);
  });

  // Rows as functions: the answer texts come from the knowledge, loaded before the tests run.
  it.each<[string, string, () => string]>([
    [
      'the item a story describes far better than any other, though its own words fill most of it',
      'Ik wil een woningcorporatie overhalen om mee te doen met ons buurtproject. Welke pet zet ik dan op?',
      () => pet('verkoper'),
    ],
    [
      'the item a self-description names clearly',
      'Ik ben meer een doener dan een denker, welk kenmerk van een sociaal ondernemer past bij mij?',
      () => trait('beweging'),
    ],
    [
      'the item a self-description names, without the words that ask for a fit',
      "I'm a doer, not a talker. Which trait on your list fits me?",
      () => english('kenmerk-beweging'),
    ],
    [
      'the item a role names, though "best" is in how the fit is asked for',
      "I'm the treasurer of our club. Which of the hats suits me best?",
      () => english('pet-schatbewaarder'),
    ],
  ])('answers %s', async (_, text, item) => {
    const conversation = new BotConversation(deps);
    await conversation.start();
    const shown = await conversation.say(text);
    expect(shown.texts.join('\n')).toContain(item());
  });
});

describe('which item matters most', () => {
  // The FAQ ranks no item. With the count, "six traits" names the traits alone, and the item whose
  // words matched best ("success") was once answered.
  it.each([
    ['en', 'Which of the six traits is the most important one for success?', 'kenmerken-sociaal-ondernemer'],
    ['nl', 'Welke van de negen petten is het allerbelangrijkst?', 'negen-petten'],
  ] as const)('%s %j says the FAQ does not answer it and shows no item', async (language, text, list) => {
    const conversation = new BotConversation(deps);
    await conversation.start();
    const shown = (await conversation.say(text)).texts.join('\n');
    expect(shown).toContain(MESSAGES[language].fallback(true));
    for (const id of itemsOf(list)) {
      expect(shown).not.toContain(answerOf(id));
      expect(shown).not.toContain(english(id));
    }
  });
});

describe('a which-word with an item noun, about another list', () => {
  // A hat third, far below the customer's part in a service (0.52 against 0.69), does not make this
  // a question for one hat (it once did: the bot answered with the explorer).
  it('answers with the characteristic of services, or asks back, but shows no hat', async () => {
    const conversation = new BotConversation(deps);
    await conversation.start();
    const text = (await conversation.say('welke rol speelt de afnemer bij een dienst?')).texts.join('\n');
    for (const hat of ALL_HATS) expect(text).not.toContain(hat);
    expect([service('afnemer-produceert-mee'), MESSAGES.nl.clarify].some((t) => text.includes(t))).toBe(true);
  });
});

describe('a list asked for by its items in the plural', () => {
  // "onderscheiden" is in the competitor's phrasings: the bot once answered this with that hat,
  // because after the list won, one of its items was picked on the words the question shares with it.
  it('is answered with the list, not with the hat that shares a word with the question', async () => {
    const text = await replyTo(
      'Voor een teamdag zoek ik een model over de verschillende rollen die je als ondernemer met een maatschappelijk doel moet aannemen. Welke rollen onderscheiden jullie?',
    );
    expect(text).toContain(opening('negen-petten'));
    expect(text).not.toContain(pet('concurrent'));
  });

  // The list second to social entrepreneurship, whose words the question uses, was raised to its score
  // and no further: tied, the bot asked back between them (visitors-da).
  it.each([
    'welke rollen heeft men allemaal als men een maatschappelijke onderneming leidt?',
    'hi, what do u mean by hats in social entrepreneurship',
  ])('is answered with the list when another entry shares more of its words: %j', async (question) => {
    const conversation = new BotConversation(deps);
    await conversation.start();
    const reply = await conversation.say(question);
    expect(reply.texts.join('\n')).toMatch(/negen petten|nine hats/i);
    expect(reply.buttons.map((b) => b.title)).not.toContain(knowledge.require('sociaal-ondernemen').title);
  });

  // A list asked for by its plural, first with the noun's head start, however few of the other words
  // its phrasings hold; not when the question is about a course on it.
  it('answers "welke rollen moet je allemaal aannemen …" with the hats', async () => {
    const reply = await replyTo(
      'welke rollen moet je allemaal aannemen als je onderneemt voor de maatschappij?',
    );
    expect(reply).toContain(opening('negen-petten'));
    // … on a lower bar when no other candidate comes near: "ambtenaar" is in none of its phrasings.
    expect(await replyTo('Welke rollen zou ik als ambtenaar dan kunnen aannemen?')).toContain(
      opening('negen-petten'),
    );
    const course = await replyTo('Geven jullie een cursus over die negen petten? Wanneer is de volgende?');
    expect(course).not.toContain(opening('negen-petten'));
  });
});

describe('a Dutch question that names the items in English (Dutch and English in one message)', () => {
  // "hat" in a Dutch sentence was no item noun: "welke hat" read as a question for the whole list of
  // hats, whose items were then held back, and the bot fell back (visitors-dd).
  it.each([
    ['Welke hat gaat eigenlijk over goede banden houden met je klanten?', 'relatiebeheerder'],
    ['Andere vraag: welke hat gaat over dat je vakinhoudelijke kunde de basis van alles is?', 'specialist'],
  ])('%j is that hat', async (question, id) => {
    expect(await replyTo(question)).toContain(pet(id));
  });

  // An item of a list the message does not name does not stand between the list asked for and the top.
  it('answers "welke traits heb je nodig?" after a sentence about a mission with the traits', async () => {
    const reply = await replyTo(
      "Wat typeert nou zo'n ondernemer met een maatschappelijke missie? Welke traits heb je nodig?",
    );
    expect(reply).toContain(opening('kenmerken-sociaal-ondernemer'));
    expect(reply).not.toContain(pet('verkoper'));
  });

  // "wat voor type mens", "what kind of personality": a kind named by a word of the traits' concept lexicon.
  it.each([
    ['wat voor type mens is iemand die een onderneming met een maatschappelijk doel begint?', opening],
    [
      'what kind of personality do you need to start a business that solves problems in society?',
      (id: string) => english(id).split('\n')[0]!,
    ],
  ])('answers %j with the traits, not with social entrepreneurship', async (question, firstLine) => {
    const reply = await replyTo(question);
    expect(reply).toContain(firstLine('kenmerken-sociaal-ondernemer'));
    expect(reply).not.toContain(firstLine('sociaal-ondernemen'));
  });

  // "wich" is "which": the item question is seen, and the typo weighs as no unknown word.
  it('answers "wich trait is that" as "which trait is that"', async () => {
    const reply = await replyTo('im more of a doer then a thinker, wich trait is that');
    expect(reply).toContain(english('kenmerk-beweging').split('\n')[0]!);
  });

  // Only English nouns the Dutch synonyms relate to a Dutch item noun: "role" would be stemmed as Dutch,
  // and "rool", a typo of "rol", read as the list of hats in the plural.
  it('still reads "welke rool" as one hat', async () => {
    expect(await replyTo('welke rool gaat over beter worden in je eigen vakk')).toContain(pet('specialist'));
  });
});

describe('a question for a hat that says only in the sentence before it what it is about', () => {
  // "Welke pet moet ik dan opzetten?" shares only everyday words with staff's phrasings; ranked on
  // those, the bot once answered with the competitor.
  it('is read by what was said before it, and does not answer with a hat on the question words alone', async () => {
    const conversation = new BotConversation(deps);
    await conversation.start();
    const reply = await conversation.say(
      'Ik heb drie vaste opdrachtgevers en die wil ik echt niet kwijt. Welke pet moet ik dan opzetten?',
    );
    const text = reply.texts.join('\n');
    expect(text).not.toContain(pet('concurrent'));
    const relations = knowledge.require('pet-relatiebeheerder').title;
    expect(text.includes(pet('relatiebeheerder')) || reply.buttons.some((b) => b.title === relations)).toBe(
      true,
    );
  });
});

describe('a noun that names the items of two lists', () => {
  // "kenmerk" names the characteristics of services and the traits of the social entrepreneur.
  it('asks for an item of the list the question names: a characteristic of services is no trait', async () => {
    const conversation = new BotConversation(deps);
    await conversation.start();
    const reply = await conversation.say(
      'Bij ons wijkteam duurt het lang voor de telefoon wordt opgenomen en de wachtruimte is nogal kaal. Bij welk kenmerk van diensten speelt dat mee?',
    );
    const text = reply.texts.join('\n');
    for (const id of itemsOf('kenmerken-sociaal-ondernemer')) expect(text).not.toContain(answerOf(id));
  });
});

describe('everyday English verbs are no topic words', () => {
  // "a deal is a deal" is one of the coordinator's phrasings; "deals with" once took this question there.
  it('does not answer "which hat deals with income" with the coordinator', async () => {
    const conversation = new BotConversation(deps);
    await conversation.start();
    const text = (await conversation.say('which hat deals with income')).texts.join('\n');
    expect(text).not.toContain(english('pet-coordinator'));
  });
});

describe('a head start for the list a plural names', () => {
  // "kenmerken van diensten" names the list of characteristics, whose head start took it to a score of
  // 1 past the consequences for organisations, matched fully at 0.9999999999999997.
  it('does not lift the list over an entry the question matches fully', async () => {
    const text = await replyTo(
      'Ik werk bij de gemeente. Wat betekenen die kenmerken van diensten voor een organisatie zoals de onze?',
    );
    expect(text).not.toContain(opening('diensten-en-producten'));
    expect(text).toContain(answerOf('gevolgen-publieke-organisaties'));
  });

  // Raised by what follows from it, the consequences still lost to the list itself, which staff's
  // "Waar moet ik op letten als ik geen producten maar diensten lever?" matched (visitors-da).
  it.each([
    'Ik ben teamleider bij een jeugdzorginstelling. Wat moeten wij in de praktijk anders doen nu we weten dat we diensten leveren en geen producten?',
    'Ik werk bij de gemeente, afdeling Wmo. Wat betekent dat hele verhaal over het verschil tussen hulp en spullen nou concreet voor een organisatie als de onze?',
  ])('holds the list back when an organisation asks what follows from it: %j', async (question) => {
    const text = await replyTo(question);
    expect(text).toContain(answerOf('gevolgen-publieke-organisaties'));
    expect(text).not.toContain(opening('diensten-en-producten'));
  });
});

describe('an item noun with an entry of no list far ahead', () => {
  // The vital craftsman and social entrepreneurship outscored every hat and trait by far; the bot
  // answered them, though the question asks which role or which trait (visitors-ch, -cj, -ci).
  it.each<[string, () => string, string]>([
    [
      'Welke rol zegt dat je vakkundigheid eigenlijk het hart is van je onderneming?',
      () => pet('specialist'),
      'vitaal-vakmanschap',
    ],
    [
      'Doet zo een zelfstandige met een maatschappelijk doel alles alleen, of slaat hij de handen in elkaar met anderen om er te geraken? Welke eigenschap is dat?',
      () => trait('verbinding'),
      'sociaal-ondernemen',
    ],
  ])('answers %j with the item, not the entry outside the list', async (question, item, outside) => {
    const text = await replyTo(question);
    expect(text).toContain(item());
    expect(text).not.toContain(answerOf(outside));
  });

  it('keeps to the list in focus when the best is an item of another list the noun names', async () => {
    const conversation = new BotConversation(deps);
    await conversation.start();
    await conversation.say('Welke kenmerken van diensten zijn er?');
    const text = (
      await conversation.say('En het kenmerk waarbij de kwaliteit van de medewerker alles bepaalt?')
    ).texts.join('\n');
    for (const id of itemsOf('kenmerken-sociaal-ondernemer')) expect(text).not.toContain(answerOf(id));
  });
});

describe('the words that name the list, read in their sentence', () => {
  // "maatschappelijk ondernemer" names the traits' list only as two words; left in, "maatschappelijk"
  // took a treasurer's question to the trait vision's "maatschappelijk probleem" (visitors-ck).
  it('drops "maatschappelijk" before "ondernemer" with the list\'s own words', async () => {
    const text = await replyTo(
      'Als penningmeester vraag ik mij af welke karaktertrek u noemt op het gebied van de financiën. Wat verwacht u van een maatschappelijk ondernemer als het om de portemonnee gaat?',
    );
    expect(text).toContain(trait('oog-voor-geld'));
    expect(text).not.toContain(trait('visie'));
  });
});

describe('one of the plural item noun: "eentje"', () => {
  it('answers "met die hoedjes ook eentje voor de expert" with the specialist', async () => {
    const text = await replyTo(
      'Is er in dat model met die hoedjes ook eentje voor de inhoudelijke expert, degene die het vak echt beheerst?',
    );
    expect(text).toContain(pet('specialist'));
  });
});
