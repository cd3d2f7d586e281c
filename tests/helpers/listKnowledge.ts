/**
 * A small knowledge of one list and its items, for tests of what an intent reads with the
 * knowledge it is asked of (and forgets on a reload): the conversation dependencies built on it.
 */
import { createKnowledgeBase } from '../../src/knowledge/knowledgeBase';
import { createConversationDeps } from '../../src/conversation/createConversation';
import { DEFAULT_MATCHER_OPTIONS } from '../../src/matching/matcherOptions';
import type { ConversationDeps } from '../../src/conversation/turn';
import type { SynonymGroups } from '../../src/knowledge/types';

export interface ListEntry {
  id: string;
  title: string;
  answer: string;
}

export function listDeps(
  list: ListEntry & { itemNouns: string[] },
  items: readonly ListEntry[],
  synonyms: SynonymGroups = { nl: [], en: [] },
): ConversationDeps {
  const entry = ({ id, title, answer }: ListEntry, line: number) => ({
    id,
    title,
    question: `Wat is ${title.toLowerCase()}?`,
    answer,
    location: { file: 'test', line },
  });
  const knowledge = createKnowledgeBase(
    [
      { ...entry(list, 1), itemNouns: list.itemNouns },
      ...items.map((item, i) => ({ ...entry(item, i + 2), parent: list.id, position: i + 1 })),
    ],
    synonyms,
    '',
  );
  return createConversationDeps(knowledge, DEFAULT_MATCHER_OPTIONS);
}
