/**
 * The item nouns a message uses, also misspelt, are read with the knowledge they are asked of: what
 * the spelling corrector made of a word is remembered per knowledge, so a reload starts afresh.
 */
import { describe, expect, it } from 'vitest';
import { newMemory } from '../../src/conversation/memory';
import { Turn } from '../../src/conversation/turn';
import { namesAList } from '../../src/intents/ordinalNouns';
import { listDeps } from '../helpers/listKnowledge';

/** A list of furniture whose items are called "tafel", with two items worded as given. */
function furniture(first: string, second: string) {
  return listDeps(
    { id: 'meubels', title: 'Meubels', answer: `${first} en ${second}.`, itemNouns: ['tafel'] },
    [
      { id: 'eerste', title: first, answer: `${first} staat in de kamer.` },
      { id: 'tweede', title: second, answer: `${second} staat in de gang.` },
    ],
  );
}

const turnOn = (deps: ReturnType<typeof furniture>) => new Turn({ text: 'tafl' }, newMemory(), deps);

describe('namesAList: a misspelt item noun', () => {
  it('is the noun where the knowledge uses the word, and stays unread after a reload to one that does not', () => {
    // "tafl" is "tafel" only to a corrector that knows the word; the second knowledge never uses it.
    expect(namesAList(turnOn(furniture('Tafel', 'Stoel')), 'tafl')).toBe(true);
    expect(namesAList(turnOn(furniture('Bank', 'Kast')), 'tafl')).toBe(false);
  });
});
