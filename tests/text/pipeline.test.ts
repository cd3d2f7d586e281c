import { describe, expect, it } from 'vitest';
import { TextPipeline, type AnalyzedToken } from '../../src/text/pipeline';
import { SpellingCorrector } from '../../src/text/spellingCorrector';
import { stemmers } from '../../src/text/stemmers';

const SYNONYMS = [
  ['pet', 'petten', 'hoed', 'hoeden'],
  ['kenmerk', 'kenmerken', 'eigenschap', 'eigenschappen'],
];
const VOCABULARY = [
  'coordinator',
  'strateeg',
  'verkenner',
  'relatiebeheerder',
  'relatie',
  'zicht',
  'sociaal',
  'ondernemer',
  'ondernemen',
  'pet',
  'petten',
  'hoeden',
  'kenmerk',
];

function corrector(words: string[]): SpellingCorrector {
  return new SpellingCorrector(new Map(words.map((w) => [w, 1])), new Set(words.map(stemmers.nl)), {
    minLength: 4,
    threshold: 0.34,
  });
}

const dutch = new TextPipeline('nl', SYNONYMS);
const withVocabulary = corrector(VOCABULARY);

const token = (
  typed: string,
  word: string,
  stem: string,
  edits = 0,
  unknown = false,
  corrected = word,
): AnalyzedToken => ({
  typed,
  word,
  stem,
  edits,
  unknown,
  ...(edits > 0 ? { corrected } : {}),
});

describe('TextPipeline.words', () => {
  it.each<[string, string[]]>([
    ['Wat is een e-mailadres?', ['wat', 'is', 'een', 'emailadres']],
    ['  De coördinator!  ', ['de', 'coordinator']],
    ['?!', []],
    ['', []],
  ])('%j → %o', (text, words) => {
    expect(dutch.words(text)).toEqual(words);
  });
});

describe('TextPipeline.stems', () => {
  it.each<[string, string[]]>([
    // stopwords and question frames are dropped
    ['Wat betekent de strateeg eigenlijk?', ['strateg']],
    // a greeting or a letter's opening before the question is frame too
    ['hey, wat is een strateeg?', ['strateg']],
    ['Geachte heer/mevrouw, wat is een strateeg?', ['strateg']],
    ['Wat is het?', []],
    // synonyms are read as the group's first word, before stemming
    ['hoeden', ['pet']],
    ['Welke eigenschappen heeft hij?', ['kenmerk']],
    // Dutch stems lose doubled vowels, so both forms of a word meet
    ['sociaal', ['social']],
    ['sociale', ['social']],
    ['ondernemers', ['ondernemer']],
  ])('%j → %o', (text, stems) => {
    expect(dutch.stems(text)).toEqual(stems);
  });

  it('drops the English question frame, as the Dutch one ("you mention X" as "je noemt X")', () => {
    const english = new TextPipeline('en', []);
    expect(english.stems('you mention vulnerability, explain that')).toEqual(['vulner']);
    expect(english.stems('the hats you mentioned')).toEqual(['hat']);
  });

  it('drops what is left of an English contraction ("isn\'t" → "isn t"), typed with or without its apostrophe', () => {
    const english = new TextPipeline('en', []);
    expect(english.stems("Isn't that vulnerability? Don't they doubt?")).toEqual(['vulner', 'doubt']);
    expect(english.stems('isnt that vulnerability, dont they doubt')).toEqual(['vulner', 'doubt']);
  });

  it('drops the sounds of someone thinking aloud ("um", "uh", "eh"), typed or dictated, in both languages', () => {
    const english = new TextPipeline('en', []);
    expect(english.stems('what does the um coordinator uh involve erm')).toEqual(['coordin']);
    expect(dutch.stems('welke ehm strateeg euh')).toEqual(['strateg']);
  });

  it('applies synonyms before stemming: without the group "hoeden" stays a hat of its own', () => {
    expect(new TextPipeline('nl', []).stems('hoeden')).toEqual(['hoed']);
  });

  it('stems English with the English stemmer and English stopwords', () => {
    const english = new TextPipeline('en', [['hat', 'hats', 'role', 'roles']]);
    expect(english.stems('What are the roles of the strategist?')).toEqual(['hat', 'strategist']);
    expect(english.stems('Which characteristics are there?')).toEqual(['characterist']);
  });
});

describe('TextPipeline.analyze', () => {
  // "What makes someone a social entrepreneur, personality-wise?": normalising joins "personalitywise",
  // a word no knowledge has; the noun before "-wise" is what is asked about (visitors-ax)
  it('reads an English "-wise" word as its noun, but not a word of its own ("likewise")', () => {
    const vocabulary = ['personality', 'money', 'likewise'];
    const english = new TextPipeline('en', []);
    const en = new SpellingCorrector(
      new Map(vocabulary.map((w) => [w, 1])),
      new Set(vocabulary.map(stemmers.en)),
      { minLength: 4, threshold: 0.34 },
    );
    expect(english.analyze('personality-wise', en).map((t) => t.word)).toEqual(['personality']);
    expect(english.analyze('moneywise', en).map((t) => t.word)).toEqual(['money']);
    expect(english.analyze('otherwise', en).map((t) => t.word)).toEqual(['otherwise']);
  });

  it('marks nothing unknown without a corrector', () => {
    expect(dutch.analyze('De kordinator')).toEqual([token('kordinator', 'kordinator', 'kordinator')]);
  });

  it('corrects a misspelt word, also with a sound-alike first letter', () => {
    const [corrected, ...others] = dutch.analyze('Wat doet de kordinator?', withVocabulary);
    expect(others).toEqual([]);
    expect(corrected).toMatchObject({
      typed: 'kordinator',
      word: 'coordinator',
      stem: 'cordinator',
      unknown: false,
    });
    expect(corrected!.edits).toBeGreaterThan(0);
    expect(dutch.analyze('verkennr', withVocabulary)).toEqual([
      token('verkennr', 'verkenner', 'verkenner', 1),
    ]);
  });

  it('does not correct a word whose first letter differs ("richt" is not "zicht")', () => {
    expect(dutch.analyze('richt', withVocabulary)).toEqual([token('richt', 'richt', 'richt', 0, true)]);
  });

  it('does not correct short words', () => {
    expect(dutch.analyze('pst', withVocabulary)).toEqual([token('pst', 'pst', 'pst', 0, true)]);
  });

  it('does not correct stopwords to a vocabulary word ("zich" is not "zicht")', () => {
    expect(dutch.analyze('zich', withVocabulary)).toEqual([]);
  });

  it('drops a slip in a function word that is no word itself ("kunnne", "abuot"), not a real word', () => {
    expect(dutch.analyze('kunnne', withVocabulary)).toEqual([]);
    expect(new TextPipeline('en', []).analyze('abuot', corrector(['hat']))).toEqual([]);
    // a word of the language one letter from a function word is that word ("morgen" is not "mogen")
    expect(dutch.analyze('morgen', withVocabulary)).toEqual([token('morgen', 'morgen', 'morg', 0, true)]);
  });

  it('keeps another form of a known word instead of "correcting" it', () => {
    expect(withVocabulary.correct('onderneming')?.word).toBe('ondernemen');
    expect(dutch.analyze('onderneming', withVocabulary)).toEqual([
      token('onderneming', 'onderneming', 'ondernem'),
    ]);
  });

  it('splits a glued compound into two known words', () => {
    expect(dutch.analyze('sociaalondernemer', withVocabulary)).toEqual([
      token('sociaalondernemer', 'sociaal', 'social', 1),
      token('sociaalondernemer', 'ondernemer', 'ondernemer', 1),
    ]);
  });

  it('splits a function word typed together with the next word ("watzijn", "waarbij")', () => {
    expect(dutch.analyze('watzijn de kenmerken', withVocabulary).map((t) => t.word)).toEqual(['kenmerk']);
    expect(dutch.analyze('de pet waarbij', withVocabulary).map((t) => t.word)).toEqual(['pet']);
    expect(dutch.analyze('watstrateeg', withVocabulary)).toEqual([
      token('watstrateeg', 'strateeg', 'strateg', 1),
    ]);
  });

  it('keeps a word of the language whole, even when it starts with a function word', () => {
    // "inzicht" is Dutch; the vocabulary only knows "zicht"
    expect(dutch.analyze('inzicht', withVocabulary).map((t) => t.word)).not.toEqual(['zicht']);
  });

  it('drops "mn", "zn" (m\'n, z\'n typed without the apostrophe) like "mijn", "zijn"', () => {
    expect(dutch.stems('rol om mn klanten tevreden te houden')).not.toContain('mn');
    expect(dutch.stems('zn rol')).not.toContain('zn');
  });

  it('drops Flemish function words ("nen", "allez", "awel", "da") like their Dutch forms', () => {
    expect(dutch.analyze('allez, nen echte strateeg', withVocabulary).map((t) => t.word)).toEqual([
      'echte',
      'strateeg',
    ]);
    expect(dutch.analyze('awel, is da ne strateeg', withVocabulary).map((t) => t.word)).toEqual(['strateeg']);
  });

  it('joins two typed words that together make a known word', () => {
    expect(dutch.analyze('de relatie beheerder', withVocabulary)).toEqual([
      token('relatiebeheerder', 'relatiebeheerder', 'relatiebeherder'),
    ]);
  });

  // A compound written or dictated as two words, each a word too (visitors-de: "je werk veld kennen").
  it('joins two known words that make a known compound, parts of three letters or more', () => {
    const both = corrector([...VOCABULARY, 'beheerder', 'werk', 'veld', 'werkveld']);
    expect(dutch.analyze('relatie beheerder', both).map((t) => t.word)).toEqual(['relatiebeheerder']);
    expect(dutch.analyze('je werk veld kennen', both).map((t) => t.word)).toContain('werkveld');
  });

  it('leaves two known words apart when one is a function word or too short to be a part', () => {
    const known = corrector([...VOCABULARY, 'over', 'al', 'overal', 'voor', 'deel', 'voordeel']);
    expect(dutch.analyze('over al die petten', known).map((t) => t.word)).not.toContain('overal');
    expect(dutch.analyze('voor deel een', known).map((t) => t.word)).not.toContain('voordeel');
  });

  it('joins "het zelfde", "naar toe", though both halves are known words', () => {
    const known = corrector([...VOCABULARY, 'het', 'zelfde', 'hetzelfde', 'doen']);
    expect(dutch.analyze('die het zelfde doen', known).map((t) => t.word)).toContain('hetzelfde');
    const naartoe = corrector([...VOCABULARY, 'naar', 'toe', 'naartoe']);
    expect(dutch.analyze('waar je naar toe wil', naartoe).map((t) => t.word)).toContain('naartoe');
  });

  it('joins a Dutch separable verb split by "te" when the knowledge knows it whole', () => {
    const withVerb = corrector([...VOCABULARY, 'overhalen']);
    expect(dutch.analyze('mensen over te halen', withVerb).map((t) => t.word)).toEqual([
      'mensen',
      'overhalen',
    ]);
    // not a verb the knowledge does not know whole, nor "om te" ("in order to")
    expect(dutch.analyze('op te halen', withVerb).map((t) => t.word)).toEqual(['halen']);
    // … or split by a modal verb
    const withMeedenken = corrector([...VOCABULARY, 'meedenken']);
    expect(dutch.analyze('met je klant mee moet denken', withMeedenken).map((t) => t.word)).toContain(
      'meedenken',
    );
  });

  it('joins three typed words that together make a known word ("van te voren")', () => {
    const withPhrase = corrector([...VOCABULARY, 'vantevoren', 'zien']);
    expect(dutch.analyze('hoe laat ik van te voren zien', withPhrase).map((t) => t.word)).toEqual([
      'laat',
      'vantevoren',
      'zien',
    ]);
  });

  it('drops the words of a prepositional phrase ("ten opzichte van"): an unknown word would weigh', () => {
    const words = dutch.analyze('onderscheiden ten opzichte van anderen', withVocabulary).map((t) => t.typed);
    expect(words).not.toContain('ten');
    expect(words).not.toContain('opzichte');
    expect(words).toContain('onderscheiden');
  });

  it('applies synonyms to the corrected word, and keeps the corrected word itself', () => {
    expect(dutch.analyze('hoedn', withVocabulary)).toEqual([
      token('hoedn', 'pet', 'pet', 1, false, 'hoeden'),
    ]);
  });

  it('reads a misspelt word in its sentence as the word it was corrected to', () => {
    const withSocietal = corrector([...VOCABULARY, 'maatschappelijk']);
    // "maatschappelijk" before "ondernemer" reads as "sociaal" (context/otherReadings.ts), typed right or not
    expect(dutch.analyze('maatschappelijk ondernemer', withSocietal).map((t) => t.word)).toEqual([
      'sociaal',
      'ondernemer',
    ]);
    expect(dutch.analyze('maatschapelijk ondernemer', withSocietal).map((t) => t.word)).toEqual([
      'sociaal',
      'ondernemer',
    ]);
    // where no rule reads it otherwise, the typo stays a correction of one edit
    expect(dutch.analyze('maatschapelijk', withSocietal)).toEqual([
      token('maatschapelijk', 'maatschappelijk', 'matschapp', 1),
    ]);
  });

  it('flags words the vocabulary does not have and cannot correct', () => {
    expect(dutch.analyze('Strateeg blabla', withVocabulary)).toEqual([
      token('strateeg', 'strateeg', 'strateg'),
      token('blabla', 'blabla', 'blabla', 0, true),
    ]);
  });
});

describe('stemmers', () => {
  it.each<[string, string]>([
    ['sociaal', 'sociale'],
    ['vitaal', 'vitale'],
    ['strateeg', 'strategen'],
    ['kenmerk', 'kenmerken'],
  ])('Dutch %j and %j share a stem', (a, b) => {
    expect(stemmers.nl(a)).toBe(stemmers.nl(b));
  });

  it('keeps "zaak" (a business) apart from "zak" (a bag), which the stemmer gives one stem', () => {
    expect(stemmers.nl('zaak')).toBe(stemmers.nl('zaken'));
    expect(stemmers.nl('zak')).toBe(stemmers.nl('zakken'));
    expect(stemmers.nl('zaak')).not.toBe(stemmers.nl('zak'));
  });

  it('keeps "regels" (rules) apart from "regelen" (to arrange), which the stemmer gives one stem', () => {
    expect(stemmers.nl('regels')).toBe(stemmers.nl('regeltjes'));
    expect(stemmers.nl('regelen')).toBe(stemmers.nl('regel'));
    expect(stemmers.nl('regels')).not.toBe(stemmers.nl('regelen'));
  });

  it.each<[string, string]>([
    ['hats', 'hat'],
    ['characteristics', 'characterist'],
    ['services', 'servic'],
  ])('English %j → %j', (word, stem) => {
    expect(stemmers.en(word)).toBe(stem);
  });
});

describe('off-topic phrases', () => {
  const pipeline = new TextPipeline(
    'nl',
    [],
    new Set(['prijs', 'persoonsgebondenbudget', 'persoonsgebondenbudgetaanvraag']),
  );

  it('reads a listed phrase as its one off-topic word, and its words alone as before', () => {
    expect(
      pipeline.analyze('Hoe werkt een persoonsgebonden budget?').map((t) => [t.word, t.offTopic]),
    ).toEqual([
      ['werkt', undefined],
      ['persoonsgebondenbudget', true],
    ]);
    expect(pipeline.analyze('persoonsgebonden dienst budget').map((t) => t.word)).toEqual([
      'persoonsgebonden',
      'dienst',
      'budget',
    ]);
  });

  it("reads the visitor's own organisation as context, not as what is asked about", () => {
    const own = new TextPipeline('nl', [], new Set(['stichting', 'baan']));
    const offTopic = (text: string) => own.analyze(text).map((t) => [t.word, t.offTopic ?? false]);
    expect(offTopic('de financien van mijn stichting')).toEqual([
      ['financien', false],
      ['stichting', false],
    ]);
    expect(offTopic('hoe richt ik een stichting op')).toEqual([
      ['richt', false],
      ['stichting', true],
    ]);
    // not every word after "mijn": a job is still a job
    expect(offTopic('stoppen met mijn baan')).toEqual([
      ['stoppen', false],
      ['baan', true],
    ]);
  });

  it('drops what only says who asks, where they read it, or asks to be shown', () => {
    const nl = new TextPipeline('nl', [], new Set(['oprichter', 'website', 'stichting']));
    const en = new TextPipeline('en', [], new Set(['founder']));
    const words = (p: TextPipeline, text: string) => p.analyze(text).map((t) => t.word);
    // the visitor's role after "als"/"as (a)"; not Quanta's founder
    expect(words(nl, 'welke petten moet ik als oprichter op')).toEqual(['petten']);
    expect(words(nl, 'wie is de oprichter')).toEqual(['oprichter']);
    expect(words(nl, 'moet ik als eenpitter negen petten op')).toEqual(['negen', 'petten']);
    expect(words(en, 'as a founder, which hats do I wear')).toEqual(['hats', 'wear']);
    // … or after "ik ben (een)", "I'm (a)"
    expect(words(nl, 'ik ben oprichter, welke petten')).toEqual(['petten']);
    expect(words(en, "I'm a founder, which hats")).toEqual(['hats']);
    // where the visitor read about it; a website asked about is still the topic
    expect(words(nl, 'ik las op jullie website over petten')).toEqual(['las', 'petten']);
    expect(words(nl, 'hoe maak ik een website')).toEqual(['maak', 'website']);
    // "show me": a request; "show vulnerability": the topic
    expect(words(en, 'show me the hats')).toEqual(['hats']);
    expect(words(en, 'show us the traits')).toEqual(['traits']);
    expect(words(en, 'why show vulnerability')).toEqual(['show', 'vulnerability']);
    expect(words(nl, 'toon me de petten')).toEqual(['petten']);
    // taking on a role, not hiring ("aannemen" is off topic for "personeel aannemen")
    const offTopic = new TextPipeline('nl', [], new Set(['aannemen']));
    expect(offTopic.analyze('welke rollen moet je kunnen aannemen').map((t) => t.word)).toEqual(['rollen']);
    expect(offTopic.analyze('hoe kan ik personeel aannemen').some((t) => t.offTopic)).toBe(true);
    // "beter": off topic in a comparison, dropped or read as "verbeteren" when it improves the rest
    const better = new TextPipeline('nl', [], new Set(['beter', 'betere']));
    const read = (text: string) => better.analyze(text).map((t) => (t.offTopic ? `!${t.typed}` : t.word));
    expect(read('kan ik beter een stichting of een bv oprichten')).toContain('!beter');
    expect(read('is sociaal ondernemen beter dan werken bij de overheid')).toContain('!beter');
    // growing in one's craft is the specialist's "versterken"; steadily getting better at anything else
    // is improving it ("verbeteren", visitors-dq); getting better without "steeds" says nothing
    expect(read('en steeds beter worden in je eigen vak')).toEqual(['steeds', 'versterken', 'eigen', 'vak']);
    expect(read('en steeds beter worden in wat je levert')).toEqual(['steeds', 'verbeteren', 'levert']);
    expect(read('en beter worden in wat je levert')).toEqual(['levert']);
    expect(read('je aanbod steeds beter maken')).toEqual(['aanbod', 'steeds', 'verbeteren', 'maken']);
    expect(read('hoe word ik een betere verkoper')).toContain('!betere');
    // better than the others is standing out, the competitor's "onderscheiden" (visitors-dw)
    expect(read('laten zien dat je beter bent dan de anderen')).toContain('onderscheiden');
    expect(read('beter dan andere aanbieders')).toContain('onderscheiden');
    expect(read('beter dan al die anderen')).toContain('onderscheiden');
    expect(read('is dat beter dan andere vormen')).toContain('!beter');
    // Quanta's view on a topic; the trait "visie" itself
    expect(words(nl, 'een collega tipte jullie visie op vakmanschap')).toEqual(['tipte', 'vakmanschap']);
    expect(words(nl, 'waarom is visie belangrijk')).toEqual(['visie', 'belangrijk']);
    // keeping up contact with one's own clients is a relation; contacting Quanta stays contact
    expect(words(nl, 'en het contact goed houden met de klanten')).toContain('relatie');
    expect(words(nl, 'hoe zorg je dat het contact met je klanten goed blijft')).toContain('relatie');
    expect(words(nl, 'hoe blijf ik in contact met jullie')).toContain('contact');
    expect(words(nl, 'het contact tussen aanbieder en doelgroep')).toContain('contact');
    // the visitor's clients calling them is their story; the visitor calling Quanta is contact
    expect(words(nl, 'mensen bellen wel maar haken af')).not.toContain('bellen');
    expect(words(nl, 'kan ik jullie bellen')).toContain('bellen');
    // a superlative before its noun picks out the ones that count; standing alone it is asked
    expect(words(nl, 'wat zijn de belangrijkste kwaliteiten')).not.toContain('belangrijkste');
    expect(words(nl, 'is geld het belangrijkste voor een ondernemer')).toContain('belangrijkste');
    expect(words(nl, 'is geld het belangrijkste doel')).toContain('belangrijkste');
    // the asker's own doubt is uncertainty; clients not sure of what they get seek certainty
    expect(words(nl, 'dat je het ook niet altijd zeker weet')).toContain('onzeker');
    expect(words(nl, 'ik weet het niet zeker')).toContain('onzeker');
    expect(words(nl, 'als ze niet zeker weten wat ze krijgen')).not.toContain('onzeker');
    // who told the visitor about a topic is not the topic
    expect(words(nl, 'een collega had het over petten opzetten')).not.toContain('collega');
    expect(words(nl, 'rivaal en toch collega')).toContain('collega');
    expect(words(nl, 'mijn leidinggevende zegt dat we moeten ondernemen')).not.toContain('leidinggevende');
    expect(words(nl, 'mag ik tegen mijn leidinggevende ingaan')).toContain('leidinggevende');
    // nor who the visitor asks for; the customer who asks is still the customer
    expect(words(nl, 'mijn manager wil weten wat winst is')).not.toContain('manager');
    expect(words(en, 'a funder asks why services differ')).not.toContain('funder');
    expect(words(nl, 'de klant vraagt waarom hij moet meewerken')).toContain('klant');
    // chat hedges and English intensifiers say nothing of the topic; nor does "one"
    expect(words(nl, 'wsl ook een lijstje')).toEqual(['lijstje']);
    expect(words(en, 'seriously 9 hats')).not.toContain('seriously');
    expect(words(en, 'the one about money')).toEqual(['money']);
    // "bv" is "bijvoorbeeld", except as a thing: the legal form
    expect(words(nl, 'kun je bv een voorbeeld geven')).not.toContain('bv');
    expect(words(nl, 'moeten we een bv worden')).toContain('bv');
    expect(words(nl, 'de maatschappelijke bv')).toContain('bv');
    expect(words(nl, 'geef de klant bv een folder')).not.toContain('bv');
    // touching is intangibility, except in "get in touch"
    expect(words(en, "what we offer can't be touched")).toContain('intangible');
    expect(words(en, 'how can i get in touch')).toContain('touch');
    // an ordinal that counts years or times counts no list's items
    expect(words(nl, 'ik zit in het tweede jaar van de opleiding')).not.toContain('tweede');
    expect(words(nl, 'wat is de tweede eigenschap')).toContain('tweede');
    // "zitten" frames a question; where Quanta sits, or a saying, it is a word
    expect(words(nl, 'hoe zit dat bij jullie')).not.toContain('zit');
    expect(words(nl, 'zitten jullie in culemborg')).toContain('zitten');
    expect(words(nl, 'niet blijven zitten')).toContain('zitten');
    // "val ik onder …": asking whether it belongs; "vallen samen": the topic
    expect(words(nl, 'val ik dan onder sociaal ondernemen')).toEqual(['sociaal', 'ondernemen']);
    expect(words(nl, 'productie en consumptie vallen samen')).toEqual([
      'productie',
      'consumptie',
      'vallen',
      'samen',
    ]);
    // the visitor's organisation introduced as theirs; pointing words; an apology
    expect(nl.analyze('wij zijn een kleine stichting').map((t) => [t.word, t.offTopic ?? false])).toEqual([
      ['kleine', false],
      ['stichting', false],
    ]);
    expect(nl.analyze('ik heb net een stichting opgezet').find((t) => t.word === 'stichting')?.offTopic).toBe(
      undefined,
    );
    // where the visitor works, not what a stichting costs
    expect(
      nl.analyze('ik ben penningmeester van een kleine stichting').find((t) => t.word === 'stichting')
        ?.offTopic,
    ).toBe(undefined);
    expect(nl.analyze('ik werk bij een stichting').find((t) => t.word === 'stichting')?.offTopic).toBe(
      undefined,
    );
    expect(
      nl.analyze('wat zijn de kosten van een stichting').find((t) => t.word === 'stichting')?.offTopic,
    ).toBe(true);
    // not a stichting someone else is setting up
    expect(nl.analyze('hoe zet je een stichting op').find((t) => t.word === 'stichting')?.offTopic).toBe(
      true,
    );
    expect(words(nl, 'wat voor eigenschappen heb je daarvoor nodig')).toEqual(['eigenschappen', 'nodig']);
    expect(words(en, 'sorry, what is a hat according to this page')).toEqual(['hat']);
    // talking about a topic mentions it; who keeps talking about it is not the topic
    expect(words(en, 'what are the hats you talk about')).toEqual(['hats']);
    expect(words(en, 'is this something you talk about')).toEqual(['something']);
    expect(words(en, 'my colleagues keep talking about the hats')).not.toContain('colleagues');
    expect(words(en, 'people who act rather than talk')).toContain('talk');
    // what something demands frames the question; the relationship manager's "vraagt zich af" does not
    expect(words(nl, 'wat vraagt het van me')).toEqual([]);
    expect(words(nl, 'welke pet vraagt zich af hoe je anderen een plezier doet')).toContain('vraagt');
    // a professional's own doubt is the "onzekerheid" of vulnerability
    expect(words(nl, 'dat hij het ook niet zeker weet')).toContain('onzeker');
    // where the visitor works, also named by their role: their own organisation
    expect(
      nl.analyze('ik als directeur van een kleine stichting').find((t) => t.word === 'stichting')?.offTopic,
    ).toBe(undefined);
    // how to explain it is not what to explain
    expect(words(nl, 'wat is sociaal ondernemen, in gewone mensentaal')).toEqual(['sociaal', 'ondernemen']);
    expect(words(nl, 'een gewone ondernemer')).toContain('gewone');
    // chat sounds
    expect(words(nl, 'wat voor petten hebben die dan op lol')).toEqual(['petten']);
    expect(words(en, 'yo what are the hats lol')).toEqual(['hats']);
    expect(words(en, 'what are the nine hats btw')).toEqual(['nine', 'hats']);
    // chat abbreviations: "vr" (voor), "u" (you)
    expect(words(nl, 'is er ook zon pet vr geld')).toEqual(['pet', 'geld']);
    expect(words(en, 'what do u mean by hats')).toEqual(['hats']);
    expect(words(nl, 'wat zijn die petten waar iedereen het over heeft')).toEqual(['petten']);
    expect(words(nl, 'wat kenmerkt zon sociaal ondernemer')).toEqual(['kenmerkt', 'sociaal', 'ondernemer']);
  });

  it('takes the longest phrase that starts at a word, up to three words', () => {
    expect(pipeline.analyze('persoonsgebonden budget aanvraag indienen').map((t) => t.word)).toEqual([
      'persoonsgebondenbudgetaanvraag',
      'indienen',
    ]);
  });
});

describe('English words in a Dutch message', () => {
  // "een bedrijf met physical goods" (visitors-dd): a word the knowledge uses in English is mixed in,
  // not a sign that the FAQ does not answer the question; it weighs as an everyday word.
  const english = new Set(['physical', 'matter', 'weird']);
  const mixing = new TextPipeline('nl', SYNONYMS, new Set(), english);
  const analyzed = (pipeline: TextPipeline, text: string) =>
    Object.fromEntries(pipeline.analyze(text, withVocabulary).map((t) => [t.typed, t]));

  it('reads a word the knowledge uses in English as an everyday word', () => {
    const tokens = analyzed(mixing, 'een bedrijf met physical goods');
    expect(tokens.physical).toMatchObject({ unknown: true, common: true, mixedIn: true });
  });

  it('leaves a word the knowledge uses in neither language unknown, and so weighing', () => {
    const tokens = analyzed(mixing, 'wat is impact investing');
    expect(tokens.investing).toMatchObject({ unknown: true });
    expect(tokens.investing?.common).toBeUndefined();
  });

  it('does so only when told the other language’s words', () => {
    expect(analyzed(dutch, 'een bedrijf met physical goods').physical?.common).toBeUndefined();
  });
});
