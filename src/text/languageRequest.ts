/**
 * "in English please", "kan dat ook in het Engels?", "sorry, my Dutch isn't great. can you explain
 * that one in English?", "in het Nederlands graag": the visitor names the language to answer in.
 * A message that asks nothing else wants what was shown again, in that language; one that also asks
 * something ("explain the last one in English") is answered in that language.
 */
import type { Language } from './language';
import { normalizeText } from './normalize';
import { sentences } from './questionSentence';

/** Not "nl": "social enterprises in NL" is the country, not the language. */
const LANGUAGE_NAMES: Record<string, Language> = {
  english: 'en',
  engels: 'en',
  eng: 'en',
  dutch: 'nl',
  nederlands: 'nl',
};
const NAME = Object.keys(LANGUAGE_NAMES).join('|');

/**
 * "in (het) Engels", "in English", "naar het Nederlands" ("ik schakel even naar het Nederlands"),
 * "switch to English", "back to English" (not "according to Dutch consultancies"), the name before "please"/"graag", or the name as the whole message ("English?"); not
 * a name that describes something ("Dutch social enterprises").
 */
const NAMED = new RegExp(
  `(?:^|\\s)(?:(?:in|naar|(?:switch|change|go|move|back) to) (?:het )?(${NAME})|(${NAME}) (?:please|pls|plz|graag|aub|alsjeblieft|alstublieft))(?=\\s|$)|^(${NAME})$`,
);

/** The language the message asks to be answered in, if it names one that way. */
export function askedLanguage(text: string): Language | undefined {
  const found = NAMED.exec(normalizeText(text));
  if (!found) return undefined;
  return LANGUAGE_NAMES[found[1] ?? found[2] ?? found[3]!];
}

/**
 * The words a request for another language is wrapped in: asking, pointing back at what was shown,
 * politeness. Anything else is a question of its own.
 */
const REQUEST_WORDS = new Set(
  `
  in het the please pls plz graag aub alsjeblieft alstublieft ook also too again nog een keer once more
  kan kun kunt kunnen can could would will you je jij u ik i me mij we us ons
  dat dit die deze het it that this those these one ones eentje
  continue verder doorgaan ga switch overstappen speak spreek spreken talk praten respond reageren
  schakel schakelen schakelt over naar to terug back
  say zeggen zeg explain uitleggen leg uit show tonen toon laten zien geef give write schrijven schrijf
  translate vertalen vertaal repeat herhalen herhaal answer antwoord antwoorden reply
  sorry oh ok oke hmm ehm maybe misschien even svp en and dan then nu now
  ${Object.keys(LANGUAGE_NAMES).join(' ')}
`
    .split(/\s+/)
    .filter(Boolean),
);

/** Whether the word only wraps a request for another language ("sorry", "explain", "English"). */
export function wrapsLanguageRequest(word: string): boolean {
  return REQUEST_WORDS.has(word);
}

/**
 * The language, when the message (or its last sentence, after remarks that ask nothing: "sorry, my
 * Dutch isn't great.") asks only for what was shown in another language.
 */
export function onlyAsksForLanguage(text: string): Language | undefined {
  const all = sentences(text);
  const last = all.at(-1) ?? text;
  if (all.slice(0, -1).some((sentence) => sentence.includes('?'))) return undefined;
  return asksOnlyForLanguage(last) ? askedLanguage(last) : undefined;
}

/**
 * The text without the sentences that only ask for another language, when another sentence asks
 * something: "Sorry, could you continue in English? What kind of traits does such an entrepreneur
 * need?" is matched on its second question (the request words "continue", "English" weighed against
 * it; visitors-bk). The language itself is read from the whole text (askedLanguage).
 */
export function withoutLanguageRequests(text: string): string {
  const all = sentences(text);
  if (all.length < 2) return text;
  const asking = all.filter((sentence) => !asksOnlyForLanguage(sentence));
  return asking.length > 0 && asking.length < all.length ? asking.join(' ') : text;
}

function asksOnlyForLanguage(sentence: string): boolean {
  if (!askedLanguage(sentence)) return false;
  return normalizeText(sentence)
    .split(' ')
    .filter(Boolean)
    .every((w) => REQUEST_WORDS.has(w));
}
