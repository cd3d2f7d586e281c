/**
 * Recognises small talk in a normalised message. A message is small talk when
 * every word of it belongs to small talk:
 * - phrases of two words or more ("wie ben jij", "wat kan ik vragen",
 *   "are you a bot or a real person", "wat een handige chatbot");
 * - single keywords ("hoi", "bedankt", "doei", "awesome", "ok");
 * - social filler around them ("hallo daar", "thanks a lot", "fijne avond nog").
 * Several may follow each other ("hoe werkt dit, wat kan ik vragen", "ok, doei");
 * the kind that says most wins (SMALL_TALK_KINDS). A message with any other
 * word ("hoi, wat kost een training?") is not small talk: the rest of the bot
 * must look at it.
 */
import { editDistance } from './editDistance';
import type { Language } from './language';
import {
  HEDGES,
  INTENSIFYING_PREFIXES,
  KEYWORD_KINDS,
  KEYWORDS,
  PRAISE,
  PRAISED,
  SMALL_TALK_KINDS,
  SOCIAL,
  type SmallTalkKind,
} from './smallTalkLexicon';
import { PHRASES } from './smallTalkPhrases';
import { memoize } from './memoize';
import { withFields } from './withFields';

export interface SmallTalk {
  kind: SmallTalkKind;
  /** Undefined when the words are used in both languages ("ok", "hey"). */
  language: Language | undefined;
}

/** Words as typed, and left once hedges are dropped: more is a question, or a story. */
const MAX_TYPED = 14;
const MAX_WORDS = 10;

/** A compliment starting with these is a question about the bot ("is deze bot handig?"), not praise. */
const QUESTION_VERBS = new Set(['is', 'ben', 'bent', 'zijn', 'are', 'was', 'were']);

/** What the recogniser asks about each word: spellSmallTalk and isSmallTalkWord, remembered somewhere. */
export interface SmallTalkWords {
  spelled(word: string): string;
  isSmallTalkWord(word: string): boolean;
}

/** This module's own memories of both (bounded). */
const OWN_MEMORY: SmallTalkWords = {
  spelled: (word) => spelled(word),
  isSmallTalkWord: (word) => isSmallTalkWord(word),
};

/**
 * @param memory where each word's answers are kept: the caller's (which may hold more of a word's
 *   facts, see matching/wordMemory.ts), this module's own otherwise
 */
export function recogniseSmallTalk(
  normalized: string,
  memory: SmallTalkWords = OWN_MEMORY,
): SmallTalk | undefined {
  const typed = collapse(normalized).split(' ').filter(Boolean);
  if (typed.length === 0 || typed.length > MAX_TYPED) return undefined;
  const words: string[] = [];
  for (const typedWord of typed) {
    const word = memory.spelled(typedWord);
    if (HEDGES.has(word)) continue;
    // Most questions stop at their first topic word: the words after it need no spelling look-up.
    if (!memory.isSmallTalkWord(word)) return undefined;
    words.push(word);
  }
  if (words.length === 0 || words.length > MAX_WORDS) return undefined;
  const parts = cover(words, 0, new Set());
  return parts && decide(parts, words);
}

/** A word of a phrase, a keyword or social filler: a message of such words (and hedges) may be small talk. */
export function isSmallTalkWord(word: string): boolean {
  return SOCIAL.has(word) || PHRASE_WORDS.has(word) || keywordOf(word) !== undefined;
}

/** "hallooo" = "hallo": a letter held down says nothing (two in a row can be spelling: "mee"). */
function collapse(text: string): string {
  return text.replace(/(\p{L})\1{2,}/gu, '$1');
}

/** What a stretch of the message is: small talk of a kind, or filler (no kind); `word` when it is one word. */
type Part = { kind?: SmallTalkKind; language?: Language; word?: string };

/**
 * The message as phrases, keywords and filler, from word `start` on; the
 * longest phrase first. A single word is a phrase only when it is the whole
 * message: in "bedankt voor de hulp" the "hulp" is filler, not a request for help.
 */
function cover(words: string[], start: number, failed: Set<number>): Part[] | undefined {
  if (start === words.length) return [];
  if (failed.has(start)) return undefined;
  const shortest = words.length === 1 ? 1 : 2;
  for (let end = words.length; end - start >= shortest; end--) {
    const found = phrase(words.slice(start, end).join(' '));
    const rest = found && cover(words, end, failed);
    if (found && rest) return [found, ...rest];
  }
  const word = words[start]!;
  const found = keyword(word) ?? (SOCIAL.has(word) ? {} : undefined);
  const part = found && withFields(found, { word });
  const rest = part && cover(words, start + 1, failed);
  if (part && rest) return [part, ...rest];
  failed.add(start);
  return undefined;
}

function phrase(text: string): Part | undefined {
  const found = PHRASES.find(([, , pattern]) => pattern.test(text));
  return found && { kind: found[0], language: found[1] };
}

function decide(parts: Part[], words: string[]): SmallTalk | undefined {
  const said = parts.filter((p) => p.kind);
  // "top bot", "nice bot, very helpful": praise for the bot or its answers is a compliment.
  const alone = (list: ReadonlySet<string>) => parts.some((p) => p.word && list.has(p.word));
  if (alone(PRAISE) && alone(PRAISED)) said.push({ kind: 'compliment' });
  const kind = SMALL_TALK_KINDS.find((k) => said.some((p) => p.kind === k));
  if (!kind || (kind === 'compliment' && QUESTION_VERBS.has(words[0]!))) return undefined;
  const language = (said.find((p) => p.kind === kind && p.language) ?? said.find((p) => p.language))
    ?.language;
  return { kind, language };
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
/** A keyword alone makes a message small talk, so only long ones allow a typo ("smart" is not "start"). */
const LONG_KEYWORDS = KEYWORD_LIST.filter((k) => k.keyword.length >= 6);

/** Word → the keyword it is, if any; every word of a short message is asked, so answers are remembered (bounded). */
const keywordOf = memoize(10_000, findKeyword);

/** The keyword a word is, allowing held-down letters ("heey") and, for long keywords, one typo. */
function keyword(word: string): SmallTalk | undefined {
  const found = keywordOf(word);
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

/** Every word the phrases use: a message with a word outside them, the keywords and filler is not small talk. */
const PHRASE_WORDS = new Set(PHRASES.flatMap(([, , pattern]) => pattern.source.match(/\p{L}+/gu) ?? []));
/**
 * Words of the phrases of five letters or more, which a typo of one letter still finds. Not the
 * filler: "ballen" is not "allen", and "bedankt, en de ballen?" is a question.
 */
const LONG_WORDS = [...new Set([...PHRASE_WORDS, ...HEDGES])].filter((w) => w.length >= 5 && !keyword(w));

/**
 * Word → the small-talk word it is meant to be: "computr" → "computer", "eigelijk" → "eigenlijk";
 * keywords have their own tolerance (keyword()). Every word of a short message is asked, so answers
 * are remembered (bounded).
 */
const spelled = memoize(10_000, spellSmallTalk);

/** The small-talk word the word is meant to be (the word itself when none). */
export function spellSmallTalk(word: string): string {
  if (known(word) || keyword(word)) return word;
  // "youu", "soo": a letter doubled that the word does not have.
  const single = singleLetters(word);
  if (known(single)) return single;
  // "superhandige", "megabedankt": the keyword without the prefix that only makes it stronger.
  const prefix = INTENSIFYING_PREFIXES.find((p) => word.startsWith(p) && word.length > p.length + 2);
  if (prefix && keyword(word.slice(prefix.length))) return spelled(word.slice(prefix.length));
  if (word.length < 5) return word;
  return LONG_WORDS.find((w) => editDistance(word, w, 1) <= 1) ?? word;
}

function known(word: string): boolean {
  return PHRASE_WORDS.has(word) || SOCIAL.has(word) || HEDGES.has(word);
}
