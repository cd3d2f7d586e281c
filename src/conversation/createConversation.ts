import type { KnowledgeBase, KnowledgeEntry } from '../knowledge/types';
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
          nouns: dutchItemNouns(e, (word) => matcher.words.stemOf(word, 'nl')),
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

/**
 * A list's Dutch item nouns, with their diminutives, and the English ones a Dutch message may use:
 * "welke hat gaat over geld?", "die traits" (visitors-dd, Dutch and English mixed in one message).
 * Only an English noun the Dutch synonyms read as one of the Dutch nouns ("hat" as "pet"): "role"
 * would be stemmed as a Dutch word, and "rool", a typo of "rol", read as a list's plural.
 */
function dutchItemNouns(entry: KnowledgeEntry, stemOf: (word: string) => string | undefined): string[] {
  const dutch = (entry.itemNouns ?? []).flatMap((noun) => [noun, ...singularDiminutives(noun)]);
  const stems = new Set(dutch.map(stemOf));
  return [...dutch, ...(entry.itemNouns_en ?? []).filter((noun) => stems.has(stemOf(noun)))];
}
