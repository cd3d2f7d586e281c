/**
 * The item nouns a message uses, also misspelt, are read with the knowledge they are asked of: what
 * the spelling corrector made of a word is remembered per knowledge, so a reload starts afresh.
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../src/knowledge/knowledgeBase';
import { createConversationDeps } from '../../src/conversation/createConversation';
import { DEFAULT_MATCHER_OPTIONS } from '../../src/matching/matcherOptions';
import { newMemory } from '../../src/conversation/memory';
import { Turn } from '../../src/conversation/turn';
import { namesAList } from '../../src/intents/ordinalNouns';

/** A list of furniture whose items are called "tafel", with two items worded as given. */
function furniture(first: string, second: string) {
  const entry = (id: string, title: string, answer: string, line: number, position?: number) => ({
    id,
    title,
    question: `Wat is ${title.toLowerCase()}?`,
    answer,
    location: { file: 'test', line },
    ...(position === undefined ? {} : { parent: 'meubels', position }),
  });
  const knowledge = createKnowledgeBase(
    [
      { ...entry('meubels', 'Meubels', `${first} en ${second}.`, 1), itemNouns: ['tafel'] },
      entry('eerste', first, `${first} staat in de kamer.`, 2, 1),
      entry('tweede', second, `${second} staat in de gang.`, 3, 2),
    ],
    { nl: [], en: [] },
    '',
  );
  return createConversationDeps(knowledge, DEFAULT_MATCHER_OPTIONS);
}

const turnOn = (deps: ReturnType<typeof furniture>) => new Turn({ text: 'tafl' }, newMemory(), deps);

describe('namesAList: a misspelt item noun', () => {
  it('is the noun where the knowledge uses the word, and stays unread after a reload to one that does not', () => {
    // "tafl" is "tafel" only to a corrector that knows the word; the second knowledge never uses it.
    expect(namesAList(turnOn(furniture('Tafel', 'Stoel')), 'tafl')).toBe(true);
    expect(namesAList(turnOn(furniture('Bank', 'Kast')), 'tafl')).toBe(false);
  });
});
