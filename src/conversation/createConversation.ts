import type { KnowledgeBase } from '../knowledge/types';
import { Matcher } from '../matching/matcher';
import { SecondOpinion } from '../matching/secondOpinion';
import type { MatcherOptions } from '../matching/matcherOptions';
import { EntryReplies } from './entryReplies';
import { itemNouns } from '../text/itemQuestion';
import type { ConversationDeps } from './turn';
import type { Language } from '../text/language';
import { memoize } from '../text/memoize';

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
        knowledge.entries.map((e) => ({ id: e.id, nouns: e.itemNouns ?? [] })),
        rememberedStem(matcher, 'nl'),
      ),
      en: itemNouns(
        knowledge.entries.map((e) => ({ id: e.id, nouns: e.itemNouns_en ?? [] })),
        rememberedStem(matcher, 'en'),
      ),
    },
    options,
    debugAllowed,
  };
}

/** Distinct words whose analysis is remembered per language (bounded). */
const REMEMBERED_WORDS = 10_000;

/**
 * A word's stem as the language's pipeline analyses it (synonyms included). The recognisers of list
 * nouns ask for every word of every message, in both languages: the answer per word is remembered.
 */
function rememberedStem(matcher: Matcher, language: Language): (word: string) => string | undefined {
  return memoize(REMEMBERED_WORDS, (word) => matcher.indexes[language].pipeline.stems(word)[0]);
}
