/**
 * Does the question ask for a fact: how many, how much, when, who did
 * something? The FAQ explains ideas; it holds no numbers, dates or names
 * (apart from the contact details), so such questions need stronger evidence
 * before the bot answers them with an explanation.
 */
import { normalizeText } from './normalize';

const FACT_OPENERS = [
  // Plain "wanneer"/"when" is not here: "wanneer gaan vakmensen de strijd aan?" asks for an explanation.
  /^(hoeveel|hoelang|hoe lang|hoe laat|hoe oud|hoe vaak|vanaf wanneer|tot wanneer|sinds wanneer|in welk jaar)\b/,
  /^wie (is|was|zijn|waren|heeft|hebben|had|bedacht|maakte|schreef|won|werkt|werken|zit|zitten|runt|runnen|leidt|leiden|bezit|bezitten|financiert|financieren)\b/,
  /^(how (many|much|long|old|often)|since when|in what year|what time|who (is|was|are|were|has|had|came|invented|made|wrote|won|founded|works|runs|run|owns|own|leads|lead|funds|fund))\b/,
];
const OPENING_FILLER = /^((en|maar|dus|oh|hoi|hallo|ok|oke|and|but|so|hi|hello)\s+)+/;

export function asksForFact(text: string): boolean {
  const question = normalizeText(text).replace(OPENING_FILLER, '');
  return FACT_OPENERS.some((pattern) => pattern.test(question));
}
