/**
 * Question words mistyped ("wich", "wlke") are spelt right before the message is read, in the case
 * they were typed in; other words are left as they are.
 */
import { describe, expect, it } from 'vitest';
import { withQuestionWordsSpelt } from '../../src/text/questionWordTypos';

describe('withQuestionWordsSpelt', () => {
  it.each([
    [
      'im more of a doer then a thinker, wich trait is that',
      'im more of a doer then a thinker, which trait is that',
    ],
    ['Whcih hat is about selling?', 'Which hat is about selling?'],
    ['wlke pet let er op de finacien', 'welke pet let er op de finacien'],
    // in capitals, and after a letter that lower-cases to two (the quick look reads the whole text in lower case)
    ['WLEKE pet', 'Welke pet'],
    ['İstanbul: wich hat?', 'İstanbul: which hat?'],
  ])('%j → %j', (typed, spelt) => {
    expect(withQuestionWordsSpelt(typed)).toBe(spelt);
  });

  it('leaves other words, and the question words inside other words, alone', () => {
    const text = 'sandwich welkom wichtig, which hat?';
    expect(withQuestionWordsSpelt(text)).toBe(text);
  });

  it('returns a text without any of the typos as it is', () => {
    const text = 'Wat is een sociaal ondernemer?';
    expect(withQuestionWordsSpelt(text)).toBe(text);
  });
});
