/**
 * "wich hat is about …", "wlke pet let op de financiën": the word that makes a message a question
 * for one item, mistyped. The spelling corrector only corrects to the knowledge's own words, which
 * question words are not, so "wich" stayed an unknown word: the item question went unseen and the
 * unknown word weighed the answer down to a fallback (visitors-dh, -cv, -bd). Only typos no other
 * word is spelt as, seen in the development sets or one transposition from them.
 */
const TYPOS: ReadonlyMap<string, string> = new Map([
  ['wich', 'which'],
  ['whcih', 'which'],
  ['whihc', 'which'],
  ['wihch', 'which'],
  ['wlke', 'welke'],
  ['wleke', 'welke'],
  ['welek', 'welke'],
]);

const WORD = /\p{L}+/gu;

/** The typos as an array, for the look that most messages end with (see withQuestionWordsSpelt). */
const TYPO_WORDS = [...TYPOS.keys()];

/** The text with the question words above spelt right, in the case they were typed in. */
export function withQuestionWordsSpelt(text: string): string {
  // Most messages hold none of the typos anywhere: seen with a few searches of the text in lower case,
  // instead of a call and two strings per word (1.4 % of respond()'s CPU samples on the bench
  // questions, 2026-12-07). A word that lower-cases to a typo makes the whole text hold it: the typos'
  // letters lower-case the same wherever they stand.
  const lower = text.toLowerCase();
  if (!TYPO_WORDS.some((typo) => lower.includes(typo))) return text;
  return text.replace(WORD, (word) => {
    const right = TYPOS.get(word.toLowerCase());
    if (right === undefined) return word;
    return word[0] === word[0]!.toUpperCase() ? right[0]!.toUpperCase() + right.slice(1) : right;
  });
}
