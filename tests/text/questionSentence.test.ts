import { describe, expect, it } from 'vitest';
import {
  afterSelfCorrection,
  leadClause,
  pointsBack,
  questionSentence,
  termPointedAt,
} from '../../src/text/questionSentence';

describe('questionSentence', () => {
  it('is the one question of a message of several sentences', () => {
    expect(questionSentence('Ik werk bij een gemeente. Wat betekent dat voor ons?')).toBe(
      'Wat betekent dat voor ons?',
    );
  });

  it('is the question after a colon that ends what leads up to it, not a time', () => {
    expect(
      questionSentence(
        'Als bestuurslid van een stichting vraag ik me af: wat kenmerkt een sociaal ondernemer?',
      ),
    ).toBe('wat kenmerkt een sociaal ondernemer?');
    expect(questionSentence('Om 10:30 heb ik een gesprek. Wat is een pet?')).toBe('Wat is een pet?');
  });

  it('is, without a question mark anywhere, the one sentence that opens with a question word', () => {
    expect(
      questionSentence(
        'hey, ik wil een buurtkeuken opzetten. wat is sociaal ondernemen precies, dan weet ik of t bij mij past',
      ),
    ).toBe('wat is sociaal ondernemen precies, dan weet ik of t bij mij past');
    expect(questionSentence('Ik werk bij een gemeente. Wij leveren hulp.')).toBeUndefined();
    // a question mark decides: the sentence that opens with a question word but has none is no question
    expect(questionSentence('Wat een mooie site. Wat is een pet?')).toBe('Wat is een pet?');
  });

  it('is undefined for one sentence, or for more than one question', () => {
    expect(questionSentence('Wat zijn de negen petten?')).toBeUndefined();
    expect(questionSentence('Wat is een pet? En wat is een kenmerk?')).toBeUndefined();
  });

  it('is, of several questions, the one the others point back at', () => {
    expect(
      questionSentence(
        'Ik ben penningmeester van een sportvereniging. Kunnen wij ons sociaal ondernemer noemen? Wat valt daar nou onder?',
      ),
    ).toBe('Kunnen wij ons sociaal ondernemer noemen?');
    // both point back: no one question says what is asked
    expect(
      questionSentence('Ik werk in de zorg. Wat betekent dat? En wat bedoel je daarmee?'),
    ).toBeUndefined();
  });
});

describe('pointsBack', () => {
  it.each([
    'Welke pet hoort daarbij?',
    'Wat wordt daarmee bedoeld?',
    'Wat verstaan jullie daar eigenlijk onder?',
    'Welk kenmerk van diensten beschrijft dat?',
    'Welke van de negen petten is dat eigenlijk?',
    'Which feature of services is that?',
    // the others of the sentence before: "There's another charity shop down the street …"
    'How should I as a social entrepreneur deal with them?',
    'Hoe ga ik dan om met hen?',
    'Welke van de negen petten past bij die taak?',
    'Wat levert het me op?',
    'wat levert dat ons op',
    'Wat betekent dat volgens jullie voor de klant?',
    'Wat betekent dat voor de klant?',
    'What does that mean for a provider?',
  ])('"%s" refers to what was said before it', (question) => {
    expect(pointsBack(question)).toBe(true);
  });

  it.each([
    'Welke pet gaat over geld?',
    'Wat zijn de gevolgen voor publieke organisaties?',
    'Welke eigenschap heeft iemand die maatschappelijk onderneemt?',
    'What does that hat do for the money side?',
    'Wat betekent dat voor een gemeentelijke dienst als de onze?',
    'wat betekent dat hele verhaal over diensten nou concreet voor ons?',
  ])('"%s" says on its own what it asks', (question) => {
    expect(pointsBack(question)).toBe(false);
  });
});

describe('leadClause', () => {
  it.each<[string, [string, string] | undefined]>([
    [
      'ik run een buurthuis, welk kenmerk gaat over geld?',
      ['ik run een buurthuis,', 'welk kenmerk gaat over geld?'],
    ],
    ['I work at a charity, which hat is about money?', ['I work at a charity,', 'which hat is about money?']],
    // not a clause about the visitor, and not a question after it
    ['Diensten, wat zijn dat?', undefined],
    ['ik run een buurthuis, en we zoeken vrijwilligers', undefined],
  ])('%j → %j', (text, parts) => {
    expect(leadClause(text)).toEqual(parts);
  });
});

describe('afterSelfCorrection', () => {
  it.each<[string, string | undefined]>([
    ['draait het toch om geld of eh nee ik bedoel wat voor plek heeft geld', 'wat voor plek heeft geld'],
    ['the one about knowing your market no wait knowing your audience', 'knowing your audience'],
    // the last correction counts; none, or nothing after it, is no reading
    ['eerst dit, ik bedoel dat, nee wacht: zus', 'zus'],
    ['wat is een strateeg?', undefined],
    ['wat bedoel ik eigenlijk', undefined],
    ['dat is wat ik bedoel', undefined],
  ])('%j → %j', (text, rest) => {
    expect(afterSelfCorrection(text)).toBe(rest);
  });
});

describe('termPointedAt', () => {
  it.each([
    [
      "Ik ben net begonnen als zzp'er in de zorg en hoor overal de term sociaal ondernemerschap. Wat bedoelen jullie daar precies mee?",
      'sociaal ondernemerschap',
    ],
    [
      'ik heb een klein eetcafeetje en een klant zei dat ik sociaal ondernemer ben. wat betekent dat precies?',
      'ik sociaal ondernemer ben',
    ],
    [
      "Iemand van de gemeente noemde ons laatst 'sociaal ondernemers'. Wat wordt daar eigenlijk mee bedoeld?",
      // an everyday word may come along; the matcher weighs it lightly
      'laatst sociaal ondernemers',
    ],
  ])('%j names %j', (text, term) => {
    expect(termPointedAt(text, questionSentence(text)!)).toBe(term);
  });

  it.each([
    // no word that names what follows
    'Ik werk in de zorg en ons werk verandert snel. Wat betekent dat voor ons?',
    // a question for something else than a meaning
    'Ik hoor steeds de term vitaal vakmanschap. Hoe kan ik dat toepassen?',
    // a question that does not point back
    'Ik hoor steeds de term vitaal vakmanschap. Wat is sociaal ondernemen?',
  ])('%j names nothing', (text) => {
    expect(termPointedAt(text, questionSentence(text)!)).toBeUndefined();
  });
});
