import type { KnowledgeBase } from '../knowledge/types';
import { Matcher } from '../matching/matcher';
import type { MatcherOptions } from '../matching/matcherOptions';
import { EntryReplies } from './entryReplies';
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
    options,
    debugAllowed,
  };
}
