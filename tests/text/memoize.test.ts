import { describe, expect, it, vi } from 'vitest';
import { memoize } from '../../src/text/memoize';

describe('memoize', () => {
  it('computes a key once and answers it from memory after that', () => {
    const compute = vi.fn((word: string) => word.toUpperCase());
    const upper = memoize(10, compute);
    expect([upper('pet'), upper('pet'), upper('hoed')]).toEqual(['PET', 'PET', 'HOED']);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('remembers undefined too ("no correction" is an answer)', () => {
    const compute = vi.fn((): number | undefined => undefined);
    const nothing = memoize(10, compute);
    nothing('xyz');
    expect(nothing('xyz')).toBeUndefined();
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('forgets a key not asked since the memory filled, and keeps those asked again', () => {
    const compute = vi.fn((word: string) => word.length);
    const length = memoize(2, compute);
    length('a');
    length('bb');
    length('a'); // "a" is now the more recently asked
    length('ccc'); // full: "bb" goes
    compute.mockClear();
    length('a');
    length('ccc');
    expect(compute).not.toHaveBeenCalled();
    length('bb');
    expect(compute).toHaveBeenCalledWith('bb');
  });

  it('holds at most `max` keys, whatever is asked', () => {
    const compute = vi.fn((word: string) => word);
    const same = memoize(4, compute);
    for (let i = 0; i < 100; i++) same(`w${i}`);
    compute.mockClear();
    for (let i = 0; i < 100; i++) same(`w${i}`);
    // Of the last keys asked, at most four were still remembered.
    expect(compute.mock.calls.length).toBeGreaterThanOrEqual(96);
  });
});
