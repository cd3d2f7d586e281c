/**
 * Everyday words a visitor wraps a question in: recognised per language, kept as typed (never
 * "corrected" into a knowledge word), and marked `common` by the pipeline.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { isCommonWord } from '../../src/text/commonWords';
import type { Language } from '../../src/text/language';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { buildLanguageIndex, type LanguageIndex } from '../../src/matching/languageIndex';
import { DEFAULT_MATCHER_OPTIONS } from '../../src/matching/matcherOptions';

describe('isCommonWord', () => {
  it.each<[Language, string, boolean]>([
    ['nl', 'zat', true],
    // the classroom a visitor asks from, not a topic: "klas" was "kas", the treasurer's (visitors-dp)
    ['nl', 'klas', true],
    ['nl', 'leerlingen', true],
    ['en', 'teacher', true],
    // "als iets niet klopt": not the "aankloppen" of "bij wie klopt een sociaal ondernemer aan?"
    ['nl', 'klopt', true],
    ['nl', 'uberhaupt', true],
    // chat abbreviations: "anders aan hulpverlening tov dingen uit de winkel" ("ten opzichte van")
    // weighed as an unknown word and the services fell back (visitors-dv)
    ['nl', 'tov', true],
    ['nl', 'mbt', true],
    // "what are these nine hats ppl keep talking about", "I keep hearing about …" ("hearing" was "heading")
    ['en', 'ppl', true],
    // Dutch words an English message is wrapped in ("what are the characteristics of services volgens
    // jullie?", visitors-df), not "toch", "gewoon": read in English, Dutch questions lost answers
    ['en', 'volgens', true],
    ['en', 'eigenlijk', true],
    // "what is the difference tussen diensten en producten" (visitors-dg)
    ['en', 'tussen', true],
    ['en', 'toch', false],
    ['en', 'hearing', true],
    ['nl', 'alweer', true],
    ['nl', 'gebeurt', true],
    ['nl', 'dingetje', true],
    // "waar is dat goed voor?": a frame, not the specialist's "de goede dingen"
    ['nl', 'goed', true],
    // "What are the nine hats good for?": the same frame in English, not the relationship manager's
    // "good relations" (it answered that hat; visitors-bm)
    ['en', 'good', true],
    // "Klopt dat met jullie lijstje eigenschappen?": which list the item noun says, not the phrasing
    // "lijstje kenmerken van diensten" (visitors-bm). "op een rijtje zetten" (list them all) is no frame.
    ['nl', 'lijstje', true],
    ['nl', 'rijtje', false],
    // "wat is het nut van de negen petten?": what use the topic is, like "waar is dat goed voor?"; unknown
    // to the knowledge, it weighed against the hats (visitors-bm)
    ['nl', 'nut', true],
    // "goed zijn in de zorg zelf": the care sector, and the hats' "welke pet zorgt dat …": neither says
    // which entry is meant; it took a care worker's question to the coordinator who "draagt zorg voor"
    // (visitors-cs)
    ['nl', 'zorg', true],
    ['nl', 'zorgt', true],
    // Flemish everyday words ("Ik vind pitchen voor sponsors echt ambetant"): unknown, they weighed
    // against every answer (visitors-dc)
    ['nl', 'ambetant', true],
    ['nl', 'nie', true],
    // "iets op poten zetten" (set something up): "poten" was corrected to "poen" (money), and "… om samen
    // iets op poten te zetten. Hoort dat bij de eigenschappen …?" answered the trait Eye for money
    ['nl', 'poten', true],
    // everyday words found unknown in the development sets' questions ("… omdat die uiteindelijk het hart
    // is van alles wat je doet?", "dat ie andere partijen opzoekt"); not "morgen", "duurt", "sinds", which
    // mark questions the FAQ does not answer ("Hoe lang duurt het om …?", "Sinds welk jaar …?")
    ['nl', 'uiteindelijk', true],
    ['nl', 'ie', true],
    ['nl', 'morgen', false],
    ['nl', 'duurt', false],
    // "which of ur roles is about looking after them afterwards?", "tbh", "im" (I'm without its apostrophe)
    ['en', 'afterwards', true],
    ['en', 'tbh', true],
    ['en', 'im', true],
    // "Is dat terecht?" (fair) is not the contact entry's "Bij wie kan ik terecht …?"; "waarom is dat zo
    // bepalend?" (decisive) is not the strategist's "koers bepalen", which the stemmer makes it (visitors-cs)
    ['nl', 'terecht', true],
    // "welke verzekeringen moet ik regelen?", "wat moeten we als organisatie goed regelen?": arranging
    // anything at all, not the coordinator's phrases ("zaken regelen", "alles geregeld")
    ['nl', 'regelen', true],
    ['nl', 'bepalend', true],
    // "wat vind je van het weer?": an opinion asked, not the contact entry's "waar vind ik jullie?"
    ['nl', 'vind', true],
    ['nl', 'vindt', true],
    // "de eerste snap ik niet helemaal": the ordinal of the list on screen, not a topic
    ['nl', 'helemaal', true],
    // "… en waarom zijn ze handig?": what use, like "nut"; unknown, it held the question's answer below
    // the coverage bar (visitors-cf)
    ['nl', 'handig', true],
    ['nl', 'ontbreekt', true],
    // "Is a social entrepreneur allowed to make money?": unknown, "allowed" held the answer below the bar
    ['en', 'allowed', true],
    // "… of is dat not done?"
    ['nl', 'not', true],
    // "key traits?", "quick question for my thesis: …": the frame, not a topic (nor "kei")
    ['en', 'key', true],
    ['en', 'thesis', true],
    // "Welke kenmerken van diensten liggen daaraan ten grondslag?"
    ['nl', 'grondslag', true],
    // "Welke rollen moet zo'n ondernemer allemaal vervullen?"
    ['nl', 'vervullen', true],
    // "ik schrijf mijn scriptie over sociaal ondernemerschap, wat verstaan jullie daaronder?": the
    // frame, not the phrasing of the trait "informatie" that starts the same way
    ['nl', 'scriptie', true],
    ['nl', 'schrijf', true],
    ['nl', 'opdracht', true],
    // "I saw something about nine hats on this site": not a typo of "sit"
    ['en', 'site', true],
    ['en', 'referring', true],
    // "ik heb net een stichting opgezet en hoorde iemand over de negen petten"
    ['nl', 'opgezet', true],
    ['nl', 'hoorde', true],
    ['en', 'student', true],
    // "wat is dan het grote verschil?": no name of an item the FAQ lacks; "ik kwam hier via google"
    ['nl', 'grote', true],
    ['nl', 'google', true],
    ['en', 'happened', true],
    ['en', 'stuff', true],
    // an everyday verb, not a typo of the FAQ's "seeking"
    ['en', 'seeing', true],
    // "what characteristics do you use?": a frame, not the "used" of a service's phrasing
    ['en', 'use', true],
    // a number counts something in the story ("havo 4"), in either language
    ['nl', '4', true],
    ['en', '30', true],
    // and from eleven up, written out ("vijftien jaar" is no "vijf" and "tien"); not the counts of a list
    ['nl', 'vijftien', true],
    ['nl', 'drieentwintig', true],
    ['en', 'twenty', true],
    ['nl', 'vijf', false],
    ['nl', 'negen', false],
    ['en', 'six', false],
    // "welke eigenschap sluit daarop aan?" (fits): a frame, not the "sluit het lijstje af" of the last trait
    ['nl', 'sluit', true],
    ['nl', 'aansluiten', true],
    // topic words are not everyday words
    ['nl', 'strateeg', false],
    ['nl', 'pet', false],
    ['en', 'hat', false],
    // who pays, not who founded: left unknown, "funder" was corrected to "founder" (visitors-ec)
    ['en', 'funder', true],
    ['en', 'funders', true],
    // each language has its own list
    ['en', 'zat', false],
    ['nl', 'happened', false],
  ])('%s %j → %s', (language, word, common) => {
    expect(isCommonWord(word, language)).toBe(common);
  });
});

describe('TextPipeline with the real knowledge: everyday words', () => {
  let index: LanguageIndex;

  beforeAll(async () => {
    const { knowledge } = await loadKnowledge('knowledge');
    index = buildLanguageIndex(knowledge, 'nl', DEFAULT_MATCHER_OPTIONS);
  });

  const analyze = (text: string) => index.pipeline.analyze(text, index.corrector);

  // Each of these is within the corrector's reach of a knowledge word ("alweer" of "alleen",
  // "zocht" of "zicht", "meteen" of "meten", "stond" of "stand").
  it.each(['alweer', 'zocht', 'meteen', 'stond'])('keeps %j as typed instead of correcting it', (word) => {
    expect(index.corrector.correct(word)?.word).toBeDefined();
    expect(analyze(word)).toEqual([expect.objectContaining({ typed: word, word, edits: 0, common: true })]);
  });

  it.each<[string, boolean]>([
    ['zat', true],
    ['alweer', true],
    ['gebeurt', false],
  ])('marks %j common, and unknown only when the knowledge does not use it (%s)', (word, unknown) => {
    expect(index.corrector.isKnown(word)).toBe(!unknown);
    expect(analyze(word)).toEqual([expect.objectContaining({ word, common: true, unknown })]);
  });

  it('marks only the everyday words of a question', () => {
    const tokens = analyze('Hoe zat het ook alweer met de strateeg, wat gebeurt daar?');
    expect(tokens.map((t) => [t.word, t.common ?? false])).toEqual([
      ['zat', true],
      ['alweer', true],
      ['strateeg', false],
      ['gebeurt', true],
    ]);
  });
});
