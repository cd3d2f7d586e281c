import { describe, expect, it } from 'vitest';
import { askedLanguage, onlyAsksForLanguage, withoutLanguageRequests } from '../../src/text/languageRequest';

describe('askedLanguage', () => {
  it.each([
    ['in English please', 'en'],
    ['kan dat in het Engels?', 'en'],
    ['English?', 'en'],
    ['in het Nederlands graag', 'nl'],
    ['can you explain the last one in Dutch', 'nl'],
    // switching language (visitors-cu)
    ['Sorry, ik schakel even naar het Nederlands.', 'nl'],
    ['can we switch to English?', 'en'],
  ])('%j asks for %s', (text, language) => {
    expect(askedLanguage(text)).toBe(language);
  });

  it.each([
    'Dutch social enterprises, what are they?',
    'wat is sociaal ondernemen',
    'english speaking founders',
    'how many social enterprises are there in NL?',
    'what makes a social entrepreneur according to Dutch consultancies?',
  ])('%j names no language to answer in', (text) => {
    expect(askedLanguage(text)).toBeUndefined();
  });
});

describe('onlyAsksForLanguage', () => {
  it.each([
    ['in English please', 'en'],
    ['can you explain that one in English?', 'en'],
    ["sorry, my Dutch isn't great. can you explain that one in English?", 'en'],
    ['kan dat ook in het Nederlands?', 'nl'],
    ['Sorry, ik schakel even naar het Nederlands.', 'nl'],
    // going back to a language (visitors-cy)
    ['back to English please', 'en'],
    ['terug naar het Nederlands', 'nl'],
    // opened with "en" (visitors-dg)
    ['en in het engels?', 'en'],
  ])('%j asks only for the language', (text, language) => {
    expect(onlyAsksForLanguage(text)).toBe(language);
  });

  it.each([
    'can you explain the last one in English?',
    'what is social entrepreneurship in English?',
    'Wat zijn de petten? In het Engels graag',
  ])('%j asks something more', (text) => {
    expect(onlyAsksForLanguage(text)).toBeUndefined();
  });
});

describe('withoutLanguageRequests', () => {
  it('drops a sentence that only asks for the language when another sentence asks something', () => {
    expect(
      withoutLanguageRequests(
        'Sorry, could you continue in English? What kind of traits does such an entrepreneur need?',
      ),
    ).toBe('What kind of traits does such an entrepreneur need?');
  });

  it.each([
    'in English please',
    'What are the hats? And the traits?',
    'Wat zijn de petten? Wat is een strateeg?',
  ])('%j stays whole: nothing to drop, or nothing left', (text) => {
    expect(withoutLanguageRequests(text)).toBe(text);
  });
});
