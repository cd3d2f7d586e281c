import { describe, expect, it } from 'vitest';
import { keepListNumbers } from '../../src/conversation/listNumbers';

describe('keepListNumbers', () => {
  it('leaves text and lists numbered 1, 2, 3 as they are', () => {
    const text = 'Intro:\n\n1. Strateeg | a\n2. Verkenner | b\n3. Verkoper | c\n\nSlot.';
    expect(keepListNumbers(text)).toBe(text);
    expect(keepListNumbers('Geen lijst.\n\n- een\n- twee')).toBe('Geen lijst.\n\n- een\n- twee');
  });

  it('writes a list that starts elsewhere as numbered lines the renderer cannot renumber', () => {
    expect(keepListNumbers('Verder:\n\n3. Verkoper | c\n4. Relatiebeheerder | d\n\nSlot.')).toBe(
      'Verder:\n\n3\\. Verkoper | c\\\n4\\. Relatiebeheerder | d\n\nSlot.',
    );
  });

  it('does the same for a list that skips a number, and for a lone number that would start a list', () => {
    expect(keepListNumbers('1. a\n3. c')).toBe('1\\. a\\\n3\\. c');
    expect(keepListNumbers('2019) Het jaar')).toBe('2019\\) Het jaar');
  });
});
