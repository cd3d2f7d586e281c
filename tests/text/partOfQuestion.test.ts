import { describe, expect, it } from 'vitest';
import { asksWhatItIsPartOf } from '../../src/text/partOfQuestion';
import { normalizeText } from '../../src/text/normalize';

describe('asksWhatItIsPartOf', () => {
  it.each([
    'Waar hoort dit eigenlijk bij, wat is het grotere verhaal?',
    'wat is het grotere verhaal waar die twee bij horen?',
    'waar maakt dit deel van uit?',
    'onderdeel van wat?',
    'What is this part of?',
    "what's the bigger picture here?",
    'where does that fit in?',
    'en het hele stuk waar dat onder valt?',
    'r these part of some bigger idea?',
    'is dat deel van een groter verhaal?',
    'is da deel van een groter rijtje? toon ze maar allemaal',
    'is this part of a bigger list?',
  ])('reads %j as asking for the whole', (text) => {
    expect(asksWhatItIsPartOf(normalizeText(text))).toBe(true);
  });

  it.each([
    'Hoort kwetsbaarheid bij de eigenschappen?',
    'Wat is een onderdeel van de dienst?',
    'Is networking part of what typifies founders like that?',
    'Waar hoort een sociaal ondernemer op te letten?',
    'Wat betekent dat hele verhaal over hulp en spullen voor ons?',
  ])('does not read %j as asking for the whole', (text) => {
    expect(asksWhatItIsPartOf(normalizeText(text))).toBe(false);
  });
});
