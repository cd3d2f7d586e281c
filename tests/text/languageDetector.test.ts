import { describe, expect, it } from 'vitest';
import { LanguageDetector } from '../../src/text/languageDetector';
import type { Language } from '../../src/text/language';

// Function words weigh 3, other stopwords (question frames) 2, the knowledge base's own words 1.
const detector = new LanguageDetector({
  nl: new Set(['strateeg', 'petten', 'pet', 'partner']),
  en: new Set(['strategist', 'hats', 'hat', 'partner']),
});

describe('LanguageDetector', () => {
  it.each<[string, Language | undefined]>([
    ['Wat is de strateeg?', 'nl'],
    ['What is the strategist?', 'en'],
    ['Wat zijn de negen petten van de sociaal ondernemer?', 'nl'],
    ['What are the nine hats of the social entrepreneur?', 'en'],
    // vocabulary alone
    ['strateeg', 'nl'],
    ['strategist', 'en'],
    ['petten', 'nl'],
    // one function word outweighs two vocabulary words, not four
    ['de strategist strategist', 'nl'],
    ['de strategist strategist strategist strategist', 'en'],
    // a frame word weighs two vocabulary words
    ['betekent strategist', 'nl'],
    ['betekent strategist strategist', undefined],
    // nothing tells
    ['partner', undefined],
    ['hat pet', undefined],
    ['Quanta NpM', undefined],
    ['', undefined],
    ['?!', undefined],
  ])('%j → %s', (text, language) => {
    expect(detector.detect(text)).toBe(language);
  });

  it('does not count a word the two languages share', () => {
    // "is" and "in" are function words in both languages
    expect(detector.detect('is in')).toBeUndefined();
    expect(detector.detect('is in strateeg')).toBe('nl');
  });
});
