import { describe, expect, it } from 'vitest';
import { withFields } from '../../src/text/withFields';

describe('withFields', () => {
  it('adds the fields after the base fields, as { ...base, ...fields } does', () => {
    const base = { kind: 'answer', text: 'x', entryId: 'e' };
    const copy = withFields(base, { feedback: true });
    expect(copy).toEqual({ ...base, feedback: true });
    expect(Object.keys(copy)).toEqual(['kind', 'text', 'entryId', 'feedback']);
    expect(JSON.stringify(copy)).toBe(JSON.stringify({ ...base, feedback: true }));
  });

  it('keeps a field the base has in its place, with the new value', () => {
    const copy = withFields({ a: 1, b: 2, c: 3 }, { b: 9, d: 4 });
    expect(Object.entries(copy)).toEqual([
      ['a', 1],
      ['b', 9],
      ['c', 3],
      ['d', 4],
    ]);
  });

  it('copies: the base stays as it was, also when it is frozen', () => {
    const base = Object.freeze({ word: 'pet', stem: 'pet' });
    const copy = withFields(base, { context: true });
    expect(copy).not.toBe(base);
    expect(base).toEqual({ word: 'pet', stem: 'pet' });
    expect(Object.isFrozen(copy)).toBe(false);
  });

  it('keeps a field given as undefined, as the spread does', () => {
    const copy = withFields({ a: 1 }, { b: undefined });
    expect(Object.keys(copy)).toEqual(['a', 'b']);
  });
});
