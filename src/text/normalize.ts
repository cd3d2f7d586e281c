/** Character-level clean-up shared by every language pipeline. */
import { memoize } from './memoize';

/** "coördinator" → "coordinator", "ideeën" → "ideeen", "cliënt" → "client". */
export function foldDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

// Control characters except tab and newline, the soft hyphen, and zero-width/format characters
// that would otherwise glue or split words invisibly.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g;

/** Removes characters a person cannot see or type on purpose. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** How many recent texts normalizeText remembers: the recognisers of one turn, not a cache of questions. */
const RECENT_TEXTS = 8;

/**
 * Lower case, folded diacritics, typographic quotes unified, every run of
 * characters that is not a letter or digit turned into one space.
 *
 * One turn normalises the same message about eight times (the turn itself,
 * language detection, small talk, follow-ups, ordinals, the matcher's
 * languages and exact-phrasing check), so the last few results are kept;
 * the least recently asked are forgotten, so nothing is remembered from turn to turn.
 */
export const normalizeText: (text: string) => string = memoize(RECENT_TEXTS, normalize);

/**
 * normalizeText(text).split(' '), the same array for a recent text: every recogniser of a turn
 * reads the message word by word, and each word then looks itself up in several memories. The
 * same string objects each time carry the hash a look-up computes, so each word is hashed once a
 * turn, not once per recogniser; and the words are split once. Callers share the array: it is
 * typed read-only (not frozen: V8's frozen arrays made every reader of them slower, measured).
 */
export const normalizedWords: (text: string) => readonly string[] = memoize(RECENT_TEXTS, (text) =>
  normalizeText(text).split(' '),
);

/**
 * normalizeText without its memory of recent texts, for many short texts each read once (the words
 * of a message one by one): through that memory they would push out the message's own normal form,
 * which the turn's recognisers then normalise again.
 */
export function normalizeWithoutMemory(text: string): string {
  return normalize(text);
}

/** Printable ASCII, tabs and newlines: what most messages are. */
const PLAIN_ASCII = /^[\t\n\x20-\x7e]*$/;

function normalize(text: string): string {
  return PLAIN_ASCII.test(text) ? normalizeAscii(text) : normalizeUnicode(text);
}

/**
 * normalizeUnicode's steps, for text of PLAIN_ASCII only, with the same result: such text has no
 * invisible characters, nothing for NFKD to decompose and no diacritics to fold; of the quotes only
 * the backtick is ASCII; and after lower-casing, \p{L} and \p{N} are [a-z] and [0-9]. The Unicode
 * steps (normalize('NFKD') and the \p{…} classes) were the most of a turn's normalisation.
 */
function normalizeAscii(text: string): string {
  // The steps for quotes and hyphens only where the text has one: most have neither, and a search for
  // one character costs far less than a regular expression's pass (the same result either way).
  let lower = (text.includes('`') ? text.replace(/`/g, "'") : text).toLowerCase();
  if (lower.includes("'")) lower = lower.replace(/'s\b/g, 's');
  if (lower.includes('-')) lower = lower.replace(/([a-z])-(?=[a-z])/g, '$1');
  return lower.replace(/[^a-z0-9]+/g, ' ').trim();
}

function normalizeUnicode(text: string): string {
  // Quotes first: folding would turn the acute accent ´ ("collega´s") into a space.
  return foldDiacritics(
    stripInvisible(text)
      .replace(/[’‘`´]/g, "'")
      .toLowerCase(),
  )
    .replace(/'s\b/g, 's') // "collega's" → "collegas"
    .replace(/(\p{L})-(?=\p{L})/gu, '$1') // "e-mailadres" → "emailadres"
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when the text holds at least one letter or digit. */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
