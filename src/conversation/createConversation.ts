import type { KnowledgeBase } from '../knowledge/types';
import { Matcher } from '../matching/matcher';
import { SecondOpinion } from '../matching/secondOpinion';
import type { MatcherOptions } from '../matching/matcherOptions';
import { EntryReplies } from './entryReplies';
import { itemNouns } from '../text/itemQuestion';
import { singularDiminutives } from '../text/dutchMorphology';
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
    secondOpinion: new SecondOpinion(knowledge),
    replies: new EntryReplies(knowledge),
    itemNouns: {
      nl: itemNouns(
        knowledge.entries.map((e) => ({
          id: e.id,
          nouns: (e.itemNouns ?? []).flatMap((noun) => [noun, ...singularDiminutives(noun)]),
          size: e.items.length,
        })),
        (word) => matcher.words.stemOf(word, 'nl'),
      ),
      en: itemNouns(
        knowledge.entries.map((e) => ({ id: e.id, nouns: e.itemNouns_en ?? [], size: e.items.length })),
        (word) => matcher.words.stemOf(word, 'en'),
      ),
    },
    options,
    debugAllowed,
  };
}
