import { describe, expect, it } from 'vitest';
import { relativeStep, type RelativeStep } from '../../src/text/relativeStep';

/** What a knowledge base might call its lists' items (knowledge/*.yaml: itemNouns, itemNouns_en). */
const NOUNS = new Set(['pet', 'kenmerk', 'hat', 'trait']);

describe('relativeStep', () => {
  it.each<[string, RelativeStep]>([
    ["what's the hat after the coordinator?", { direction: 'next', named: 'coordinator' }],
    ['welke pet komt na de strateeg?', { direction: 'next', named: 'strateeg' }],
    ['wat komt er direct na de verkenner', { direction: 'next', named: 'verkenner' }],
    ['welke pet volgt op de verkenner', { direction: 'next', named: 'verkenner' }],
    // the relative pronoun counts the step: "de pet die na …"
    ['En de pet die na de coördinator komt?', { direction: 'next', named: 'coordinator komt' }],
    ['which one comes after vision?', { direction: 'next', named: 'vision' }],
    ['wat komt er voor de schatbewaarder', { direction: 'previous', named: 'schatbewaarder' }],
    ['the trait before independence', { direction: 'previous', named: 'independence' }],
  ])('%j → %o', (text, step) => {
    expect(relativeStep(text, NOUNS)).toEqual(step);
  });

  it.each([
    // Dutch "voor" after an item noun is "for": the trait for cooperation, not the one before it
    'het kenmerk voor samenwerking',
    'wat is goed voor de klant',
    // nothing counted before the step
    'what happens after the diagnosis',
    'waarom is een dienst na levering weg',
    // too long to be a step
    'ik wil graag weten welke pet er komt na de strateeg omdat ik daar een presentatie over moet geven',
  ])('%j asks for no step from a named item', (text) => {
    expect(relativeStep(text, NOUNS)).toBeUndefined();
  });
});
