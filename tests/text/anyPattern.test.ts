import { describe, expect, it } from 'vitest';
import { anyOf } from '../../src/text/anyPattern';

const PATTERNS = [
  /^hoe (lang|oud)\b/,
  /\bzonder (een )?afspraak\b/,
  /^hoeveel\b(?! (hangt|telt)\b)/,
  /\bvaakst$/,
];

describe('anyOf', () => {
  it.each([
    'hoe lang duurt het',
    'wat is hoe lang',
    'kan ik zonder afspraak langskomen',
    'kan ik zonderafspraak komen',
    'hoeveel kost het',
    'hoeveel hangt af van de klant',
    'welke pet zet ik het vaakst op',
    'het vaakst gebruikt',
    '',
  ])('answers %j as any of the patterns does', (text) => {
    expect(anyOf(PATTERNS).test(text)).toBe(PATTERNS.some((pattern) => pattern.test(text)));
  });

  it('refuses patterns whose meaning an alternation would change: flags, back-references', () => {
    expect(() => anyOf([/abc/i])).toThrow(/flags/);
    expect(() => anyOf([/(a)\1/])).toThrow(/back-references/);
    expect(() => anyOf([/(?<x>a)\k<x>/])).toThrow(/back-references/);
  });
});
