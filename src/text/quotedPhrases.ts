/**
 * The phrases a message puts between quotation marks: "mijn coördinator had
 * het steeds over 'sociaal ondernemen'", "my colleague keeps talking about
 * 'vitaal vakmanschap'". A visitor quotes the term they ask about.
 */
import { normalizeText } from './normalize';

/**
 * A quotation mark after a space or at the start, the phrase, the closing mark before a space,
 * punctuation or the end: the apostrophes of "m'n" and "isn't" open nothing.
 */
const QUOTED = /(?:^|[\s(])['‘"“]([^'‘’"“”]{2,60}?)['’"”](?=[\s.,?!:;)]|$)/g;

/** The quoted phrases of `text`, normalised (lower case, no diacritics or punctuation). */
export function quotedPhrases(text: string): string[] {
  return [...text.matchAll(QUOTED)].map((m) => normalizeText(m[1]!)).filter(Boolean);
}

/** The one phrase `text` quotes (normalised), if it quotes exactly one. */
export function quotedPhrase(text: string): string | undefined {
  // Most messages quote nothing: one look for a quotation mark spares the rest.
  if (!QUOTE_MARK.test(text)) return undefined;
  const phrases = quotedPhrases(text);
  return phrases.length === 1 ? phrases[0] : undefined;
}
const QUOTE_MARK = /['‘"“]/;
