import { describe, expect, it } from 'vitest';
import { recogniseFollowUp, type FollowUpKind } from '../../src/text/followUpWords';

describe('recogniseFollowUp', () => {
  it.each<[string, FollowUpKind]>([
    // next
    ['volgende', 'next'],
    ['en de volgende?', 'next'],
    ['De volgende pet graag', 'next'],
    ['verder', 'next'],
    ['ga verder', 'next'],
    ['nog een', 'next'],
    ['next', 'next'],
    ['next one', 'next'],
    ['the next one please', 'next'],
    ['another one', 'next'],
    ['volgnde', 'next'],
    // previous
    ['vorige', 'previous'],
    ['en de vorige?', 'previous'],
    ['terug', 'previous'],
    ['previous one', 'previous'],
    ['go back', 'previous'],
    ['vorge', 'previous'],
    // more
    ['meer', 'more'],
    ['vertel me meer', 'more'],
    ['vertel er eens wat meer over', 'more'],
    ['tell me more', 'more'],
    ['tell me more about it', 'more'],
    ['details', 'more'],
    ['ga door', 'more'],
    ['uitgebreider graag', 'more'],
    // example
    ['voorbeeld', 'example'],
    ['geef eens een voorbeeld', 'example'],
    ['nog een voorbeeld', 'example'],
    ['voorbeelden?', 'example'],
    ['voorbeld', 'example'],
    ['an example please', 'example'],
    ['give me an example', 'example'],
    // list
    ['terug naar de lijst', 'list'],
    ['de hele lijst', 'list'],
    ['overzicht', 'list'],
    ['alle', 'list'],
    ['allemaal', 'list'],
    ['back to the list', 'list'],
    ['show me all of them', 'list'],
  ])('%j → %s', (text, kind) => {
    expect(recogniseFollowUp(text)).toBe(kind);
  });

  it.each([
    // a real question around the keyword
    'wat is de volgende stap om een bedrijf te starten',
    'vertel me meer over de strateeg',
    'geef een voorbeeld van een dienst',
    'alle petten',
    'wat zijn alle kenmerken',
    'meer informatie over vitaal vakmanschap',
    'what is the next step for a social enterprise',
    // no keyword at all
    'wat is sociaal ondernemen',
    'hallo',
    '',
    '?!',
  ])('%j is not a follow-up', (text) => {
    expect(recogniseFollowUp(text)).toBeUndefined();
  });

  it('gives up on long messages even when every word is filler', () => {
    expect(recogniseFollowUp('en wat dan nog eens meer over de volgende')).toBe('next');
    expect(recogniseFollowUp('en wat dan nog eens meer over de volgende dan')).toBeUndefined();
  });

  it('checks example before next, so "nog een voorbeeld" is not "nog een"', () => {
    expect(recogniseFollowUp('nog een')).toBe('next');
    expect(recogniseFollowUp('nog een voorbeeld')).toBe('example');
  });

  // Bug (gap): "meer"/"more" are not filler, so asking for more examples, the most
  // natural way to use the plural keywords "voorbeelden"/"examples", is not recognised.
  it.each([
    ['meer voorbeelden', 'example'],
    ['more examples', 'example'],
  ])('%j → %s', (text, kind) => {
    expect(recogniseFollowUp(text)).toBe(kind);
  });
});
