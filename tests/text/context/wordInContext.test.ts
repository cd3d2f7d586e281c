import { describe, expect, it } from 'vitest';
import { readingInContext } from '../../../src/text/context/wordInContext';
import { normalizedWords } from '../../../src/text/normalize';

/** How the word at `at` of the normalised text is read. */
const readAt = (text: string, word: string) => {
  const words = normalizedWords(text);
  return readingInContext(words, words.indexOf(word));
};

describe('readingInContext: "maakt … uit"', () => {
  it.each([
    'maakt dat eigenlijk uit?',
    'Maakt het nou echt uit of ik een stichting ben?',
    'maakt het voor ons iets uit',
  ])('%j asks whether it makes a difference', (text) => {
    expect(
      readAt(
        text,
        normalizedWords(text).find((w) => w.startsWith('ma'))!,
      ),
    ).toBe('verschil');
  });

  it.each([
    'wat maakt een ondernemer sociaal?',
    'hoe maak je een plan uit de praktijk',
    'wat maakt dat jullie anders zijn dan een uitzendbureau?',
  ])('%j makes something: the verb stays', (text) => {
    const verb = normalizedWords(text).find((w) => w.startsWith('maak'))!;
    expect(readAt(text, verb)).toBe(verb);
  });
});

describe('readingInContext: "eerst" of the visitor\'s plan', () => {
  it.each([
    ['ik wil eerst snappen wie mijn doelgroep is', 'eerst'],
    ['wat moet ik als laatst doen', 'laatst'],
  ])('%j: %j says when, not which item, and is dropped', (text, word) => {
    expect(readAt(text, word)).toBeUndefined();
  });

  it('keeps the ordinal itself for the phrasings that name an item by its place', () => {
    expect(readAt('wat is de eerste pet van de negen', 'eerste')).toBe('eerste');
  });
});

describe("readingInContext: Quanta's own people", () => {
  it.each([
    ['wie zijn jullie adviseurs?', 'adviseurs'],
    ['Wie zijn de adviseurs van Quanta NpM?', 'adviseurs'],
    ['hebben de consultants bij jullie ervaring met zorg?', 'consultants'],
    ['who are your advisers?', 'advisers'],
    ['who are the consultants', 'consultants'],
  ])("%j: %j are Quanta's staff, whom the FAQ does not present, and are dropped", (text, word) => {
    expect(readAt(text, word)).toBeUndefined();
  });

  it.each([
    ['welke pet hoort bij een adviseur die meedenkt?', 'adviseur'],
    ['ik ben adviseur bij een gemeente', 'adviseur'],
    ['which hat is the trusted advisor?', 'advisor'],
  ])('%j: %j is an adviser in the question, and stays', (text, word) => {
    expect(readAt(text, word)).toBe(word);
  });
});

describe("readingInContext: how something is built, and the visitor's own doubt", () => {
  it.each([
    ['weten hoe het veld in elkaar zit', 'elkaar'],
    ['hoe steekt dat in elkaar?', 'elkaar'],
    ['Ik twijfel of ik het in me heb', 'twijfel'],
    ['we twijfelen of we onszelf zo mogen noemen', 'twijfelen'],
  ])('%j: %j frames the question and is dropped', (text, word) => {
    expect(readAt(text, word)).toBeUndefined();
  });

  it.each([
    ['samenwerken met elkaar', 'elkaar'],
    ['waarom twijfelen klanten aan een dienst', 'twijfelen'],
  ])('%j: %j stays', (text, word) => {
    expect(readAt(text, word)).toBe(word);
  });
});

describe('readingInContext: "levert … op" is yielding, not delivering', () => {
  it.each([
    ['wat levert het mij op', 'levert', 'opleveren'],
    ['wat leveren die petten ons op voor de klant', 'leveren', 'opleveren'],
    // delivering: no "op", or "op" before a noun
    ['wij leveren diensten', 'leveren', 'leveren'],
    ['wij leveren op tijd', 'leveren', 'leveren'],
  ])('%j: %j reads %j', (text, word, reading) => {
    expect(readAt(text, word)).toBe(reading);
  });
});

describe('readingInContext: "eentje"', () => {
  it('drops "one" of what was named, keeps "in hun eentje" (alone)', () => {
    expect(readAt('is er ook eentje die over geld gaat', 'eentje')).toBeUndefined();
    expect(readAt('werken ze in hun eentje', 'eentje')).toBe('eentje');
    expect(readAt("wil alles in z'n eentje oplossen", 'eentje')).toBe('eentje');
    expect(readAt('we doen alles op ons eentje', 'eentje')).toBe('eentje');
  });
});

describe('readingInContext: the doubt one shows', () => {
  it.each([
    ['is het slecht als ik laat merken dat ik twijfel', 'twijfel'],
    ['mag het als we twijfelen', 'twijfelen'],
  ])('%j: %j is the own uncertainty', (text, word) => {
    expect(readAt(text, word)).toBe('onzeker');
  });
});

describe('readingInContext: what the customer tells', () => {
  it.each([
    ['wat de klant zelf vertelt', 'vertelt'],
    ['als mijn clienten me niet vertellen wat ze voelen', 'vertellen'],
    [
      'klopt het dat de klant zelf ook een flink stuk van het werk doet door te vertellen wat ie nodig heeft',
      'vertellen',
    ],
    ['als de mensen die wij helpen niks vertellen kunnen we niks', 'vertellen'],
    ['we kunnen alleen helpen als gezinnen zelf vertellen wat er speelt', 'vertellen'],
  ])('%j: %j is the customer giving information', (text, word) => {
    expect(readAt(text, word)).toBe('verstrekt');
  });

  it('"vertel eens over de petten" stays a request to the bot', () => {
    expect(readAt('vertel eens over de petten', 'vertel')).toBe('vertel');
  });
});

describe('readingInContext: daring to show oneself', () => {
  it.each([
    ['ik durf in mijn team nooit te laten zien dat ik iets niet weet', 'durf'],
    ['als niemand zich bloot durft te geven', 'durft'],
    ['een team waar niemand durft toe te geven dat hij het niet weet', 'durft'],
    ['ik durf mijn nieuwe liedjes pas te laten horen als ze perfect zijn', 'durf'],
  ])('%j: %j is vulnerability', (text, word) => {
    expect(readAt(text, word)).toBe('kwetsbaar');
  });

  it('"mag je durven rebelleren tegen je manager" stays daring', () => {
    expect(readAt('mag je durven rebelleren tegen je manager', 'durven')).toBe('durven');
  });
});

describe('readingInContext: frames and tags', () => {
  it.each([
    ['Welk kenmerk van diensten speelt hier?', 'speelt'],
    ['het advies is als het ware op', 'ware'],
    ['Waar moeten we allemaal op letten?', 'letten'],
    ['waar moet je op letten als je diensten levert', 'letten'],
    ["you can't stockpile advice, right? what does that mean for us?", 'right'],
    ['is it right that one of the traits is about doing', 'right'],
  ])('%j: %j is dropped', (text, word) => {
    expect(readAt(text, word)).toBeUndefined();
  });

  it.each([
    ['weten wat er speelt in je markt', 'speelt'],
    ['doing the right things the right way', 'right'],
    ['when I cannot do what is right', 'right'],
  ])('%j: %j keeps its meaning', (text, word) => {
    expect(readAt(text, word)).toBe(word);
  });
});

describe('readingInContext: asking the bot for advice', () => {
  it.each([
    ['which makes them nervous. what do you advise?', 'advise'],
    ['wat is jullie advies', 'advies'],
  ])('%j: %j frames the question', (text, word) => {
    expect(readAt(text, word)).toBeUndefined();
  });

  it('"welke pet gaat over advies geven" keeps its advice', () => {
    expect(readAt('welke pet gaat over advies geven', 'advies')).toBe('advies');
  });
});

describe('readingInContext: the part someone plays', () => {
  it.each([
    ['welk deel gaat over die rol van de klant zelf', 'rol'],
    ['wat is de rol van de ontvanger daarin', 'rol'],
    ['of mag geld wel een rol spelen', 'rol'],
    ['waarom de client een rol heeft bij het maken van de dienst', 'rol'],
  ])('%j: %j is no hat', (text, word) => {
    expect(readAt(text, word)).toBeUndefined();
  });

  it.each([
    ['wat is de rol van de verkenner bij de petten', 'rol'],
    ['is er bij jullie negen petten een rol die over geld gaat', 'rol'],
  ])('%j: %j is a hat', (text, word) => {
    expect(readAt(text, word)).toBe(word);
  });
});

describe("readingInContext: growing in one's craft", () => {
  it.each([
    ['welk hoedje gaat over steeds beter worden in je eigen vakgebied', 'versterken'],
    ['terwijl ik eigenlijk beter wil worden in mijn vak', 'versterken'],
    // what keeps getting better, outside one's craft, is improved: the partner's offer (visitors-dq)
    ['je opdrachtgevers helpt en steeds beter wordt in wat je levert', 'verbeteren'],
    ['dat wat je de mensen levert steeds beter wordt', 'verbeteren'],
    // "beter" with no "steeds" before it only says more of the rest, and is dropped
    ['hoe wordt het beter zichtbaar', undefined],
  ])('%j: "beter" reads as %j', (text, reading) => {
    expect(readAt(text, 'beter')).toBe(reading);
  });
});

describe('readingInContext: the characteristics of our work', () => {
  it.each([
    ['Welke eigenschap van ons soort werk is dat?', 'dienst'],
    ['welk kenmerk van mijn werk is dat', 'dienst'],
    ['ik werk in de zorg', 'werk'],
  ])('%j: "werk" reads as %j', (text, reading) => {
    expect(readAt(text, 'werk')).toBe(reading);
  });
});

describe('readingInContext: how a thing works', () => {
  it.each(['weten hoe dat werkt', 'hoe het werkt bij jullie'])(
    '%j: "werkt" frames it and is dropped',
    (text) => {
      expect(readAt(text, 'werkt')).toBeUndefined();
    },
  );

  it('"met wie werkt een sociaal ondernemer samen" keeps its verb', () => {
    expect(readAt('met wie werkt een sociaal ondernemer samen', 'werkt')).toBe('werkt');
  });
});

describe('readingInContext: watching out', () => {
  it('"let op de centen" keeps what is watched', () => {
    expect(readAt('een sociaal ondernemer let op de centen', 'let')).toBe('let');
  });
});

describe('readingInContext: English courses and getting better', () => {
  it('"take a course" is being taught, not the course steered', () => {
    expect(readAt('our coaches take a course every year', 'course')).toBeUndefined();
    expect(readAt("what do you mean by 'course' there?", 'course')).toBe('course');
  });

  it('"get better at" is growing in one\'s work; "better than" stays a comparison', () => {
    expect(readAt('to get better at what they do', 'better')).toBe('strengthen');
    expect(readAt('is a social enterprise better than a charity', 'better')).toBe('better');
  });
});

describe('readingInContext: what the visitor offers', () => {
  it.each([
    ['we provide coaching, not goods. does that change anything?', 'coaching'],
    ['ik geef workshops. ik kan ze niet op voorraad maken', 'workshops'],
    ['dus geven wij trainingen aan bewoners', 'trainingen'],
  ])("%j: %j is the visitor's own service, dropped", (text, word) => {
    expect(readAt(text, word)).toBeUndefined();
  });

  it.each([
    ['geven jullie coaching?', 'coaching'],
    ['do you offer training for starters?', 'training'],
  ])('%j: %j is asked of Quanta and stays', (text, word) => {
    expect(readAt(text, word)).toBe(word);
  });
});

describe('readingInContext: the societal entrepreneur', () => {
  it.each([
    ['eigenschappen van een maatschappelijk ondernemer', 'maatschappelijk'],
    ['wat typeert maatschappelijke ondernemers?', 'maatschappelijke'],
    ['iemand die maatschappelijk onderneemt', 'maatschappelijk'],
  ])('%j: %j is the social entrepreneur', (text, word) => {
    expect(readAt(text, word)).toBe('sociaal');
  });

  it.each([
    ['wat is maatschappelijke meerwaarde?', 'maatschappelijke'],
    ['Wat is maatschappelijk ondernemen?', 'maatschappelijk'],
    ['een maatschappelijk ondernemingsplan', 'maatschappelijk'],
  ])("%j: %j stays the FAQ's own word", (text, word) => {
    expect(readAt(text, word)).toBe(word);
  });
});

describe('readingInContext: how the answer should be put', () => {
  it.each([
    ['wat is sociaal ondernemen in een paar zinnen?', ['paar', 'zinnen']],
    ['leg het uit in gewone taal', ['gewone', 'taal']],
    ['wat zijn de petten in het kort', ['kort']],
    ['social entrepreneurship in a nutshell', ['nutshell']],
    ['what is it in plain English', ['plain', 'english']],
  ])('%j: %j are dropped', (text, dropped) => {
    for (const word of dropped) expect(readAt(text, word)).toBeUndefined();
  });

  it.each([
    ['een paar zinnen uit het antwoord begrijp ik niet', 'zinnen'],
    ['het kort houden', 'kort'],
  ])('%j: %j stays', (text, word) => {
    expect(readAt(text, word)).toBe(word);
  });
});

describe('readingInContext: just doing', () => {
  it('"gewoon doen" is acting', () => {
    expect(readAt('Welke eigenschap gaat over gewoon doen?', 'doen')).toBe('handelen');
  });

  it('"gewoon doen wat de financier wil" is doing as told, not acting', () => {
    expect(readAt('Moet zo een ondernemer niet gewoon doen wat de financier wil?', 'doen')).toBe('doen');
  });

  it('"doen" alone stays a stopword to drop later', () => {
    expect(readAt('wat doen jullie precies', 'doen')).toBe('doen');
  });
});

describe('readingInContext: the self-employed', () => {
  it.each([
    ['Awel, wat is dat eigenlijk, ne zelfstandige die niet voor de centen gaat?', 'zelfstandige'],
    ['moet ik als zelfstandige met een goed doel weten hoe mijn sector in elkaar zit?', 'zelfstandige'],
    ['Mag een geëngageerde zelfstandige eigenlijk met de centen bezig zijn?', 'zelfstandige'],
    ['wat doen zelfstandigen anders', 'zelfstandigen'],
  ])('%j: %j is the entrepreneur', (text, word) => {
    expect(readAt(text, word)).toBe('ondernemer');
  });

  it('"zelfstandige" before a noun stays the adjective, of independence', () => {
    expect(readAt('als zelfstandige theatermaakster neem ik alles zelf op me', 'zelfstandige')).toBe(
      'zelfstandige',
    );
  });
});

describe('readingInContext: founders', () => {
  it.each([
    ['what qualities should a founder of a social business have?', 'founder', 'entrepreneur'],
    ['do these founders keep an eye on the money?', 'founders', 'entrepreneurs'],
    ['moet de oprichter van een sociale onderneming ook verkopen?', 'oprichter', 'ondernemer'],
  ])('%j: %j is the entrepreneur', (text, word, reading) => {
    expect(readAt(text, word)).toBe(reading);
  });

  it.each([
    ['Wie zijn de oprichters van Quanta NpM?', 'oprichters'],
    ['who is the founder of quanta?', 'founder'],
    ['wie is jullie oprichter', 'oprichter'],
  ])("%j: %j is Quanta's own, which the FAQ does not present", (text, word) => {
    expect(readAt(text, word)).toBe(word);
  });
});

describe('readingInContext: finding out what others do', () => {
  it.each([
    ['welke rol heb je als je kijkt wat andere buurthuizen en clubs in de stad allemaal doen', 'doen'],
    ['ik wil weten wie er al iets vergelijkbaars doet in mijn regio', 'doet'],
    ['Ik ben graag op ontdekking en ga overal piepen wat anderen in de sector doen.', 'doen'],
  ])("%j: %j is the explorer's survey", (text, word) => {
    expect(readAt(text, word)).toBe('verkennen');
  });

  it.each([
    // whom the work is for: the trait information, not a survey of others
    ['Moet je echt weten wat de mensen voor wie je het doet nodig hebben?', 'doet'],
    // others doing the same, with nobody looking: the competitor's words stay
    ['hoe ga ik om met andere organisaties die hetzelfde doen', 'doen'],
  ])('%j: %j stays', (text, word) => {
    expect(readAt(text, word)).toBe(word);
  });
});

describe('readingInContext: whether making money is allowed', () => {
  it.each([
    ['Mag je als bedrijfje met een missie wel poen verdienen of is dat not done?', 'verdienen', 'winst'],
    ['gaat het sociaal ondernemers dan helemaal niet om geld verdienen?', 'verdienen', 'winst'],
    ['Is a social entrepreneur allowed to make money?', 'money', 'profit'],
    ['is it all about making money?', 'money', 'profit'],
  ])('%j: %j is the profit the definition speaks of', (text, word, reading) => {
    expect(readAt(text, word)).toBe(reading);
  });

  it.each([
    ['hoe kan ik meer verdienen met mijn winkel', 'verdienen'],
    ['how do I make money with my shop', 'money'],
  ])('%j: %j stays, with no word of permission', (text, word) => {
    expect(readAt(text, word)).toBe(word);
  });
});

describe('readingInContext: a word as a word', () => {
  it.each([
    ['Wat betekent het woord schatbewaarder hier?', 'woord'],
    ['Ik hoor steeds de term vitaal vakmanschap', 'term'],
  ])('%j: %j is dropped', (text, word) => {
    expect(readAt(text, word)).toBeUndefined();
  });

  it.each([
    ['Welke rol hoort bij het motto dat je je aan je woord moet houden?', 'woord'],
    ['Zijn sociaal ondernemers meer van de daad dan van het woord?', 'woord'],
  ])('%j: %j stays', (text, word) => {
    expect(readAt(text, word)).toBe(word);
  });
});

describe('readingInContext: the audience', () => {
  it.each([
    ['dat je je sector en je publiek door en door kent', 'publiek'],
    ['hoe bereik ik het publiek', 'publiek'],
  ])('%j: %j is the target group', (text, word) => {
    expect(readAt(text, word)).toBe('doelgroep');
  });

  it('"publiek domein" of a public organisation stays itself', () => {
    expect(readAt('publiek geld voor een publieke organisatie', 'publiek')).toBe('publiek');
  });
});

describe('readingInContext: what kind of person', () => {
  it.each([
    ['wat voor soort mens moet je zijn om dat vol te houden', 'mens'],
    ['wat voor type persoon moet je daarvoor zijn', 'persoon'],
    ['wat voor mensen zijn sociaal ondernemers', 'mensen'],
  ])('%j: %j reads as the character the traits describe', (text, word) => {
    expect(readAt(text, word)).toBe('karakter');
  });

  it('leaves the person of the person-bound service alone', () => {
    expect(readAt('een dienst hangt af van de persoon', 'persoon')).toBe('persoon');
    expect(readAt('wat voor mij telt zijn de mensen', 'mensen')).toBe('mensen');
  });
});
