/**
 * "Welke rol speelt kennis bij het kenmerk informatie?", "What role does money play in these
 * companies?": "rol"/"role" with "spelen"/"play" and a thing for subject is a figure of speech (how
 * much something matters), not a question for one of the roles (hats). A person still plays a role:
 * "welke rol speel ik dan?", "which role am I playing when …?" ask for a hat.
 */
import type { Language } from './language';

const ROLE_NOUNS = new Set(['rol', 'role']);
const ROLE_NOUNS_ANY_NUMBER = new Set([...ROLE_NOUNS, 'rollen', 'roles']);
/** "spelen" after the noun: the subject follows ("welke rol speelt kennis"). */
const PLAYS_NL = new Set(['speel', 'speelt', 'spelen', 'speelde', 'speelden']);
/** The Dutch forms of playing a part, also for context/questionFrame.ts: "een rol spelen", "gespeeld". */
export const DUTCH_PLAY_VERBS: ReadonlySet<string> = new Set([...PLAYS_NL, 'gespeeld']);
/** The auxiliary after the noun, the subject after it, "play" later ("what role does money play"). */
const AUXILIARIES_EN = new Set([
  'does',
  'do',
  'did',
  'is',
  'are',
  'was',
  'should',
  'can',
  'could',
  'will',
  'would',
  'might',
  'must',
]);
const PLAYS_EN = new Set(['play', 'plays', 'played', 'playing']);
/** How far after the subject "play" may come ("what role is money supposed to play"). */
const PLAY_WITHIN = 6;
const PEOPLE: Record<Language, ReadonlySet<string>> = {
  nl: new Set('ik je jij u we wij jullie ze zij hij men'.split(' ')),
  en: new Set('i you we they he she one'.split(' ')),
};

/** Whether the noun at `at` is a role a thing plays: no list's item is asked for. */
export function isRolePlayedByAThing(words: readonly string[], at: number, language: Language): boolean {
  if (!ROLE_NOUNS.has(words[at] ?? '')) return false;
  const verb = words[at + 1] ?? '';
  const subject = words[at + 2];
  if (subject === undefined || PEOPLE[language].has(subject)) return false;
  if (language === 'nl') return PLAYS_NL.has(verb);
  return AUXILIARIES_EN.has(verb) && words.slice(at + 3, at + 3 + PLAY_WITHIN).some((w) => PLAYS_EN.has(w));
}

/** How far before "spelen"/"play" the role may be named ("welke rol moet ik dan eigenlijk spelen"). */
const ROLE_WITHIN = 6;
const PLAY_VERBS = new Set([...DUTCH_PLAY_VERBS, ...PLAYS_EN]);

/**
 * Whether the word at `at` is the verb of playing a role named just before ("welke rol speel ik
 * dan?", "which role am I playing?"): it goes with the role, and tells no role apart from another.
 */
export function isPlayingOfARole(words: readonly string[], at: number): boolean {
  return (
    PLAY_VERBS.has(words[at] ?? '') &&
    words.slice(Math.max(0, at - ROLE_WITHIN), at).some((w) => ROLE_NOUNS_ANY_NUMBER.has(w))
  );
}
