/**
 * Recognises small talk in a normalised message. Two ways in:
 * - phrases and patterns that are small talk as a whole ("wie ben jij",
 *   "wat kan ik je vragen", "how are you");
 * - short messages made only of small-talk keywords and social filler
 *   ("top, dankjewel!", "hallo daar", "fijne avond nog").
 * A message with any other word ("hoi, wat kost een training?") is not small
 * talk: the rest of the bot must look at it.
 */
import { editDistance } from './editDistance';
import type { Language } from '../knowledge/types';
import { KEYWORDS, KEYWORD_KINDS, SOCIAL, type SmallTalkKind } from './smallTalkLexicon';
import { PHRASES } from './smallTalkPhrases';

export interface SmallTalk {
  kind: SmallTalkKind;
  /** Undefined when the words are used in both languages ("ok", "hey"). */
  language: Language | undefined;
}

/** Pronouns that the phrases need, although they are social filler elsewhere. */
const KEEP_IN_PHRASES = new Set(['jij', 'je', 'u', 'you']);

export function recogniseSmallTalk(normalized: string): SmallTalk | undefined {
  const words = collapse(normalized).split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 10) return undefined;
  return byPhrase(words) ?? byKeywords(words);
}

/** "hallooo" = "hallo": a letter held down says nothing (two in a row can be spelling: "mee"). */
function collapse(text: string): string {
  return text.replace(/(\p{L})\1{2,}/gu, '$1');
}

function byPhrase(words: string[]): SmallTalk | undefined {
  const variants = [words.join(' '), words.filter((w) => !SOCIAL.has(w) || KEEP_IN_PHRASES.has(w)).join(' ')];
  // "hoi, hoe gaat het" / "ok, wat kan ik vragen": an opener before a phrase of two words or more
  // (a single word left over is a keyword's business: "bedankt voor de hulp" is thanks, not help).
  for (let cut = 1; cut < Math.min(4, words.length - 1); cut++) {
    if (!words.slice(0, cut).every((w) => keyword(w) || SOCIAL.has(w))) break;
    variants.push(words.slice(cut).join(' '));
  }
  for (const text of variants) {
    const found = PHRASES.find(([, , pattern]) => pattern.test(text));
    if (found) return { kind: found[0], language: found[1] };
  }
  return undefined;
}

function byKeywords(words: string[]): SmallTalk | undefined {
  const found: SmallTalk[] = [];
  for (const word of words) {
    const hit = keyword(word);
    if (hit) found.push(hit);
    else if (!SOCIAL.has(word)) return undefined;
  }
  for (const kind of KEYWORD_KINDS) {
    const hits = found.filter((f) => f.kind === kind);
    if (hits.length > 0)
      return { kind, language: (hits.find((h) => h.language) ?? found.find((f) => f.language))?.language };
  }
  return undefined;
}

/** Every keyword once, in the order kinds are tried, with its letters single: computed once, not per word. */
const KEYWORD_LIST = KEYWORD_KINDS.flatMap((kind) =>
  [...KEYWORDS[kind]].map(([keyword, language]) => ({
    kind,
    keyword,
    language,
    single: singleLetters(keyword),
  })),
);
/** Held-down letters collapsed → the first keyword (in that order) they match. */
const BY_SINGLE_LETTERS = new Map<string, SmallTalk>();
for (const k of KEYWORD_LIST)
  if (!BY_SINGLE_LETTERS.has(k.single))
    BY_SINGLE_LETTERS.set(k.single, { kind: k.kind, language: k.language });
const LONG_KEYWORDS = KEYWORD_LIST.filter((k) => k.keyword.length >= 5);

/** Word → the keyword it is (null: none); every word of a short message is asked, so answers are remembered (bounded). */
const keywordOf = new Map<string, SmallTalk | null>();

/** The keyword a word is, allowing held-down letters ("heey") and, from five letters, one typo. */
function keyword(word: string): SmallTalk | undefined {
  let found = keywordOf.get(word);
  if (found === undefined) {
    if (keywordOf.size >= 10_000) keywordOf.clear();
    found = findKeyword(word) ?? null;
    keywordOf.set(word, found);
  }
  // A copy: callers get their own object, as before.
  return found ? { ...found } : undefined;
}

function findKeyword(word: string): SmallTalk | undefined {
  // A word equal to a keyword has the same single letters, so one lookup covers both.
  const exact = BY_SINGLE_LETTERS.get(singleLetters(word));
  if (exact) return { ...exact };
  if (word.length < 5) return undefined;
  for (const { kind, keyword, language } of LONG_KEYWORDS) {
    if (editDistance(word, keyword, 1) <= 1) return { kind, language };
  }
  return undefined;
}

function singleLetters(word: string): string {
  return word.replace(/(\p{L})\1+/gu, '$1');
}
