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
  return {
    knowledge,
    matcher: new Matcher(knowledge, options),
    replies: new EntryReplies(knowledge),
    itemNouns: {
      nl: itemNouns(
        knowledge.entries.map((e) => ({ id: e.id, nouns: e.itemNouns ?? [] })),
        'nl',
      ),
      en: itemNouns(
        knowledge.entries.map((e) => ({ id: e.id, nouns: e.itemNouns_en ?? [] })),
        'en',
      ),
    },
    options,
    debugAllowed,
  };
}
