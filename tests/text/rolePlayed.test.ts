/**
 * A role a thing plays is a figure of speech; a role a person plays is a hat. Playing a role named
 * just before goes with the role.
 */
import { describe, expect, it } from 'vitest';
import { isPlayingOfARole, isRolePlayedByAThing } from '../../src/text/rolePlayed';
import type { Language } from '../../src/text/language';
import { normalizedWords } from '../../src/text/normalize';

/** The words of the text and the place of its first "rol"/"role". */
function roleIn(text: string): [string[], number] {
  const words = [...normalizedWords(text)];
  return [words, words.findIndex((w) => w === 'rol' || w === 'role')];
}

describe('isRolePlayedByAThing', () => {
  it.each<[Language, string, boolean]>([
    ['nl', 'Welke rol speelt kennis bij het kenmerk informatie?', true],
    ['nl', 'welke rol spelen vrijwilligers daarin', true],
    ['en', 'What role does money play in these companies?', true],
    ['en', 'What role is money supposed to play here?', true],
    // a person plays a role: which hat
    ['nl', 'Welke rol speel ik dan?', false],
    ['nl', 'Welke rol speelt u dan?', false],
    ['en', 'Which role am I playing when I pitch to investors?', false],
    ['en', 'what role do we play then', false],
    // no playing at all
    ['nl', 'Welke rol gaat over geld?', false],
    ['en', 'Which role is about money?', false],
  ])('%s "%s" → %s', (language, text, expected) => {
    const [words, at] = roleIn(text);
    expect(isRolePlayedByAThing(words, at, language)).toBe(expected);
  });
});

describe('isPlayingOfARole', () => {
  it.each<[string, string, boolean]>([
    ['Welke rol speel ik dan?', 'speel', true],
    ['welke rollen moet je allemaal spelen', 'spelen', true],
    ['which role am I playing?', 'playing', true],
    ['ze spelen allemaal op safe', 'spelen', false],
    ['we play football on Sundays', 'play', false],
  ])('"%s": %s → %s', (text, verb, expected) => {
    const words = [...normalizedWords(text)];
    expect(isPlayingOfARole(words, words.indexOf(verb))).toBe(expected);
  });
});
