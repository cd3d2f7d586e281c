/**
 * Words that say nothing about a topic, in Dutch and English, for the
 * recognisers of short follow-ups ("hmm, en de vorige nog een keer", "en de
 * derde daarvan?", "and the one after that?"). A message made of these and a
 * follow-up keyword refers to what is in focus; one word outside these lists
 * ("geld", "partner") makes it a question of its own, for the matcher.
 *
 * Normalised forms: lower case, no diacritics ("oké" → "oke", "what's" → "whats").
 */

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/** Sounds and acknowledgements a visitor opens with: "hmm", "oh oké", "right, …". */
export const INTERJECTIONS = words(`
  hmm hm hmmm oh o ah aha nou ja jawel jaja nee no nope wacht sorry oeps ok oke okay okee okido goed prima top mooi
  helder duidelijk fijn yes yeah yep right well alright cool great sure fine wait oops whoops woops nice super perfect
  logisch interessant interesting herkenbaar inderdaad idd haha amai allez awel
  bedankt dankje dankjewel merci thanks thx typfout tikfout typefout typo`);

/** Words that point back at what was shown: "daarvan", "die", "that one", "eentje". */
export const POINTERS = words(`
  dat die dit deze daar hier er het hem ze
  daarbij daarvan daarmee daarover daarop daaraan daarin daaruit
  hierbij hiervan hiermee hierover hierop hierin erbij ervan ermee erover erop erin eruit
  it this that those these them they its one ones eentje`);

/**
 * "wat betekent dit allemaal voor ons?", "what does all this mean for us?": pointing back at all that
 * was shown about a list, not at its item shown last (English "all" only next to a pointer).
 */
export function pointsAtAll(words: readonly string[]): boolean {
  return words.some(
    (w, i) =>
      w === 'allemaal' ||
      // "dit alles"; not "alles wat cliënten zien", nor "regelen dat alles gebeurt"
      (w === 'alles' && words[i - 1] === 'dit') ||
      (w === 'all' && (ALL_POINTERS.has(words[i + 1] ?? '') || ALL_POINTERS.has(words[i - 1] ?? ''))),
  );
}
const ALL_POINTERS = words(`this that these those of`);

/** Indefinite articles: "een kleine stichting", "as a founder". */
export const INDEFINITE_ARTICLES = words(`een a an`);

/** Words that make what follows the visitor's own: "mijn stichting", "voor onze dienst", "for my staff". */
export const POSSESSIVES = words(`mijn mn onze ons my our`);

/** Words for "the list" itself: "de laatste van het rijtje", "the last of the list". */
export const LIST_WORDS = words(`lijst lijstje rijtje rij reeks opsomming list row series`);

/** "het andere rijtje", "the other list": the list not on screen, before a word of LIST_WORDS. */
export const OTHER_WORDS = words(`andere ander other vorige previous eerdere`);

/** "in het andere rijtje", "en die andere lijst, nummer 4", "the other list": a list not on screen. */
export function namesOtherList(words: readonly string[]): boolean {
  return words.some((w, i) => OTHER_WORDS.has(w) && LIST_WORDS.has(words[i + 1] ?? ''));
}

/**
 * Function words, question words and the verbs a follow-up is wrapped in ("doe de volgende maar",
 * "welke komt daarna?", "got an example of that?"): none of them names a topic.
 */
export const FRAME_WORDS = words(`
  en de een wat welke welk hoe is was zijn nog eens graag even alsjeblieft alstublieft aub maar ook alweer
  net toch misschien eigenlijk precies dus dan zo waar over bij van met mee aan op in uit naar beetje ietsje erg heel
  geef geven vertel vertellen toon tonen laat laten zie zien zeg zeggen noem noemen doe heb hebt heeft hebben
  kun kunt kan je jij u jullie mij me ik mag wil moet moeten iets
  wa da ge gij ne ni keer als heet heten
  wss wsl waarschijnlijk mss vraag vraagje domme dom stomme stom echt juist den eh ofzo vlak pal direct meteen groter grotere
  wilt zou weten zit zat staat stond komt kwam ligt gaat ging hoort maak maken merk merken werkt
  and the a an what which how about of on by with in at to then so also just maybe perhaps please now exactly
  tell give show say me let lets us see can could would you i like some any want know go again pls plz bit little very quite rather
  is are was were do does did have has got get make comes come came goes whats hows called
  question dumb stupid silly much teh right directly immediately bigger larger part actually really`);

/** True for a word that carries no topic (any of the lists above). */
export function isFiller(word: string): boolean {
  return INTERJECTIONS.has(word) || POINTERS.has(word) || FRAME_WORDS.has(word);
}

/**
 * The ways a visitor starts to say who they are ("ik ben …", "wij zijn …", "I'm …"), typed or
 * normalised ("i m"): an alternation for regular expressions.
 */
export const SAYS_WHO =
  "ik ben|ik werk|wij zijn|we zijn|wij werken|mijn naam is|ik heet|i'm|i m|im|i am|i work|we are|we're|we re|my name is";

/** "ik ben", "I am", "I'm" (normalised "im" or "i m") starting at this word: the visitor says who they are. */
export function saysIAm(words: readonly string[], at: number): boolean {
  const [word, next] = [words[at], words[at + 1]];
  return (
    word === 'im' || (word === 'ik' && next === 'ben') || (word === 'i' && (next === 'am' || next === 'm'))
  );
}
