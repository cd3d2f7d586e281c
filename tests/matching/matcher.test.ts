/** The matcher on the real knowledge base: rankings, languages, and exact questions. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { Matcher } from '../../src/matching/matcher';
import { DEFAULT_MATCHER_OPTIONS } from '../../src/matching/matcherOptions';

let matcher: Matcher;
beforeAll(async () => {
  matcher = new Matcher((await loadKnowledge('knowledge')).knowledge, DEFAULT_MATCHER_OPTIONS);
});

const top = (text: string, n = 1) =>
  matcher
    .match(text)
    .candidates.slice(0, n)
    .map((c) => c.entryId);

describe('knowledge relations', () => {
  it('knows which entry holds an item or an excerpt', () => {
    const { knowledge } = matcher;
    expect(knowledge.get('pet-partner')?.partOf).toBe('negen-petten');
    expect(knowledge.get('kwetsbaarheid')?.partOf).toBe('vitaal-vakmanschap');
    expect(knowledge.get('lef-en-rebellie')?.partOf).toBe('vitaal-vakmanschap');
    expect(knowledge.get('vitaal-vakmanschap')?.partOf).toBeUndefined();
  });
});

describe('Matcher', () => {
  it('scores an exact FAQ question (a button value) 1 and puts it first', () => {
    const [best] = matcher.match('Waarin verschillen diensten van producten?').candidates;
    expect(best).toMatchObject({ entryId: 'diensten-en-producten', language: 'nl' });
    expect(best!.score).toBeCloseTo(1, 5);
  });

  it.each([
    ['wat doet de coördinator', 'pet-coordinator'],
    ['wat doet de coordinator', 'pet-coordinator'],
    ['wat doet de kordinator', 'pet-coordinator'],
    ['waarom zijn diensten vergankelijk', 'dienst-vergankelijk'],
    ['waarom zijn dienste vergankelik', 'dienst-vergankelijk'],
    ['Why are services perishable?', 'dienst-vergankelijk'],
    ['What does the treasurer do?', 'pet-schatbewaarder'],
    ['hoe kan ik jullie mailen', 'contact'],
    ['wat betekent kwetsbaarheid voor een professional', 'kwetsbaarheid'],
  ])('"%s" → %s', (text, id) => {
    expect(top(text)).toEqual([id]);
  });

  it('ranks a single item above its list when the question names the item', () => {
    const ranked = top('Wat houdt de pet van partner in?', 10);
    expect(ranked[0]).toBe('pet-partner');
    expect(ranked.indexOf('negen-petten')).toBeGreaterThan(0);
  });

  it('matches each of two questions on its own as well, for an entry the whole message ranks among its best', () => {
    const doubt = "Shouldn't a good professional simply be loyal to the organisation?";
    const question = 'Why would you encourage people to push back or even rebel?';
    const score = (text: string, id: string) =>
      matcher.match(text).candidates.find((c) => c.entryId === id)?.score ?? 0;
    const [best] = matcher.match(`${doubt} ${question}`).candidates;
    expect(best?.entryId).toBe('lef-en-rebellie');
    // read whole, the doubt's words weigh against the answer; the question alone does not have them
    expect(best!.score).toBeCloseTo(score(question, 'lef-en-rebellie'), 5);
    expect(best!.score).toBeGreaterThan(
      score(`${doubt} and why would you encourage people to push back or even rebel`, 'lef-en-rebellie'),
    );
  });

  it('lets a question alone lift only an entry the whole message ranks among its three best', () => {
    // Unlimited, one of its questions alone put the nine hats first (visitors-ck).
    const letter =
      'Geachte dames en heren, Ik ben beleidsmedewerker bij een gemeente. Welke conclusies verbindt u aan de eigenschappen van dienstverlening voor overheidsinstellingen zoals de onze? Waarop dienen wij derhalve te letten? Met vriendelijke groet, K. Peters';
    expect(top(letter)).toEqual(['gevolgen-publieke-organisaties']);
  });

  it('reads no question alone that has one topic word, nor a message with an off-topic word by parts', () => {
    const ranked = (text: string) => matcher.match(text).candidates.map((c) => c.entryId);
    // "business" twice is one topic word: alone it would be social entrepreneurship
    expect(ranked('Business is business, right?')[0]).toBe('sociaal-ondernemen');
    const whole =
      'Does it really matter whether you sell things or provide support and advice? Business is business, right?';
    expect(ranked(whole)[0]).toBe('diensten-en-producten');
    // a word off the FAQ's topics ("KvK") keeps the whole reading: no question of it is read alone
    const score = (text: string) =>
      matcher.match(text).candidates.find((c) => c.entryId === 'sociaal-ondernemen')?.score ?? 0;
    expect(score('Wat is sociaal ondernemen eigenlijk?')).toBeCloseTo(1, 5);
    expect(
      score('Wat is sociaal ondernemen eigenlijk? Is dat niet gewoon vrijwilligerswerk met een KvK-nummer?'),
    ).toBeLessThan(0.5);
  });

  it('reads a question that points back after a longer story with the sentence before it', () => {
    const story =
      'Ik werk al twintig jaar in de jeugdzorg en merk dat ik steeds meer energie verlies door alle regels en protocollen.';
    const pointer = 'Een collega zei dat ik me eens moest verdiepen in vitaal vakmanschap. Wat houdt dat in?';
    const [withStory] = matcher.match(`${story} ${pointer}`).candidates;
    const [alone] = matcher.match(pointer).candidates;
    expect(withStory?.entryId).toBe('vitaal-vakmanschap');
    // the story's words no longer weigh against it: the score of the two sentences alone
    expect(withStory?.score).toBeCloseTo(alone!.score, 5);
  });

  it('reads a clause about the visitor before a comma as context', () => {
    const [best] = matcher.match(
      'ik run een buurthuis, welk kenmerk van een sociaal ondernemer gaat over geld?',
    ).candidates;
    expect(best?.entryId).toBe('kenmerk-oog-voor-geld');
    // its words the knowledge does not know weigh as context words (they dragged it under 0.5)
    expect(best?.score).toBeGreaterThan(DEFAULT_MATCHER_OPTIONS.answerThreshold);
  });

  it('reads what a visitor says after correcting themselves on its own too ("… nee ik bedoel …")', () => {
    const text =
      'ja hallo eh ik wil weten wat het inhoudt als je een bedrijf runt waarbij het niet om het verdienen gaat maar om de wereld beter te maken nee ik bedoel hoe omschrijven jullie dat soort ondernemen';
    const [best] = matcher.match(text).candidates;
    expect(best?.entryId).toBe('sociaal-ondernemen');
    expect(best?.score).toBeGreaterThan(DEFAULT_MATCHER_OPTIONS.answerThreshold);
  });

  it('detects the language from the words, not the locale', () => {
    expect(matcher.detectLanguage('What are the nine hats?')).toBe('en');
    expect(matcher.detectLanguage('Wat zijn de negen petten?')).toBe('nl');
    expect(matcher.detectLanguage('Strateeg')).toBeUndefined();
  });

  it.each([
    ['what are the kenmerken of diensten?', 'diensten-en-producten'],
    ['and what are the traits of a sociaal ondernemer?', 'kenmerken-sociaal-ondernemer'],
    ['hi, what are the petten of a social entrepreneur?', 'negen-petten'],
  ])("reads the FAQ's Dutch terms in an English question as their English words: %j → %s", (text, id) => {
    const [best, next] = matcher.match(text, { preferred: 'en' }).candidates;
    expect(best?.entryId).toBe(id);
    expect(best!.score - next!.score).toBeGreaterThan(DEFAULT_MATCHER_OPTIONS.clarifyMargin);
  });

  it('finds nothing for words the knowledge never uses', () => {
    expect(matcher.match('asdkjh qwerty').candidates).toEqual([]);
  });

  it('gives off-topic questions a low score', () => {
    const [best] = matcher.match('Wat is de hoofdstad van Frankrijk?').candidates;
    expect(best?.score ?? 0).toBeLessThan(DEFAULT_MATCHER_OPTIONS.suggestThreshold);
  });

  it('takes less off for a fact question (how many, when, who did) only when it is not exact', () => {
    const plain = matcher.match('Hoeveel petten zijn er?').candidates[0]!;
    expect(plain.entryId).toBe('negen-petten');
    expect(plain.score).toBeLessThan(1);
  });
});
