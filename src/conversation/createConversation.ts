import type { KnowledgeBase } from '../knowledge/types';
import { Matcher } from '../matching/matcher';
import type { MatcherOptions } from '../matching/matcherOptions';
import { EntryReplies } from './entryReplies';
import { itemNouns } from '../text/itemQuestion';
import type { ConversationDeps } from './turn';

/** Everything the conversation policy needs for one version of the knowledge. */
export function createConversationDeps(
  knowledge: KnowledgeBase,
  options: MatcherOptions,
  debugAllowed = false,
): ConversationDeps {
  const matcher = new Matcher(knowledge, options);
  return {
    knowledge,
    matcher,
    replies: new EntryReplies(knowledge),
    itemNouns: {
      nl: itemNouns(
        knowledge.entries.map((e) => ({ id: e.id, nouns: e.itemNouns ?? [] })),
        (word) => matcher.indexes.nl.pipeline.stems(word)[0],
      ),
      en: itemNouns(
        knowledge.entries.map((e) => ({ id: e.id, nouns: e.itemNouns_en ?? [] })),
        (word) => matcher.indexes.en.pipeline.stems(word)[0],
      ),
    },
    options,
    debugAllowed,
  };
}
