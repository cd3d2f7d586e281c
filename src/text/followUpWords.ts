/**
 * Recognises the short follow-ups that only make sense with something in
 * focus: "volgende", "en de vorige?", "meer", "geef een voorbeeld", "next",
 * "an example", "terug naar de lijst". A message is a follow-up only when,
 * besides the keyword, nothing but filler remains.
 */
import { editDistance } from './editDistance';
import { normalizeText } from './normalize';

export type FollowUpKind = 'next' | 'previous' | 'more' | 'example' | 'list';

const KEYWORDS: Record<FollowUpKind, string[]> = {
  next: [
    'volgende',
    'verder',
    'daarna',
    'hierna',
    'next',
    'following',
    'nog een',
    'another one',
    'the next one',
  ],
  previous: ['vorige', 'terug', 'ervoor', 'daarvoor', 'previous', 'prev', 'before', 'go back', 'back'],
  more: [
    'meer',
    'more',
    'uitgebreider',
    'details',
    'detail',
    'ga door',
    'ga verder',
    'go on',
    'continue',
    'elaborate',
    'uitleg',
    'toelichting',
    'verdieping',
  ],
  example: ['voorbeeld', 'voorbeelden', 'bijvoorbeeld', 'example', 'examples', 'instance', 'voorbeeldje'],
  list: [
    'hele lijst',
    'whole list',
    'lijst',
    'overzicht',
    'alle',
    'allemaal',
    'list',
    'overview',
    'all of them',
    'all',
  ],
};

/** Words that may stand around a follow-up keyword without making it a new question. */
const FILLER = new Set(
  `en de het een die dat deze wat is was over nog eens graag even alsjeblieft aub please and the a an one ones
  what about tell me give geef vertel kun kan je jij u mij me mag ik zie show laat zien wil weten want to know
  can you could i would like some er erover hierover daarover dan then of it this that pet kenmerk onderdeel item
  stap punt hat trait characteristic point naar to go ga again weer nog terug back meer more`.split(/\s+/),
);

const ORDER: FollowUpKind[] = ['example', 'next', 'previous', 'list', 'more'];

/** Words in the longest keyword phrase ("all of them"). */
const LONGEST_KEYWORD = Math.max(
  ...Object.values(KEYWORDS).flatMap((list) => list.map((k) => k.split(' ').length)),
);

/** The keyword phrases as words, in the order they are tried: split once, not per message. */
const PHRASES: { kind: FollowUpKind; words: string[] }[] = ORDER.flatMap((kind) =>
  KEYWORDS[kind].map((keyword) => ({ kind, words: keyword.split(' ') })),
);
const KEYWORD_WORDS = [...new Set(PHRASES.flatMap((p) => p.words))];

/** The follow-up the whole message amounts to, if it is one. */
export function recogniseFollowUp(text: string): FollowUpKind | undefined {
  const words = normalizeText(text).split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 9) return undefined;
  // Every word but the keyword's must be filler: more other words than the longest keyword has cannot be
  // a follow-up, and most questions end here without comparing each word with every keyword.
  if (words.filter((w) => !FILLER.has(w)).length > LONGEST_KEYWORD) return undefined;
  const keywords = words.map(keywordsOf);
  for (const { kind, words: phrase } of PHRASES) {
    const rest = without(words, keywords, phrase);
    if (rest && rest.every((w) => FILLER.has(w))) return kind;
  }
  return undefined;
}

/**
 * The words without one occurrence of the keyword phrase (one typo allowed in long words).
 * @param keywords per word, the keyword words it is
 */
function without(words: string[], keywords: ReadonlySet<string>[], phrase: string[]): string[] | undefined {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((p, j) => keywords[i + j]!.has(p)))
      return [...words.slice(0, i), ...words.slice(i + phrase.length)];
  }
  return undefined;
}

/** Word → the keyword words it is (itself, or one typo from a long one); remembered per word (bounded). */
const keywordsByWord = new Map<string, ReadonlySet<string>>();

function keywordsOf(typed: string): ReadonlySet<string> {
  let found = keywordsByWord.get(typed);
  if (found === undefined) {
    if (keywordsByWord.size >= 10_000) keywordsByWord.clear();
    found = new Set(KEYWORD_WORDS.filter((keyword) => same(typed, keyword)));
    keywordsByWord.set(typed, found);
  }
  return found;
}

function same(typed: string, keyword: string): boolean {
  if (typed === keyword) return true;
  return keyword.length >= 6 && editDistance(typed, keyword, 1) <= 1;
}
