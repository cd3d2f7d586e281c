/**
 * Follow-ups in the visitor's own words, as conversation tables: next and
 * previous, examples and explanations, ordinals with extra words, a new topic
 * announced as such, and new questions that must not be taken for follow-ups.
 */
import { beforeAll, describe, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { createConversationDeps } from '../../src/conversation/createConversation';
import { DEFAULT_MATCHER_OPTIONS } from '../../src/matching/matcherOptions';
import { MESSAGES } from '../../src/conversation/messages';
import type { ConversationDeps } from '../../src/conversation/turn';
import { answerOf, examplesOf, titleOf } from '../helpers/knowledgeText';
import { playConversation, type Row } from '../helpers/conversationTable';

let deps: ConversationDeps;

beforeAll(async () => {
  const { knowledge } = await loadKnowledge('knowledge');
  deps = createConversationDeps(knowledge, DEFAULT_MATCHER_OPTIONS);
});

const say = (text: string) => ({ say: text });
const pet = (id: string) => answerOf(`pet-${id}`);
const trait = (id: string) => answerOf(`kenmerk-${id}`);
const service = (id: string) => answerOf(`dienst-${id}`);
const opening = (id: string) => answerOf(id).split('\n')[0]!;
const SERVICES_LIST = opening('diensten-en-producten');
const TRAITS_LIST = opening('kenmerken-sociaal-ondernemer');
const VITAAL = opening('vitaal-vakmanschap');

/** The fallback without suggestions (nothing in the FAQ near the question), and with them. */
const NO_ANSWER = MESSAGES.nl.fallback(false).split(':')[0]!;
const NOT_FOUND = MESSAGES.nl.fallback(true).split('.')[0]!;

const scripts: [name: string, rows: Row[]][] = [
  [
    'after a fallback the entry shown before no longer pulls an unrelated question, but follow-ups still use it',
    [
      [say('Wat zijn de kenmerken van diensten?'), [SERVICES_LIST]],
      [say('de vijfde'), [service('persoonsgebonden')]],
      [say('Kun je een gedichtje voor me schrijven?'), [NO_ANSWER]],
      // Its few words match the characteristic shown last only weakly; the focus lifted it to an answer.
      [say('Hoe laat is het nu?'), [NOT_FOUND], [service('persoonsgebonden')]],
      [say('en de vorige?'), [service('vergankelijk')]],
    ],
  ],
  [
    'the whole an item or an excerpt is part of, asked for after it',
    [
      [say('Wat is kwetsbaarheid?'), [answerOf('kwetsbaarheid')]],
      [say('wat is het grotere verhaal waar die twee bij horen?'), [VITAAL]],
      [say('Welke petten zijn er?'), [MESSAGES.nl.listPrompt]],
      [say('de tweede'), [pet('verkenner')]],
      [say('what is this part of?'), [opening('negen-petten')], [pet('verkenner')]],
    ],
  ],
  [
    'next and previous in other words',
    [
      [say('Welke petten zet een sociaal ondernemer op?'), [MESSAGES.nl.listPrompt]],
      [say('de vierde'), [pet('relatiebeheerder')]],
      [say('oké, en die erna?'), [pet('coordinator')], [pet('relatiebeheerder')]],
      [say('nee wacht, eentje terug'), [pet('relatiebeheerder')], [pet('coordinator')]],
      [say('en welke komt daar weer na?'), [pet('coordinator')]],
      [say('laat de vorige nog eens zien'), [pet('relatiebeheerder')]],
      [say('doe die daarvoor maar'), [pet('verkoper')]],
      [say('welke pet volgt hierop?'), [pet('relatiebeheerder')]],
    ],
  ],
  [
    'examples and explanations in other words',
    [
      [say('Wat zijn de kenmerken van diensten?'), [SERVICES_LIST]],
      [say('oké, nummer vier'), [service('vergankelijk')]],
      [say('hoe werkt dat in de praktijk?'), [examplesOf('dienst-vergankelijk')]],
      [say('en de vijfde daarvan?'), [service('persoonsgebonden')], [service('vergankelijk')]],
      [say('heb je daar misschien een voorbeeldje van?'), [examplesOf('dienst-persoonsgebonden')]],
      [say('wat heb je daar nou aan?'), [examplesOf('dienst-persoonsgebonden')]],
    ],
  ],
  [
    'an explanation asked after a list or an item without examples stays with what was shown',
    [
      [say('Wat zijn de negen petten?'), [MESSAGES.nl.listPrompt]],
      [say('wat bedoel je daar precies mee?'), [MESSAGES.nl.whichItem(titleOf('negen-petten'))]],
      [say('de achtste'), [pet('concurrent')]],
      [say('kun je dat toelichten?'), [MESSAGES.nl.nothingMore('Concurrent'), pet('concurrent')]],
      // no example of a hat in the FAQ: it says so and shows what the FAQ does say, not a dead end
      [say('wat heb ik daar in de praktijk aan?'), [MESSAGES.nl.noExample('Concurrent'), pet('concurrent')]],
      [say('de vorige'), [pet('specialist')]],
      [say('hoe pas ik die toe in mijn werk?'), [MESSAGES.nl.noExample('Specialist'), pet('specialist')]],
    ],
  ],
  [
    'ordinals with the words around them',
    [
      [say('Wat kenmerkt een sociaal ondernemer?'), [TRAITS_LIST]],
      [say('hmm, de laatste van het rijtje dan'), [trait('verbinding')]],
      [say('oh oké, en de eerste?'), [trait('visie')], [trait('verbinding')]],
      [say('nee sorry, de derde uit de lijst'), [trait('onafhankelijkheid')]],
    ],
  ],
  [
    'an ordinal that opens the message, with a remark after it',
    [
      [say('Wat kenmerkt een sociaal ondernemer?'), [TRAITS_LIST]],
      // "vague" is a word of the intangible services, and "number" one of the contact details
      [
        say("number 3 sounds vague, what's that about?"),
        [trait('onafhankelijkheid')],
        [service('ontastbaar')],
      ],
      [say('nummer 2 snap ik niet'), [trait('informatie')]],
      // … but not when the words after it name an entry of another list
      [say('Die eerste, is dat niet hetzelfde als de strateeg-pet?'), [pet('strateeg')], [trait('visie')]],
    ],
  ],
  [
    'a step or an item said after the visitor takes back what was shown (visitors-df)',
    [
      [say('What traits does a social entrepreneur have?'), [TRAITS_LIST]],
      [say('tell me about the fourth'), [trait('oog-voor-geld')]],
      // "others" matched the salesperson's phrasing "How do I motivate others to team up with me?"
      [
        say('sorry, not that one, I meant the one about teaming up with others'),
        [trait('verbinding')],
        [pet('verkoper')],
      ],
      // "meant" alone asks what was meant; after it, the step is what is asked
      [say('oops I meant the previous one'), [trait('beweging')]],
      // "ok laatste, welke …" is the visitor's last question, not the last item (visitors-dg)
      [
        say('ok laatste, welke pet: "wij willen vooral onze eigen vakkennis verder versterken"'),
        [pet('specialist')],
        [pet('schatbewaarder')],
      ],
      [say('What traits does a social entrepreneur have?'), [TRAITS_LIST]],
      [say('de laatste, wat houdt die in?'), [trait('verbinding')]],
      [say('tell me about the fourth'), [trait('oog-voor-geld')]],
      // "no" and "typfout" are what "nee" and "sorry" are: no word of a topic
      [say('no sorry, nummer 2'), [trait('informatie')]],
      [say('typfout, de derde'), [trait('onafhankelijkheid')]],
    ],
  ],
  [
    'what the item sounds like is a remark on it, not another list named (visitors-dd)',
    [
      [say('Welke petten zet je als sociaal ondernemer op?'), [MESSAGES.nl.listPrompt]],
      // "research" is a word of the trait "informatie": it showed the second trait
      [say('De tweede, wat doe je dan? Klinkt als research'), [pet('verkenner')], [trait('informatie')]],
      // "in het andere rijtje" places the question in the other list, as "bij de eigenschappen" does
      [
        say('Staat er in het andere rijtje, dat met eigenschappen, ook iets wat daarmee overlapt?'),
        [TRAITS_LIST],
        [pet('verkenner')],
      ],
    ],
  ],
  [
    'a position the offered choices do not have is the list’s',
    [
      [say('Wat zijn de negen petten?'), [MESSAGES.nl.listPrompt]],
      [say('welke gaat over relaties?'), [MESSAGES.nl.clarify]],
      // two hats offered; the list on screen has an eighth
      [say('en nummer 8?'), [pet('concurrent')]],
    ],
  ],
  [
    'one more back',
    [
      [say('What are the characteristics of services?'), [SERVICES_LIST]],
      [say('nummer 4'), [service('vergankelijk')]],
      [say('nog eentje terug'), [service('afnemer-produceert-mee')], [service('persoonsgebonden')]],
    ],
  ],
  [
    'English: items asked for as "the one about …" ("one" says nothing of which)',
    [
      [say('the hat where u keep an eye on costs vs revenue?'), [pet('schatbewaarder')]],
      [say('and the one about standing out from others in a good way'), [pet('concurrent')]],
      [say('which one comes before that'), [pet('specialist')]],
    ],
  ],
  [
    'the same question asked of another list: its item that answers it, not the list shown before',
    [
      [say('welke van die petten gaat over de centjes?'), [pet('schatbewaarder')]],
      [
        say('nee niet die petten, ik bedoel bij de eigenschappen van een sociaal ondernemer'),
        [trait('oog-voor-geld')],
        [pet('schatbewaarder')],
      ],
      [say('which hat is about setting the course?'), [pet('strateeg')]],
      // "traits" also names the characteristics of services; a hat's kin are the entrepreneur's traits
      [say('and among the traits?'), [trait('visie')], [service('ontastbaar')]],
      // asked for as a whole, the other list is the list
      [say('welke pet gaat over het netwerken?'), [pet('relatiebeheerder')]],
      [say('en welke eigenschappen heeft een sociaal ondernemer?'), [TRAITS_LIST], [trait('verbinding')]],
      [say("I'm terrible at budgeting. Which trait is that?"), [trait('oog-voor-geld')]],
      [say('Is there a hat that covers the same thing?'), [pet('schatbewaarder')]],
      // "matches", "fits" say what "covers" says (visitors-db: "which hat matches that" fell back)
      [say("I'm terrible at budgeting. Which trait is that?"), [trait('oog-voor-geld')]],
      [say('which hat matches that'), [pet('schatbewaarder')]],
      // "sluit daarbij aan" (fits) is no "sluit het lijstje af", the last trait's alternative (visitors-au)
      [say('Welke pet gaat echt over het uitzetten van de koers?'), [pet('strateeg')]],
      [
        say('En welke eigenschap van een sociaal ondernemer sluit daarbij aan?'),
        [trait('visie')],
        [trait('verbinding')],
      ],
      // asked of the other list by the bar of a question for one item (visitors-ct)
      [say('Welke rol gaat over het uitstippelen van de koers voor de lange termijn?'), [pet('strateeg')]],
      [say('En bij de eigenschappen?'), [trait('visie')], [TRAITS_LIST]],
      // "iets vergelijkbaars", "a similar one": one item like the one shown, in the list named (visitors-cy)
      [say('welk petje bepaalt waar het naartoe gaat?'), [pet('strateeg')]],
      [
        say('Is er bij die eigenschappen van een sociaal ondernemer ook iets vergelijkbaars?'),
        [trait('visie')],
        [TRAITS_LIST],
      ],
    ],
  ],
  [
    "an ordinal after a clause about the visitor: the list in focus, whatever that clause's words match",
    [
      [say('wat zijn de kenmerken van een sociaal ondernemer?'), [TRAITS_LIST]],
      [
        say('my colleague is English, could you explain the second one in English for her?'),
        ['Information'],
        [pet('verkenner')],
      ],
      [say('our teacher only speaks English, can you explain the last one in English?'), ['Connection']],
    ],
  ],
  [
    "an ordinal that opens the message, with the visitor's situation after it: the list on screen",
    [
      [say('Wat zijn de kenmerken van diensten?'), [SERVICES_LIST]],
      // "doe" (I do) said nothing of a hat, and matched their "Wat doe je als …?" by the bar of an
      // answer, so the last hat was shown (visitors-cy)
      [
        say('Dat laatste punt, wat betekent dat als ik alles zelf doe?'),
        [service('persoonsgebonden')],
        [pet('schatbewaarder')],
      ],
    ],
  ],
  [
    'an ordinal whose noun names two lists, after an item of a third: the list kin to the one shown',
    [
      [say('wat is de verkenner pet?'), [pet('verkenner')]],
      // "eigenschap" names the traits and the characteristics of services; a hat's kin are the traits
      [say('en de derde eigenschap'), [trait('onafhankelijkheid')], [service('afnemer-produceert-mee')]],
    ],
  ],
  [
    'a list asked for by a noun two lists share, with nothing else named: the list kin to the entry shown',
    [
      [say('wat is sociaal ondernemen?'), [answerOf('sociaal-ondernemen').split('\n')[0]!]],
      [say('what traits do such people usually have'), ['Vision'], [SERVICES_LIST]],
      [say('wat zijn diensten en producten?'), [SERVICES_LIST]],
    ],
  ],
  [
    'a list asked for by a word for any list ("een rijtje"), not the item one of its words fits',
    [[say('Is er ook een rijtje over wat voor persoon je moet zijn?'), [TRAITS_LIST], [trait('informatie')]]],
  ],
  [
    'an ordinal asked to be shown: the list on screen, not the entries "show", "zien" or the number match',
    [
      [say('wat zijn de negen petten?'), [opening('negen-petten')]],
      [say('show me number 7'), [pet('specialist')], [SERVICES_LIST]],
      [say('laat nummer 3 eens zien'), [pet('verkoper')], [SERVICES_LIST]],
      [say('toon nummer 7'), [pet('specialist')], [answerOf('contact')]],
    ],
  ],
  [
    'the item shown compared with another of its list by number: that item, not a list the comparing word names',
    [
      [say('wat zijn de negen petten?'), [opening('negen-petten')]],
      [say('de zesde'), [pet('partner')]],
      [
        say('How is that different from the fourth one?'),
        [pet('relatiebeheerder')],
        [service('vergankelijk')],
      ],
      [say('en waarin verschilt die van de derde?'), [pet('verkoper')], [service('afnemer-produceert-mee')]],
      // Only the other side named: the item shown is the first.
      [say('wat is het verschil met nummer 1?'), [pet('strateeg')], [service('ontastbaar')]],
      [say("what's the difference with nr 2?"), [pet('verkenner')], [service('productie-consumptie')]],
    ],
  ],
  [
    'English follow-ups',
    [
      [say('What are the characteristics of services?'), [SERVICES_LIST]],
      [say('the second'), ['Production and consumption coincide', service('productie-consumptie')]],
      [say('could you show me an example?'), [examplesOf('dienst-productie-consumptie')]],
      [say('what comes after it?'), [service('afnemer-produceert-mee')], [service('productie-consumptie')]],
      [say('ok, and the one before?'), [service('productie-consumptie')]],
      [say('what would that look like in real life?'), [examplesOf('dienst-productie-consumptie')]],
      [say('right, and the fifth of those?'), [service('persoonsgebonden')]],
    ],
  ],
  [
    'a new topic announced as such: no bias from the old focus, ordinals on the new list',
    [
      [say('Wat kenmerkt een sociaal ondernemer?'), [TRAITS_LIST]],
      [say('de vierde'), [trait('oog-voor-geld')]],
      [say('Ander punt: wat zijn de kenmerken van diensten?'), [SERVICES_LIST], [trait('oog-voor-geld')]],
      [say('ok, dan de vijfde daarvan'), [service('persoonsgebonden')], [trait('beweging')]],
      [say('Iets heel anders: wat is vitaal vakmanschap?'), [VITAAL]],
      [say('de tweede'), [MESSAGES.nl.clarifyOrdinal('tweede')], [service('productie-consumptie')]],
    ],
  ],
  [
    'an announced question is answered, not read against the list in focus',
    [
      [say('Welke petten zet een sociaal ondernemer op?'), [MESSAGES.nl.listPrompt]],
      [say('de zesde'), [pet('partner')]],
      [say('Los daarvan, wat zijn de kenmerken van een sociaal ondernemer?'), [TRAITS_LIST]],
    ],
  ],
  [
    'a new question with follow-up words is not a follow-up',
    [
      [say('Wat zijn de negen petten?'), [MESSAGES.nl.listPrompt]],
      [say('de derde'), [pet('verkoper')]],
      [say('vertel me meer over de schatbewaarder'), [pet('schatbewaarder')], [pet('relatiebeheerder')]],
      [say('wat is het nut van vitaal vakmanschap?'), [VITAAL], [MESSAGES.nl.nothingMore('Schatbewaarder')]],
      [say('Wat zijn de kenmerken van diensten?'), [SERVICES_LIST]],
      [say('de eerste'), [service('ontastbaar')]],
      [
        say('wat betekent vergankelijk bij diensten?'),
        [service('vergankelijk')],
        [examplesOf('dienst-ontastbaar')],
      ],
    ],
  ],
  [
    'an ordinal with a remark and no list on screen asks which list, whatever word an item shares',
    [
      // "laten zien" is in the first characteristic of services; it names no list
      [
        say('de derde zegt me niet zoveel, kun je die laten zien?'),
        [MESSAGES.nl.clarifyOrdinal('derde')],
        [service('afnemer-produceert-mee'), trait('onafhankelijkheid')],
      ],
      // the visitor counts on in the list they have in mind: which list is asked again, not an option picked
      [say('en de tweede dan?'), [MESSAGES.nl.clarifyOrdinal('tweede')], [pet('verkoper')]],
    ],
  ],
  [
    'going back to a list seen before, by a noun two lists share or by its count',
    [
      [say("wat typeert zo'n sociale ondernemer"), [TRAITS_LIST]],
      [say('de eerste'), [trait('visie')]],
      [say('Wat zijn de negen petten?'), [MESSAGES.nl.listPrompt]],
      // "eigenschappen" names the traits and the characteristics of services: the one seen (visitors-db)
      [say('terug naar de eigenschappen'), [TRAITS_LIST], [MESSAGES.nl.clarify, SERVICES_LIST]],
      [say('Wat zijn de kenmerken van diensten?'), [SERVICES_LIST]],
      [say('wat is de partner pet'), [pet('partner')]],
      // the traits were seen too, but further back: the characteristics of services were seen last
      [say('terug naar de eigenschappen'), [SERVICES_LIST], [TRAITS_LIST]],
      [say('wat is de partner pet'), [pet('partner')]],
      // the list of five seen: "vijf" is no fifth item (it showed the fifth characteristic)
      [say('terug naar die vijf'), [SERVICES_LIST], [service('persoonsgebonden')]],
    ],
  ],
  [
    'chat shorthand and other words for what use an item is',
    [
      [say('wat is de partner pet'), [pet('partner')]],
      // "handig" (useful) asks what use the hat is; it fell back (visitors-db)
      [say('waarom is dat handig'), [pet('partner')], [NOT_FOUND, NO_ANSWER]],
      // "ns" is chat for "eens": the list again (it fell back)
      [say('lijst nog ns'), [MESSAGES.nl.listPrompt], [NOT_FOUND, NO_ANSWER]],
      [say('What is the specialist hat?'), ['Specialist']],
      // "what good" asks what use it is; "good" matched the relationship manager's "good relations"
      [say('what good is that'), ['Specialist'], [titleOf('pet-relatiebeheerder', 'en')]],
    ],
  ],
  [
    'a "why" with a clause saying who asks, and nothing shown yet: a question of its own when it points at nothing',
    [
      // read as "waarom?" after "voor een huisarts …", it asked which topic was meant (visitors-da)
      [
        say('Waarom is het voor een huisarts zo belangrijk wat de patiënt hem vertelt?'),
        [service('afnemer-produceert-mee')],
      ],
    ],
  ],
  [
    'a follow-up that points at something with nothing shown: which topic is meant',
    [[say('Waarom is dat voor een huisarts zo belangrijk?'), [MESSAGES.nl.noFocus]]],
  ],
  [
    '"hou" is the frame "houd": a new question after a hat, by what it asks',
    [
      [say('Welke pet hoort bij het bewaken van de financiële continuïteit?'), [pet('schatbewaarder')]],
      // "hou" (I keep) was a word of its own, unknown to the knowledge, and the question fell back
      [say('En hoe hou ik overzicht op wat er verder allemaal speelt in mijn werkveld?'), [pet('verkenner')]],
    ],
  ],
  [
    'the same of another list after an item reached by its number: the item of that list its words fit',
    [
      [say('wat zijn de kenmerken van een sociaal ondernemer?'), [TRAITS_LIST]],
      [say('de eerste'), [trait('visie')]],
      // no question led to the trait, so its own words are asked of the hats (it showed the hats)
      [say('welke pet past daarbij'), [pet('strateeg')], [MESSAGES.nl.listPrompt]],
    ],
  ],
];

describe.each(scripts)('follow-up: %s', (_name, rows) => {
  it('replies as expected at every step', async () => {
    await playConversation(deps, rows);
  });
});
