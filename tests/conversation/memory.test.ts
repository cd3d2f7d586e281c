/** The conversation memory read back from storage: what fits the shape is kept, the rest dropped. */
import { describe, expect, it } from 'vitest';
import { memoryWithout, newMemory, reviveMemory, PENDING_TURNS } from '../../src/conversation/memory';

const pending = {
  text: 'wie zoekt er nieuwe klanten',
  language: 'nl',
  outcome: 'clarify',
  offered: ['dienst-vergankelijk', 'dienst-afnemer-produceert-mee'],
  turnsLeft: PENDING_TURNS,
};
const answered = { text: 'Waarom zijn diensten vergankelijk?', entryId: 'dienst-vergankelijk' };

describe('reviveMemory', () => {
  it('keeps a memory that fits, with the question waiting for a signal and the last one answered', () => {
    const stored = {
      welcomed: true,
      debug: false,
      language: 'en',
      focusId: 'pet-partner',
      choiceIds: ['a', 'b'],
      listsShown: ['kenmerken-sociaal-ondernemer', 'negen-petten'],
      pending,
      answered,
    };
    expect(reviveMemory(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
  });

  it('drops lists shown that are not ids', () => {
    expect(reviveMemory({ ...newMemory(), listsShown: ['negen-petten', 3] }).listsShown).toBeUndefined();
    expect(reviveMemory({ ...newMemory(), listsShown: 'negen-petten' }).listsShown).toBeUndefined();
  });

  it('keeps a faded focus only with the focus it belongs to', () => {
    expect(reviveMemory({ ...newMemory(), focusId: 'pet-partner', focusFaded: true }).focusFaded).toBe(true);
    expect(reviveMemory({ ...newMemory(), focusFaded: true }).focusFaded).toBeUndefined();
    expect(
      reviveMemory({ ...newMemory(), focusId: 'pet-partner', focusFaded: 'yes' }).focusFaded,
    ).toBeUndefined();
  });

  it.each([
    ['not an object', 'clarify'],
    ['no text', { ...pending, text: '' }],
    ['a language the bot does not speak', { ...pending, language: 'de' }],
    ['an outcome that waits for nothing', { ...pending, outcome: 'answer' }],
    ['offered ids that are not strings', { ...pending, offered: [1, 2] }],
    ['no turns left', { ...pending, turnsLeft: 0 }],
    ['more turns than a question waits', { ...pending, turnsLeft: PENDING_TURNS + 1 }],
    ['a fraction of a turn', { ...pending, turnsLeft: 1.5 }],
  ])('drops a pending question with %s', (_, stored) => {
    expect(reviveMemory({ ...newMemory(), pending: stored }).pending).toBeUndefined();
  });

  it.each([
    ['not an object', 'vraag'],
    ['no text', { ...answered, text: '' }],
    ['no entry', { text: answered.text }],
  ])('drops an answered question with %s', (_, stored) => {
    expect(reviveMemory({ ...newMemory(), answered: stored }).answered).toBeUndefined();
  });

  it('starts afresh from something that is not a memory', () => {
    expect(reviveMemory('corrupt')).toEqual(newMemory());
    expect(reviveMemory(null)).toEqual(newMemory());
  });
});

describe('memoryWithout', () => {
  it('copies the memory without the fields, the others in their order, and leaves the memory as it was', () => {
    const memory = {
      welcomed: true,
      focusId: 'pet-partner',
      debug: false,
      choiceIds: ['a'],
      language: 'nl' as const,
    };
    const copy = memoryWithout(memory, new Set(['focusId', 'choiceIds'] as const));
    expect(Object.keys(copy)).toEqual(['welcomed', 'debug', 'language']);
    expect(copy).toEqual({ welcomed: true, debug: false, language: 'nl' });
    expect(memory.focusId).toBe('pet-partner');
  });
});
