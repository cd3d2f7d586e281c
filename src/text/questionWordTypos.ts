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

/** The text with the question words above spelt right, in the case they were typed in. */
export function withQuestionWordsSpelt(text: string): string {
  return text.replace(WORD, (word) => {
    const right = TYPOS.get(word.toLowerCase());
    if (right === undefined) return word;
    return word[0] === word[0]!.toUpperCase() ? right[0]!.toUpperCase() + right.slice(1) : right;
  });
}
