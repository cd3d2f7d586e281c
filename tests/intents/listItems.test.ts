/**
 * withoutListWords: the question without the words that name the lists, each word read with the
 * knowledge asked (its synonyms too). What a word's stems are is remembered per knowledge, so a
 * reload starts afresh.
 */
import { describe, expect, it } from 'vitest';
import { newMemory } from '../../src/conversation/memory';
import { Turn } from '../../src/conversation/turn';
import type { SynonymGroups } from '../../src/knowledge/types';
import { withoutListWords } from '../../src/intents/listItems';
import { listDeps } from '../helpers/listKnowledge';

/** A list of tables, with two items, and the synonyms given. */
function tables(synonyms: SynonymGroups, question = 'Welk bureau staat in de gang?') {
  const deps = listDeps(
    { id: 'tafels', title: 'Tafels', answer: 'Een ronde tafel en een lange tafel.', itemNouns: ['tafel'] },
    [
      { id: 'rond', title: 'Ronde tafel', answer: 'Aan een ronde tafel zit iedereen vooraan.' },
      { id: 'lang', title: 'Lange tafel', answer: 'Aan een lange tafel passen veel gasten.' },
    ],
    synonyms,
  );
  const turn = new Turn({ text: question }, newMemory(), deps);
  return withoutListWords(turn, question, [deps.knowledge.require('tafels')]);
}

describe('withoutListWords', () => {
  it('drops a word that names the list only where the knowledge makes it a synonym of its words, also after a reload', () => {
    expect(tables({ nl: [], en: [] })).toContain('bureau');
    expect(tables({ nl: [['tafel', 'bureau']], en: [] })).not.toContain('bureau');
    expect(tables({ nl: [], en: [] })).toContain('bureau');
  });

  it('drops a word for any list ("rijtje", "list"), which names the list as its own noun does', () => {
    const rest = tables({ nl: [], en: [] }, 'Welke tafel uit jullie rijtje staat in de gang?');
    expect(rest).not.toContain('rijtje');
    expect(rest).toContain('gang');
  });

  it('drops the verb of playing a role, which goes with the role and tells no item apart (visitors-do)', () => {
    const rest = tables({ nl: [], en: [] }, 'Ik zit altijd vooraan. Welke rol speel ik dan?');
    expect(rest).not.toContain('speel');
    expect(rest).toContain('vooraan');
    // playing without a role named before it stays: "ze spelen allemaal op safe"
    expect(tables({ nl: [], en: [] }, 'Welke tafel, ze spelen op safe?')).toContain('spelen');
  });
});
