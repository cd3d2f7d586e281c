import { describe, expect, it } from 'vitest';
import {
  asksAboutQuantaItself,
  asksForAdvice,
  asksForFact,
  asksHowTo,
  asksTheBotsOpinion,
  asksWhetherItBelongs,
  asksWhichMattersMost,
} from '../../src/text/questionType';

describe('asksForFact', () => {
  it.each([
    'Hoeveel petten zijn er?',
    'Hoe lang duurt een training?',
    'Hoelang bestaat Quanta al?',
    'hoe vaak moet ik van pet wisselen',
    'Sinds wanneer bestaat het model?',
    'Wie is de oprichter?',
    'Wie bedacht de negen petten?',
    'En hoeveel kost dat?',
    'hoi, sinds wanneer zijn jullie open?',
    'How many hats are there?',
    'How much does it cost?',
    // help with a task, and working at Quanta
    'can you help me write a business plan',
    'hallo zoeken jullie nog mensen? ik wil graag bij jullie werken',
    'Are you hiring?',
    'Since when does Quanta exist?',
    'Who came up with the nine hats?',
    'Who invented the nine hats?',
    'and who wrote this?',
    'Wie zit er achter Quanta NpM?',
    'wie runt dat bedrijf eigenlijk',
    'Who runs Quanta?',
    'who owns the company',
    'Wat verdient een sociaal ondernemer gemiddeld?',
    'What does NpM stand for?',
    'Voor welke gemeenten en zorginstellingen hebben jullie al gewerkt?',
    'have you worked for municipalities before?',
    'Voor welke gemeenten heeft Quanta al opdrachten gedaan?',
    'Kunnen jullie een voorbeeld geven van een klant die jullie geholpen hebben?',
    "Can you name an organisation you've worked with?",
    // an abbreviation as typed, with words between it and "voor"
    'waar staat NpM eigelijk voor',
    'What does CSR actually stand for?',
    // what Quanta offers beyond the FAQ
    'Geven jullie ook trainingen over de negen petten?',
    'Kunnen jullie ons begeleiden bij het opzetten van een sociale onderneming?',
    'Do you offer coaching for social entrepreneurs?',
    'zijn jullie ook in rotterdam actief',
    'Are you active in Belgium?',
    // advice for the visitor's own choice
    'Welk boek over sociaal ondernemen raden jullie aan?',
    'Ik overweeg mijn baan op te zeggen. Is dat verstandig in mijn situatie?',
    'Which legal form should I choose for a social enterprise?',
    'Do you know any funds that could help us pay for a new kitchen?',
    'Welke van de negen petten past het best bij mij?',
    'welke pet past bij mijn persoonlijkheid',
    'Which of the nine hats fits my personality best?',
    'which trait suits me',
    'Which hat should a beginner focus on first?',
    'Is er in Utrecht een netwerk voor sociaal ondernemers?',
    'Which social enterprises in Culemborg could I visit?',
    // a fact asked as "do you know …", and when Quanta can be visited
    'weet u ook hoe laat de kringloopwinkel in culemborg open is?',
    'kan ik ook gewoon bij jullie langskomen zonder afspraak?',
    'Hoe laat zijn jullie open?',
  ])('%j asks for a fact', (text) => {
    expect(asksForFact(text)).toBe(true);
  });

  // "hoe laat" before a person lets someone see: "how do you show …", not "at what time"; "hoeveel" and
  // "how much" of a degree ask how far, not for a number
  it.each([
    'hoe laat je van tevoren zien wat een hulpverleningstraject inhoudt?',
    'Hoe laat ik mijn stichting opvallen?',
    'Hoeveel hangt het resultaat af van wat de klant zelf inbrengt?',
    'How much does the quality of our staff determine how people judge us?',
  ])('%j asks for no fact', (text) => {
    expect(asksForFact(text)).toBe(false);
  });

  it.each([
    'Wat is sociaal ondernemen?',
    'Wat zijn de negen petten?',
    'Hoe werkt het?',
    'Hoe kan ik contact opnemen?',
    'Wie ben jij?',
    'Waar staat sociaal ondernemen voor?',
    'waar staat de partner pet eigenlijk voor?',
    'Hebben jullie een telefoonnummer?',
    'Waar zitten jullie precies in Culemborg?',
    'Is your office in Culemborg?',
    'Wat betekent dat in de praktijk?',
    // Plain "wanneer"/"when" asks for an explanation in this FAQ, not for a date.
    'Wanneer gaan vakmensen de strijd aan?',
    'When should a professional push back?',
    'Waarom heeft een sociaal ondernemer negen petten?',
    'Welke petten zijn er, en hoeveel?',
    'hoeveelheid',
    'What is a hat?',
    'How do the nine hats work?',
    'Which hats are there?',
    'Waarom kun je een dienst niet op voorraad maken?',
    'Hebben jullie een model dat helpt om overzicht te houden?',
    'Can you give an example?',
    'do you know any examples of that?',
    'Which hat should I wear when I talk to a funder?',
    'Welke pet past het best bij mijn taak als penningmeester?',
    // active, but not Quanta
    'is een sociaal ondernemer altijd actief?',
    '',
  ])('%j does not ask for a fact', (text) => {
    expect(asksForFact(text)).toBe(false);
  });

  // "Who is X" asks for a person, unless X is something the FAQ names: then it asks what that role is.
  const titles = new Set([
    'schatbewaarder',
    'de schatbewaarder',
    'relationship manager',
    'the relationship manager',
  ]);
  const namesEntry = (phrase: string) => titles.has(phrase);
  it.each([
    ['Wie is de schatbewaarder in jullie model?', false],
    ['wie is de schatbewaarder', false],
    ['Who is the relationship manager?', false],
    ['Wie is de oprichter?', true],
    ['Who is the treasurer of Quanta?', true],
    ['Wie heeft de schatbewaarder bedacht?', true],
  ])('%j with the titles known asks for a fact: %s', (text, fact) => {
    expect(asksForFact(text, namesEntry)).toBe(fact);
  });
});

describe('asksHowTo', () => {
  it.each([
    'hoe richt ik een stichting op',
    'hoe reken je maatschappelijke meerwaarde uit in euros',
    'hoe kan ik leren om kwetsbaarder te zijn',
    'mijn leidinggevende luistert nooit hoe pak ik dat aan',
    'hoe vind ik goed personeel',
    'how do i register a company in the netherlands',
    'can you tell me how to apply for a social enterprise certification',
  ])('%j asks for the steps of a task', (text) => {
    expect(asksHowTo(text)).toBe(true);
  });

  it.each([
    'hoe vind ik jullie',
    'hoe kan ik contact opnemen',
    'hoe werkt het',
    'how can i reach you',
    'how do the nine hats work',
    'wat is sociaal ondernemen',
    'how to deal with competitors as a social entrepreneur',
    "Clients can't see or touch our coaching. How do we deal with their uncertainty?",
  ])('%j does not', (text) => {
    expect(asksHowTo(text)).toBe(false);
  });
});

describe('asksAboutQuantaItself', () => {
  it.each([
    'Is Quanta zelf ook een sociale onderneming?',
    'zijn jullie eigenlijk zelf sociaal ondernemer',
    'Is Quanta NpM een sociale onderneming?',
    'Are you yourselves a social enterprise?',
    'is your company also a social enterprise',
    // an office elsewhere than the one the contact details give
    'Hebben jullie ook een vestiging in Amsterdam?',
    // its own people
    'Hoeveel mensen werken er bij Quanta?',
    'How many people work at Quanta?',
    'hoeveel medewerkers hebben jullie zelf?',
    'how many staff does Quanta have?',
  ])('%j asks a fact about Quanta itself', (text) => {
    expect(asksAboutQuantaItself(text)).toBe(true);
  });

  it.each([
    'Zijn jullie telefonisch bereikbaar?',
    'Hoe werken jullie petten in de praktijk?',
    'Is Quanta gevestigd in Culemborg?',
    'Wat is een sociale onderneming?',
    'Are you open on Saturdays?',
    'Is er parkeergelegenheid bij jullie kantoor in Culemborg?',
  ])('%j does not', (text) => {
    expect(asksAboutQuantaItself(text)).toBe(false);
  });
});

describe('asksTheBotsOpinion', () => {
  it.each([
    'what do you think of this?',
    'wat vind jij ervan?',
    'vind jij rebelleren op je werk een goed idee?',
    'Which of the nine hats is the hardest to wear, in your opinion?',
    'do you think that is a good idea?',
  ])('%j asks what the bot itself thinks', (text) => {
    expect(asksTheBotsOpinion(text)).toBe(true);
  });

  it.each([
    // what the FAQ says, asked of the bot as a person
    'What traits do you think a social entrepreneur has?',
    'Do you think we should push back?',
    'wat vind je van de negen petten, wat houden ze in?',
    'Wat vinden jullie van een sociaal ondernemer die geld verdient?',
  ])('%j does not', (text) => {
    expect(asksTheBotsOpinion(text)).toBe(false);
  });
});

describe('asksForAdvice', () => {
  it.each([
    'Which hat suits me best?',
    'which role fits my personality best',
    'Welke pet past het best bij mij?',
    'welke eigenschap past het beste bij mijn karakter',
    // a self-description too: whichItem answers it only when it describes one item clearly
    'Ik ben meer een doener dan een denker, welk kenmerk past bij mij?',
  ])("%j asks for advice on the visitor's own choice", (text) => {
    expect(asksForAdvice(text)).toBe(true);
    expect(asksForFact(text)).toBe(true);
  });

  it.each(['which hat is about money?', 'Welke pet past bij geldzaken?', 'Welke pet past bij mijn taak?'])(
    '%j does not',
    (text) => {
      expect(asksForAdvice(text)).toBe(false);
    },
  );
});

describe('asksWhichMattersMost', () => {
  it.each([
    'Welke van de negen petten is het allerbelangrijkst?',
    'Which of the six traits is the most important one for success?',
    'welke pet moet ik t vaakst opzetten',
    // or comes first
    'Which of the five characteristics of services should we work on first?',
    'aan welk kenmerk moeten we eerst werken?',
    'welke pet heeft prioriteit',
    // "which trait matters most?" answered a service characteristic
    'which trait matters most?',
    'welke pet telt het zwaarst?',
    // or is hardest (visitors-dr)
    'welke van die vijf is voor een zorginstelling het lastigst?',
    'Which of the nine hats is the hardest to wear?',
  ])('%j asks which item matters most', (text) => {
    expect(asksWhichMattersMost(text)).toBe(true);
  });

  it.each([
    'Welke pet gaat over geld?',
    'Is geld het belangrijk voor een sociaal ondernemer?',
    'which hat do I wear first thing in the morning',
    'does it matter most of the time which hat I wear?',
  ])('%j does not', (text) => {
    expect(asksWhichMattersMost(text)).toBe(false);
  });
});

describe('asksWhetherItBelongs', () => {
  it.each([
    'Hoort het bij het karakter van sociaal ondernemers dat ze bruggen slaan naar andere organisaties?',
    'Ik ben zelfstandig animator en kijk eerst naar mezelf. Hoort dat bij de eigenschappen van zo een ondernemer?',
    'Ik heb gelezen dat ze nooit stilzitten. Klopt dat met jullie rijtje eigenschappen?',
    'Noemen jullie dat ook een eigenschap van iemand die maatschappelijk onderneemt?',
    'ik draai een infolijn en begin elke dag vanaf nul. is dat typisch voor een dienst?',
    'Is that typical of these founders?',
    'Zien jullie dat ook als typerend voor een maatschappelijk ondernemer?',
    'Is dat ook een van de dingen die zo iemand typeren?',
    'Is building alliances one of the defining traits of a founder?',
    // whether the list holds one such item
    'Is er in de negen petten ook een soort penningmeester-rol?',
    'zit er ook eentje tussen die over de centen gaat?',
    'Is there a hat about keeping promises?',
    // further in, with "zoiets" for one (visitors-dv)
    'en bij die zes eigenschappen stond er toch ook zoiets over geld?',
  ])('%j asks whether what it describes is one of a list', (text) => {
    expect(asksWhetherItBelongs(text)).toBe(true);
  });

  it.each([
    'Welke rollen moet je als sociaal ondernemer allemaal kunnen spelen?',
    'Wat voor type mens is dat? Zijn daar vaste kenmerken voor?',
    'Hebben jullie een overzicht van al die rollen?',
    'Does that difference matter?',
    // the plural asks for them all
    'Zijn er ook rollen voor de financiën?',
    'Is er in de negen petten iets over geld?',
    // "een van de" without a verb of being first: a question for the item, not whether it belongs
    'Wat is een van de eigenschappen van een sociaal ondernemer?',
    // only the last question counts: here it asks for the difference
    'Klopt het dat zorg een dienst is en geen product? Wat is het verschil?',
  ])('%j does not', (text) => {
    expect(asksWhetherItBelongs(text)).toBe(false);
  });
});
