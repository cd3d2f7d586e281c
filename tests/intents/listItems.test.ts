/**
 * withoutListWords: the question without the words that name the lists, each word read with the
 * knowledge asked (its synonyms too). What a word's stems are is remembered per knowledge, so a
 * reload starts afresh.
 */
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase } from '../../src/knowledge/knowledgeBase';
import { createConversationDeps } from '../../src/conversation/createConversation';
import { DEFAULT_MATCHER_OPTIONS } from '../../src/matching/matcherOptions';
import { newMemory } from '../../src/conversation/memory';
import { Turn } from '../../src/conversation/turn';
import type { SynonymGroups } from '../../src/knowledge/types';
import { withoutListWords } from '../../src/intents/listItems';

/** A list of tables, with two items, and the synonyms given. */
function tables(synonyms: SynonymGroups) {
  const entry = (id: string, title: string, answer: string, line: number, position?: number) => ({
    id,
    title,
    question: `Wat is ${title.toLowerCase()}?`,
    answer,
    location: { file: 'test', line },
    ...(position === undefined ? {} : { parent: 'tafels', position }),
  });
  const knowledge = createKnowledgeBase(
    [
      { ...entry('tafels', 'Tafels', 'Een ronde tafel en een lange tafel.', 1), itemNouns: ['tafel'] },
      entry('rond', 'Ronde tafel', 'Aan een ronde tafel zit iedereen vooraan.', 2, 1),
      entry('lang', 'Lange tafel', 'Aan een lange tafel passen veel gasten.', 3, 2),
    ],
    synonyms,
    '',
  );
  const deps = createConversationDeps(knowledge, DEFAULT_MATCHER_OPTIONS);
  const question = 'Welk bureau staat in de gang?';
  const turn = new Turn({ text: question }, newMemory(), deps);
  return withoutListWords(turn, question, [knowledge.require('tafels')]);
}

describe('withoutListWords', () => {
  it('drops a word that names the list only where the knowledge makes it a synonym of its words, also after a reload', () => {
    expect(tables({ nl: [], en: [] })).toContain('bureau');
    expect(tables({ nl: [['tafel', 'bureau']], en: [] })).not.toContain('bureau');
    expect(tables({ nl: [], en: [] })).toContain('bureau');
  });
});
