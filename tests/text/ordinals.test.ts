import { describe, expect, it } from 'vitest';
import { findOrdinal, middlePair, resolvePosition, type Position } from '../../src/text/ordinals';

const start = (value: number): Position => ({ from: 'start', value });
const end = (value: number): Position => ({ from: 'end', value });
/** What a knowledge base might call its lists' items (knowledge/*.yaml: itemNouns, itemNouns_en). */
const NOUNS = new Set(['pet', 'kenmerk', 'hat']);

describe('findOrdinal', () => {
  it.each<[string, Position, string[]]>([
    // Dutch ordinal words
    ['de eerste', start(1), ['de']],
    ['tweede', start(2), []],
    ['en de derde?', start(3), ['en', 'de']],
    ['vierde', start(4), []],
    ['vijfde', start(5), []],
    ['zesde', start(6), []],
    ['zevende', start(7), []],
    ['achtste', start(8), []],
    ['negende', start(9), []],
    ['de allereerste', start(1), ['de']],
    ['wat is de vierde pet?', start(4), ['wat', 'is', 'de', 'pet']],
    // from the end
    ['de laatste', end(1), ['de']],
    ['voorlaatste', end(2), []],
    ['de allerlaatste', end(1), ['de']],
    ['op een na laatste', end(2), []],
    ['De op één na laatste pet', end(2), ['de', 'pet']],
    // numbered
    ['3e', start(3), []],
    ['2de', start(2), []],
    ['1ste', start(1), []],
    ['het 2e kenmerk', start(2), ['het', 'kenmerk']],
    ['nummer 4', start(4), []],
    ['nr. 2', start(2), []],
    ['#5', start(5), []],
    ['en 7?', start(7), ['en']],
    ['pet 3', start(3), ['pet']],
    ['kenmerk vijf', start(5), ['kenmerk']],
    ['pet nummer drie', start(3), ['pet']],
    ['nummer een', start(1), []],
    // numbers beyond every list after a marker, so they are out of range (visitors-dp)
    ['nummer twaalf', start(12), []],
    ['number eleven', start(11), []],
    ['5 van de kenmerken', start(5), ['van', 'de', 'kenmerken']],
    // English
    ['third', start(3), []],
    ['the sixth hat', start(6), ['the', 'hat']],
    ['the last one', end(1), ['the', 'one']],
    ['second last', end(2), []],
    ['the second to last one', end(2), ['the', 'one']],
    ['one but last', end(2), []],
    ['number 4', start(4), []],
    ['hat number three', start(3), ['hat']],
    ['3rd', start(3), []],
    ['12th', start(12), []],
    ['3 of the hats', start(3), ['of', 'the', 'hats']],
    // counted back from the end
    ['third hat from the end?', end(3), ['hat']],
    ['de tweede pet van achteren', end(2), ['de', 'pet']],
    ['het derde van het einde', end(3), ['het']],
    ['the 2nd from last', end(2), ['the']],
    ['the 2nd to last', end(2), ['the']],
    ['third to last pls', end(3), ['pls']],
    // one typo in an ordinal word
    ['twede', start(2), []],
    ['de vierd', start(4), ['de']],
    ['negnde', start(9), []],
    // … and in the long words for the last one (visitors-df: "de laatse" matched an entry on "laat")
    ['de laatse', end(1), ['de']],
    // the marker typed against its number (visitors-dg)
    ['nr2', start(2), []],
    ['de voorlaaste', end(2), ['de']],
  ])('%j → %o', (text, position, rest) => {
    expect(findOrdinal(text, NOUNS)).toMatchObject({ position, rest });
  });

  it("reads a number after what the knowledge calls a list's items, and after a word for any item", () => {
    expect(findOrdinal('fase 2', new Set(['fase']))).toMatchObject({ position: start(2), rest: ['fase'] });
    expect(findOrdinal('fase drie', new Set(['fase']))).toMatchObject({ position: start(3) });
    expect(findOrdinal('punt 3')).toMatchObject({ position: start(3), rest: ['punt'] });
    expect(findOrdinal('onderdeel vier')).toMatchObject({ position: start(4) });
  });

  it('reads a bare number before one item ("de 8 pet"), not before many ("de 9 petten")', () => {
    expect(findOrdinal('wat is de 8 pet', NOUNS)).toMatchObject({ position: start(8), next: 'pet' });
    expect(findOrdinal('de 8 pet van de negen', NOUNS)).toMatchObject({ position: start(8) });
    expect(findOrdinal('de 9 petten', NOUNS)).toBeUndefined();
    expect(findOrdinal('ik heb 3 pet', NOUNS)).toBeUndefined();
  });

  it('reads "de middelste" and "the middle one", not "middle" in other words', () => {
    expect(findOrdinal('de middelste pet', NOUNS)).toMatchObject({ position: { from: 'middle' } });
    expect(findOrdinal('middelste van de negen petten', NOUNS)).toMatchObject({
      position: { from: 'middle' },
    });
    expect(findOrdinal('the middle one', NOUNS)).toMatchObject({ position: { from: 'middle' } });
    expect(findOrdinal('the middle hat', new Set(['hat']))).toMatchObject({ position: { from: 'middle' } });
    expect(findOrdinal('in the middle of a project', NOUNS)).toBeUndefined();
  });

  it('takes "laatst" (lately) for no typo of "laatste"', () => {
    expect(findOrdinal('ik las laatst over de petten', NOUNS)).toBeUndefined();
  });

  it('reads "een" after an item noun as an article when a word follows it (visitors-dp), as a number when not', () => {
    const nouns = new Set(['pet', 'rollen']);
    expect(
      findOrdinal('welke rollen een maatschappelijk ondernemer afwisselend aanneemt', nouns),
    ).toBeUndefined();
    expect(findOrdinal('pet een', nouns)?.position).toEqual(start(1));
  });

  it('takes no word for an item noun unless the knowledge says so', () => {
    expect(findOrdinal('pet drie')).toBeUndefined();
    expect(findOrdinal('fase 2 is lastig', NOUNS)).toBeUndefined();
  });

  it.each([
    'de negen petten',
    'Wat zijn de negen petten?',
    'twee kenmerken',
    'de 5 kenmerken',
    '9 petten',
    'wat moet ik eerst doen',
    'vijf algemene kenmerken van diensten',
    'the nine hats',
    'pet 100',
    'Wat is sociaal ondernemen?',
    // a word one slip from an ordinal ("elfde", "vierde") is not one
    'hoe ga ik om met concurrenten die het zelfde doen',
    'we vierden het jubileum niet',
    '',
  ])('%j holds no ordinal', (text) => {
    expect(findOrdinal(text, NOUNS)).toBeUndefined();
  });

  // Bug: the comment on fuzzyOrdinal says words of four letters or less must be exact,
  // but the length check is `< 4`, so four-letter words are fuzzy-matched too: "fist"
  // is read as "first" (the NOT_ORDINALS exception "tent" papers over one such case).
  it('reads a four-letter word only when it is spelt exactly (not "fist" as "first")', () => {
    expect(findOrdinal('the fist one')).toBeUndefined();
  });

  // "first" and "last" as adverbs ask for no item of a list (visitors-k: a beginner's hat "first").
  it.each([
    'which trait is about always taking the steps needed, doing comes first?',
    'first of all, what is a social entrepreneur',
    'at last a clear answer',
    'ten eerste wil ik weten wat een dienst is',
    'Which hat should a beginner focus on first?',
    'What should I do first as a starting social entrepreneur?',
    'which trait says that doing comes first and you take the steps needed?',
    'what did you add last',
  ])('%j holds no ordinal ("first" and "last" as adverbs)', (text) => {
    expect(findOrdinal(text, NOUNS)).toBeUndefined();
  });

  // "dat laatste" after what the visitor said is "the latter" (visitors-cq: it showed the last trait).
  it('"dat laatste" after a story holds no ordinal', () => {
    const text =
      'Ik heb wel een droom, maar nog geen stip op de horizon. Is dat laatste echt een eigenschap?';
    expect(findOrdinal(text, NOUNS)).toBeUndefined();
  });

  it.each<[string, Position]>([
    ['en dat laatste?', end(1)],
    ['ik wil weten wat dat laatste kenmerk inhoudt', end(1)],
  ])('%j still holds an ordinal (opening the message, or before an item noun)', (text, position) => {
    expect(findOrdinal(text, NOUNS)?.position).toEqual(position);
  });

  it.each<[string, Position]>([
    ['and the first?', start(1)],
    ['and last?', end(1)],
    ['which hat is first', start(1)],
    ['first?', start(1)],
    ['tell me about the last one', end(1)],
    ['first hat', start(1)],
  ])('%j still holds an ordinal', (text, position) => {
    expect(findOrdinal(text, NOUNS)).toMatchObject({ position });
  });

  it.each<[string, Position]>([
    ['what is the first one', start(1)],
    ['en de laatste?', end(1)],
  ])('%j still holds an ordinal, without item nouns', (text, position) => {
    expect(findOrdinal(text)?.position).toEqual(position);
  });

  // The word tables were plain objects: "constructor" found Object's constructor and became an ordinal.
  it.each(['wat is de constructor', 'valueof', 'pet constructor', 'nummer tostring'])(
    '%j holds no ordinal (names of Object.prototype are no words of the tables)',
    (text) => {
      expect(findOrdinal(text)).toBeUndefined();
    },
  );
});

describe('resolvePosition', () => {
  it.each<[Position, number, number | undefined]>([
    [start(1), 9, 1],
    [start(3), 9, 3],
    [start(9), 9, 9],
    [end(1), 9, 9],
    [end(2), 9, 8],
    [end(2), 6, 5],
    [end(1), 1, 1],
    // outside the list
    [start(10), 9, undefined],
    [start(7), 6, undefined],
    [start(0), 9, undefined],
    [end(7), 6, undefined],
    [end(1), 0, undefined],
    // the middle of an odd list; an even one has two (middlePair)
    [{ from: 'middle' }, 9, 5],
    [{ from: 'middle' }, 5, 3],
    [{ from: 'middle' }, 1, 1],
    [{ from: 'middle' }, 6, undefined],
  ])('%o in a list of %i → %s', (position, length, expected) => {
    expect(resolvePosition(position, length)).toBe(expected);
  });

  it('names the two middle positions of an even list', () => {
    expect(middlePair(6)).toEqual([3, 4]);
    expect(middlePair(2)).toEqual([1, 2]);
    expect(middlePair(5)).toBeUndefined();
    expect(middlePair(0)).toBeUndefined();
  });
});

describe('findOrdinal: the word after the ordinal', () => {
  it.each([
    ['de tweede pet', 'pet'],
    ['het tweede jaar van de opleiding', 'jaar'],
    ['the second one', 'one'],
  ])('"%s" → next "%s"', (text, next) => {
    expect(findOrdinal(text)?.next).toBe(next);
  });

  it('has no next word when the ordinal ends the text', () => {
    expect(findOrdinal('en de derde?')?.next).toBeUndefined();
  });
});
