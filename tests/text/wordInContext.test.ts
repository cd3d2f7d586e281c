import { describe, expect, it } from 'vitest';
import { readingInContext } from '../../src/text/wordInContext';
import { normalizedWords } from '../../src/text/normalize';

/** How the word at `at` of the normalised text is read. */
const readAt = (text: string, word: string) => {
  const words = normalizedWords(text);
  return readingInContext(words, words.indexOf(word));
};

describe('readingInContext: "maakt … uit"', () => {
  it.each([
    'maakt dat eigenlijk uit?',
    'Maakt het nou echt uit of ik een stichting ben?',
    'maakt het voor ons iets uit',
  ])('%j asks whether it makes a difference', (text) => {
    expect(
      readAt(
        text,
        normalizedWords(text).find((w) => w.startsWith('ma'))!,
      ),
    ).toBe('verschil');
  });

  it.each([
    'wat maakt een ondernemer sociaal?',
    'hoe maak je een plan uit de praktijk',
    'wat maakt dat jullie anders zijn dan een uitzendbureau?',
  ])('%j makes something: the verb stays', (text) => {
    const verb = normalizedWords(text).find((w) => w.startsWith('maak'))!;
    expect(readAt(text, verb)).toBe(verb);
  });
});
