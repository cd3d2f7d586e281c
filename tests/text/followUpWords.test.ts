import { describe, expect, it } from 'vitest';
import { asksToExplainAgain, recogniseFollowUp, type FollowUpKind } from '../../src/text/followUpWords';

/** What a knowledge base might call its lists' items (knowledge/*.yaml: itemNouns, itemNouns_en). */
const NOUNS = new Set(['pet', 'kenmerk', 'hat']);

describe('recogniseFollowUp', () => {
  it.each<[string, FollowUpKind]>([
    // next
    ['volgende', 'next'],
    ['en de volgende?', 'next'],
    // after or before the one shown, pointed at (visitors-bc)
    ['en de pet na die?', 'next'],
    ['en die voor deze?', 'previous'],
    ['De volgende pet graag', 'next'],
    ['verder', 'next'],
    ['ga verder', 'next'],
    ['nog een', 'next'],
    ['next', 'next'],
    ['nxt', 'next'],
    ['next one', 'next'],
    ['the next one please', 'next'],
    ['another one', 'next'],
    // praise before the step (visitors-dd): "nice" was read as a word of a topic
    ['nice, next', 'next'],
    ['super, volgende', 'next'],
    ['haha whoops, volgende', 'next'],
    ['volgnde', 'next'],
    // previous
    ['vorige', 'previous'],
    ['en de vorige?', 'previous'],
    ['terug', 'previous'],
    ['previous one', 'previous'],
    ['go back', 'previous'],
    // "nog eentje" goes on, but "terug" turns it round
    ['nog eentje terug', 'previous'],
    ['een stapje terug graag', 'previous'],
    ['one back', 'previous'],
    // "vlak", "direct", "right": how close the step is, no topic (visitors-ct)
    ['en welke komt daar vlak voor?', 'previous'],
    ['en welke komt er direct na?', 'next'],
    ['and the one right before that?', 'previous'],
    ['vorge', 'previous'],
    // more
    ['meer', 'more'],
    ['vertel me meer', 'more'],
    ['vertel er eens wat meer over', 'more'],
    ['tell me more', 'more'],
    // more about what was shown: it stays, unlike a bare "meer" (visitors-dz)
    ['tell me more about it', 'explain'],
    ['kun je daar meer over vertellen?', 'explain'],
    ['kun je hierover iets meer zeggen', 'explain'],
    ['can you say more?', 'explain'],
    ['details', 'more'],
    ['ga door', 'more'],
    ['uitgebreider graag', 'more'],
    // example
    ['voorbeeld', 'example'],
    ['geef eens een voorbeeld', 'example'],
    // the chat abbreviations of "bijvoorbeeld" (visitors-az)
    ['bijv.?', 'example'],
    ['bv?', 'example'],
    ['heb je een voorbeeld uit de praktijk?', 'example'],
    ['an example plz', 'example'],
    ['wat houdt dat in?', 'explain'],
    // "points" for the items of any list (visitors-dv)
    ['can you show the whole list of those points?', 'list'],
    ['de hele lijst van die punten graag', 'list'],
    ['het volgende punt', 'next'],
    ['show me the full list of those points', 'list'],
    ['de volledige lijst graag', 'list'],
    // the text of what was shown, looked up again (visitors-dv)
    ['en wat staat er precies bij?', 'explain'],
    ['wat stond er ook alweer', 'explain'],
    ['what does it say exactly?', 'explain'],
    // the bot addressed as the company it speaks for
    ['Wat bedoelen jullie daarmee?', 'explain'],
    // said more simply or shorter, and what to do with it (visitors-cy)
    ['Kun je dat in één zin zeggen?', 'explain'],
    ['Leg het eens uit alsof ik twaalf ben', 'explain'],
    ['in a nutshell?', 'explain'],
    ['explain it like im five', 'explain'],
    // why in one or two words, taken aback, and someone else's follow-up passed on (visitors-dp)
    ['hoezo', 'explain'],
    ['how come?', 'explain'],
    ['why would that help?', 'explain'],
    ['waarom zou je dat willen zijn', 'explain'],
    ['wacht wat', 'explain'],
    ['huh?', 'explain'],
    ['een leerling vraagt waarom dat zo belangrijk is', 'explain'],
    ['my students ask: why?', 'explain'],
    // what to do about it, with "we", "kunnen", "should" and an aside (visitors-db, -bc)
    ['so what should we do about it', 'explain'],
    ['Wat kunnen we daar volgens jullie aan doen?', 'explain'],
    ['So what do I actually do with that?', 'explain'],
    ['en wat houdt die dan in de praktijk in?', 'example'],
    // who asks, after a word that points back, is no topic
    ['wat heb ik daaraan als kleine stichting?', 'explain'],
    // … also said in English inside Dutch, and what use it is in English (visitors-dd)
    ['Wat heb ik daaraan as a teacher?', 'explain'],
    // … or where it would serve (visitors-dg)
    ['wat heb ik daar aan in een gesprek met de klant', 'explain'],
    ['What would I get out of that?', 'explain'],
    // what to do with it, with who asks; how it looks where the visitor works (visitors-dk)
    ['wat moet ik daar nou mee als eenpitter?', 'explain'],
    ['hoe ziet dat eruit bij een buurthuis zoals het onze?', 'example'],
    ['hoe ziet dat er bij ons uit, op een zorgboerderij?', 'example'],
    ['hoe ziet dat eruit op de werkvloer?', 'example'],
    ['hoe ziet dat eruit bij een kringloopwinkel zoals de mijne?', 'example'],
    ['what does that look like day to day?', 'example'],
    ["what's in it for me?", 'explain'],
    ['kun je daar een voorbeeld van geven?', 'example'],
    ['nog een voorbeeld', 'example'],
    ['voorbeelden?', 'example'],
    ['voorbeld', 'example'],
    ['an example please', 'example'],
    ['give me an example', 'example'],
    ['what does that mean in practice, eg?', 'example'],
    // how it is done (visitors-df)
    ['hoe pak je dat in de praktijk aan?', 'example'],
    ['hoe doe je dat dan?', 'example'],
    // list
    ['terug naar de lijst', 'list'],
    ['de hele lijst', 'list'],
    // "rij" as "rijtje" (visitors-df: it showed the characteristics of services, "op een rij")
    ['laat de hele rij nog eens zien', 'list'],
    ['wacht, ga even terug naar het lijstje', 'list'],
    // "1x" is "een keer" (visitors-dg)
    ['lijst nog 1x', 'list'],
    // the list the item on screen belongs to (visitors-cu)
    ['Hoort dit bij een groter rijtje?', 'list'],
    ['is this part of a bigger list?', 'list'],
    ['overzicht', 'list'],
    ['alle', 'list'],
    ['allemaal', 'list'],
    // how many there are, with a list or one of its items on screen: the list tells
    ['how many are there?', 'list'],
    ['hoeveel zijn er eigenlijk?', 'list'],
    ['back to the list', 'list'],
    ['show me all of them', 'list'],
    // the other items of the list shown, and more examples (not the other items)
    ['en de andere?', 'list'],
    ['welke zijn er nog meer?', 'list'],
    ['zijn er nog meer van dat soort dingen?', 'list'],
    ['wat zijn de overige?', 'list'],
    // "verder" asks which others there are, not for the next one, in "welke … verder" (visitors-cy)
    ['Welke zijn er verder nog?', 'list'],
    ['welke zijn er verder?', 'list'],
    ['en verder?', 'next'],
    ['de volgende uit de lijst', 'next'],
    ['what are the others?', 'list'],
    ['are there any more like that?', 'list'],
    ['heb je andere voorbeelden?', 'example'],
    ['got another example?', 'example'],
  ])('%j → %s', (text, kind) => {
    expect(recogniseFollowUp(text, NOUNS)).toBe(kind);
  });

  it("takes what the knowledge calls a list's items for filler, and only that", () => {
    expect(recogniseFollowUp('de volgende fase', new Set(['fase']))).toBe('next');
    expect(recogniseFollowUp('the next hat', NOUNS)).toBe('next');
    expect(recogniseFollowUp('de volgende fase', NOUNS)).toBeUndefined();
    expect(recogniseFollowUp('het volgende onderdeel')).toBe('next');
  });

  it.each([
    // a real question around the keyword
    'wat is de volgende stap om een bedrijf te starten',
    'vertel me meer over de strateeg',
    'geef een voorbeeld van een dienst',
    'alle petten',
    'wat zijn alle kenmerken',
    'meer informatie over vitaal vakmanschap',
    'what is the next step for a social enterprise',
    'hoeveel kost dat?',
    'how many are there in the Netherlands?',
    // a question of its own, not someone else's follow-up
    'wat vragen ze dan?',
    'what should we do about climate change',
    // what is written about a topic, or where something is
    'wat staat er over geld?',
    'waar staat jullie kantoor?',
    // what follows for an organisation is an entry of its own
    'en voor onze organisatie, wat betekent dat?',
    'my students ask why caring for people is not like selling a bike. what does the page say?',
    // no keyword at all
    'wat is sociaal ondernemen',
    'hallo',
    '',
    '?!',
  ])('%j is not a follow-up', (text) => {
    expect(recogniseFollowUp(text, NOUNS)).toBeUndefined();
  });

  it('gives up on long messages even when every word is filler', () => {
    expect(recogniseFollowUp('en wat is dan nog eens wat meer over de volgende daarvan')).toBe('next');
    expect(recogniseFollowUp('en wat is dan nog eens wat meer over de volgende daarvan dan')).toBeUndefined();
  });

  it('checks example before next, so "nog een voorbeeld" is not "nog een"', () => {
    expect(recogniseFollowUp('nog een')).toBe('next');
    expect(recogniseFollowUp('nog een voorbeeld')).toBe('example');
  });

  it('reads two questions as questions, not as a follow-up with a clause saying who asks', () => {
    expect(recogniseFollowUp("isn't that dangerous?")).toBe('explain');
    expect(
      recogniseFollowUp("isn't that dangerous for my job? can my employer fire me for that?"),
    ).toBeUndefined();
  });

  it('reads a doubt after a remark as asking to have it explained again', () => {
    expect(asksToExplainAgain('Klinkt als managementpraat. Is dat niet overdreven?')).toBe(true);
    expect(asksToExplainAgain('Wat levert dat de medewerkers op?')).toBe(false);
  });

  it('reads "nog een vraag" as a question announced, not as going on', () => {
    expect(recogniseFollowUp('ik heb nog een vraag')).toBeUndefined();
    expect(recogniseFollowUp('daar heb ik nog een vraag over')).toBeUndefined();
    expect(recogniseFollowUp('another question')).toBeUndefined();
  });

  it('reads a "dat" clause after who asks as what the question is about', () => {
    expect(recogniseFollowUp('wat betekent het voor ons als vrijwilligers')).toBe('explain');
    expect(
      recogniseFollowUp(
        'En wat betekent het voor ons als organisatie dat diensten zo anders werken dan producten?',
      ),
    ).toBeUndefined();
    // … and so is an "om … te" clause: why it matters for such an organisation to do something
    expect(
      recogniseFollowUp(
        'Waarom is het voor een publieke dienstverlener belangrijker om het hele proces in de hand te hebben?',
      ),
    ).toBeUndefined();
    // what it means for the visitor's organisation is what follows for organisations, an entry
    expect(recogniseFollowUp('Wat betekent dat voor onze organisatie?')).toBeUndefined();
    expect(recogniseFollowUp('what does that mean for us as an organisation?')).toBeUndefined();
    // a clause that describes who asks is still who asks
    expect(recogniseFollowUp('what does that mean for us as a charity that relies on volunteers')).toBe(
      'explain',
    );
  });

  // Bug (gap): "meer"/"more" are not filler, so asking for more examples, the most
  // natural way to use the plural keywords "voorbeelden"/"examples", is not recognised.
  it.each([
    ['meer voorbeelden', 'example'],
    ['more examples', 'example'],
  ])('%j → %s', (text, kind) => {
    expect(recogniseFollowUp(text)).toBe(kind);
  });
});

describe('recogniseFollowUp in other words', () => {
  it.each<[string, FollowUpKind]>([
    // next, with the words a visitor wraps it in
    ['oké, en die erna?', 'next'],
    // why it matters, what it is called, what can go wrong: about the entry shown
    ['Waarom doet dat ertoe?', 'explain'],
    // the visitor's doubt after the question, in a clause of its own
    ["interesting, why would that matter if profit isn't the goal?", 'explain'],
    // an example, asked for in a word or two
    ['like how?', 'example'],
    ['zoals wat?', 'example'],
    ['waarom heet dat zo?', 'explain'],
    ['why is it called that?', 'explain'],
    ['Wat kan daar dan misgaan?', 'explain'],
    ['meaning?', 'explain'],
    ['wat levert het je op als je zo werkt?', 'explain'],
    // … and to whom, in a few words between
    ['Wat levert dat de medewerkers zelf op?', 'explain'],
    ['wat levert het mijn team op?', 'explain'],
    // a hedge before the question ("wss" = waarschijnlijk)
    ['wss domme vraag maar wat betekent dat', 'explain'],
    ['wat betekent dat nou echt', 'explain'],
    ['why would that matter so much?', 'explain'],
    ['welke komt daar dan na?', 'next'],
    ['en wat volgt?', 'next'],
    ['laat de volgende maar zien', 'next'],
    ['nog eentje', 'next'],
    ['hmm, en dan?', 'next'],
    ['what comes after it?', 'next'],
    ['ok, which one is after that', 'next'],
    ['and then?', 'next'],
    // previous
    ['nee wacht, eentje terug', 'previous'],
    ['welke stond er net voor?', 'previous'],
    ['en het item dat daarvoor kwam', 'previous'],
    ['laat de vorige nog een keer zien', 'previous'],
    ['the one before that, please', 'previous'],
    ['go back one', 'previous'],
    // example, and how it works in practice
    ['heb je daar misschien een voorbeeldje van?', 'example'],
    ['is er een voorbeeld bij?', 'example'],
    ['hoe werkt dat in de praktijk?', 'example'],
    ['hoe ziet dat er in het echt uit?', 'example'],
    ['kun je het concreter maken', 'example'],
    ['kun je dat met voorbeelden toelichten?', 'example'],
    ['got any examples?', 'example'],
    ['what would that look like in practice?', 'example'],
    ['can you make it concrete?', 'example'],
    ['klinkt vaag, hoe ziet dat er in de praktijk uit?', 'example'],
    ['kun je een vb geven?', 'example'],
    ['geef ff een voorbeeld', 'example'],
    ['geef een voorbeld ajb', 'example'],
    // the field the example is wished from
    ['Geef eens een voorbeeld uit de zorg', 'example'],
    ['en hoe werkt dat dan in de dagelijkse praktijk?', 'example'],
    ['kunt ge da ne keer uitleggen met een voorbeeld?', 'example'],
    // "for a …", "voor een …", "like mine": who asks
    ['how does that work in practice for a youth worker?', 'example'],
    ['how does that apply to a small charity like mine?', 'example'],
    ['Hoe werkt dat in de praktijk voor een kleine stichting?', 'example'],
    ['Hoe pas ik dat toe in mijn team?', 'example'],
    ['What does that mean in practice for me as an advisor?', 'example'],
    // the keyword phrase itself is kept
    ['en in mijn werk?', 'example'],
    ['can you give me a real-life case?', 'example'],
    // explain: about what was shown
    ['wat bedoel je daar precies mee?', 'explain'],
    ['en waarom is dat zo belangrijk?', 'explain'],
    ['hmm snap ik niet', 'explain'],
    ['wat moet ik me daarbij voorstellen', 'explain'],
    ["sorry, I don't understand", 'explain'],
    ['waarom?', 'explain'],
    ['why does that matter?', 'explain'],
    // a doubt about what was shown, and whether it matters at all: why it is so
    ['is dat niet overdreven?', 'explain'],
    ["isn't that risky though?", 'explain'],
    ['maakt dat eigenlijk uit?', 'explain'],
    ['waarom is dat nodig?', 'explain'],
    ["what's the point of that?", 'explain'],
    ['kun je dat toelichten?', 'explain'],
    ['leg dat eens uit', 'explain'],
    ['wat heb je daar nou aan?', 'explain'],
    ['waar is dat goed voor?', 'explain'],
    ['what do you mean by that?', 'explain'],
    ['could you explain that?', 'explain'],
    ['what use is that?', 'explain'],
    ['klinkt vaag', 'explain'],
    ['kun je dat wat simpeler uitleggen?', 'explain'],
    ['why is that important tho?', 'explain'],
    ['Waarom is dat relevant?', 'explain'],
    ['wat betekent dat nou precies, snap het niet helemaal', 'explain'],
    ['why is that a problem?', 'explain'],
    ['waarom is dat een probleem?', 'explain'],
    ['ok, door naar de volgende', 'next'],
    ['what use is that for a small charity?', 'explain'],
    ["what's the point of that for a tiny foundation with 2 volunteers?", 'explain'],
    // an acknowledgement before it, also Flemish
    ['idd logisch. en de vorige?', 'previous'],
    ['amai, en wa is de volgende?', 'next'],
    ['what does that mean for me', 'explain'],
    // "voor mij als …" says who asks, whatever it follows
    ['wat houdt dat in voor mij als aanbieder?', 'explain'],
    // the clause inside "daar … aan"
    ['Wat heb ik daar als vrijwilligersorganisatie aan?', 'explain'],
    ['what does that mean for us as a charity?', 'explain'],
    // after "mean" too when the visitor says it is theirs: "for my staff", "als de mijne"
    ['what does that mean for my staff?', 'explain'],
    ['Wat betekent dat voor een zorgboerderij als de mijne?', 'explain'],
    ['wat moet ik me daarbij voorstellen in mn werk met jongeren?', 'explain'],
    // "a bit", "een beetje": how much, not what
    ['can you explain that a bit more?', 'explain'],
    ['explain that one a little more', 'explain'],
    ['kun je dat een beetje uitleggen?', 'explain'],
    ['klinkt erg abstract', 'explain'],
    ['klinkt een beetje zweverig, heb je een voorbeeld?', 'example'],
    ['can you say more about that?', 'explain'],
    ['kun je dat uitleggen in gewone mensentaal', 'explain'],
    ['Can you give more simple explanation?', 'explain'],
    ['Kun je dat simpeler uitleggen, voor vijftienjarigen?', 'explain'],
    ['waarom is dat belangrijk voor professionals', 'explain'],
    ['wrm is dat dan belangrijk', 'explain'],
    ['waarom zouden ze dat doen?', 'explain'],
    // the longer phrase before its first word ("simple terms" before "simple")
    ['So in simple terms?', 'explain'],
    ['kun je dat wat simpeler uitleggen, snap er niks van haha', 'explain'],
    ['Kunt u dat eenvoudiger samenvatten?', 'explain'],
    ['Could you put that more simply?', 'explain'],
    ['wat bedoelen ze daarmee precies', 'explain'],
    ['en de vorige in dat rijtje?', 'previous'],
    ['En die daarvoor in de rij staat?', 'previous'],
    ['terug naar het rijtje, hoe zag dat er ook alweer uit?', 'list'],
    ['wat houdt dat in simpele woorden in?', 'explain'],
    ['kan je dat makkelijker uitleggen ik ben 16', 'explain'],
    ['hoe kan je dat oplossen?', 'explain'],
    ['how do you deal with that?', 'explain'],
    ['Wat is de volgende in het rijtje?', 'next'],
    ['Heb je daar een voorbeeld van dat ik in de klas kan gebruiken?', 'example'],
    ['Can you give an example I could use in class?', 'example'],
    ['hmm, in plain English please?', 'explain'],
    ['hoe ziet dat er in de praktijk uit voor iemand zoals ik?', 'example'],
    // whether and how it holds for the visitor's own work, also after saying who they are
    ['hoe zie ik dat in mijn school?', 'example'],
    ['How would that look for a benefits office?', 'example'],
    ['Maar wij zijn een gemeente, geldt dat ook voor ons?', 'explain'],
    // the visitor's own business named first (visitors-dz), not an organisation's consequences
    ['and for my shop? what does that mean?', 'explain'],
    ['en voor onze bakkerij, wat betekent dat?', 'explain'],
    ['ik ben wijkconsulent bij een woningcorporatie, hoe ziet dat er bij mij uit', 'example'],
    // more
    ['vertel er nog wat meer over', 'more'],
    ['ok, go on', 'more'],
    ['tell me more about that', 'explain'],
    // list
    ['het hele rijtje graag', 'list'],
    ['show the whole list again', 'list'],
  ])('%j → %s', (text, kind) => {
    expect(recogniseFollowUp(text)).toBe(kind);
  });

  it.each([
    // a topic word makes it a question of its own
    'en welke pet gaat over geld?',
    'Geldt dat voor alle diensten?',
    // who asks, then a question of its own
    'Ik ben wijkverpleegkundige en hoorde de term vitaal vakmanschap. Wat houdt dat in?',
    'wat komt er na de strateeg?',
    'hoe ziet een sociaal ondernemer er in de praktijk uit?',
    'heb je een voorbeeld van een dienst die vergankelijk is?',
    'wat betekent vergankelijk?',
    'wat heb ik aan de negen petten?',
    'wat levert sociaal ondernemen op?',
    'wat levert het werken met de negen petten op?',
    'wat levert het werken met petten op?',
    'wat gebeurt er daarna met mijn aanvraag?',
    'what comes after the strategist?',
    'what does intangible mean?',
    'how do I use the nine hats?',
    'can you give an example of a service?',
    'wat betekent vergankelijk voor mij als aanbieder?',
    // what it means for such organisations is an entry of its own; "apply for" asks for something
    'wat betekent dit allemaal voor een gemeente?',
    'Wat betekent dit allemaal voor een dienstverlenende publieke organisatie zoals de onze?',
    // … with the "all" before the verb (it showed the whole list)
    'What does all this mean for an organisation like ours?',
    // which item is about it: a question for the item, not a follow-up
    'en welke gaat over gewoon doen, aanpakken?',
    'waarom is armoede een probleem',
    'How do I apply for a business loan?',
    'what does a real-life case of a service look like?',
    // pointing back without asking for anything
    'en dat?',
    'hoe zit dat?',
    'what about that one?',
    // a repeat is no direction
    'nog een keer',
    'Andere vraag',
  ])('%j is not a follow-up', (text) => {
    expect(recogniseFollowUp(text, NOUNS)).toBeUndefined();
  });

  it('takes a filler word for itself, not for a keyword one typo away ("daarvan" is not "daaraan")', () => {
    expect(recogniseFollowUp('en daarvan?')).toBeUndefined();
    expect(recogniseFollowUp('en daaraan?')).toBe('explain');
  });
});

describe('recogniseFollowUp: a clause saying who asks', () => {
  it.each([
    'waarom is het goed als professionals kwetsbaar zijn',
    'is het nuttig als je een stichting hebt',
    'why is it good if professionals show vulnerability',
  ])('%j is a question of its own: "het" is no pointer back here', (text) => {
    expect(recogniseFollowUp(text)).toBeUndefined();
  });
});
