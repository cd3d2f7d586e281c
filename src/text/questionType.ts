/**
 * Does the question ask for a fact: how many, how much, when, who did
 * something? The FAQ explains ideas; it holds no numbers, dates or names
 * (apart from the contact details), so such questions need stronger evidence
 * before the bot answers them with an explanation.
 */
import { normalizeText } from './normalize';

const FACT_OPENERS = [
  /^(hoeveel|wanneer|hoelang|hoe lang|hoe laat|hoe oud|hoe vaak|vanaf wanneer|tot wanneer|sinds wanneer)\b/,
  /^wie (is|was|zijn|waren|heeft|hebben|had|bedacht|maakte|schreef|won|werkt|werken)\b/,
  /^(how (many|much|long|old|often)|when|what time|who (is|was|are|were|has|had|invented|made|wrote|won|founded|works))\b/,
];
const OPENING_FILLER = /^((en|maar|dus|oh|hoi|hallo|ok|oke|and|but|so|hi|hello)\s+)+/;

export function asksForFact(text: string): boolean {
  const question = normalizeText(text).replace(OPENING_FILLER, '');
  return FACT_OPENERS.some((pattern) => pattern.test(question));
}
