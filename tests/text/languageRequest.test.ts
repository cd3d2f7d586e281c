import { describe, expect, it } from 'vitest';
import { askedLanguage, onlyAsksForLanguage } from '../../src/text/languageRequest';

describe('askedLanguage', () => {
  it.each([
    ['in English please', 'en'],
    ['kan dat in het Engels?', 'en'],
    ['English?', 'en'],
    ['in het Nederlands graag', 'nl'],
    ['can you explain the last one in Dutch', 'nl'],
  ])('%j asks for %s', (text, language) => {
    expect(askedLanguage(text)).toBe(language);
  });

  it.each([
    'Dutch social enterprises, what are they?',
    'wat is sociaal ondernemen',
    'english speaking founders',
    'how many social enterprises are there in NL?',
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
