/**
 * Telling the items of a list apart. Every item of the nine hats shares the
 * words that name the list ("welke van de negen petten", "bij de negen
 * petten"), and staff's phrasings repeat them: left in, they decide nothing but
 * drown what does ("…gaat over de centjes"). So the items are ranked on the
 * question without those words.
 */
import type { KnowledgeEntry } from '../knowledge/types';
import type { Turn } from '../conversation/turn';
import type { MatcherOptions } from '../matching/matcherOptions';
import { rank, type Ranking } from '../matching/rank';

export interface ItemRanking {
  ranking: Ranking;
  /** Whether the question says anything beyond naming the lists. */
  saysMore: boolean;
}

export function rankItems(
  turn: Turn,
  lists: readonly KnowledgeEntry[],
  options: MatcherOptions,
): ItemRanking {
  const items = new Set(lists.flatMap((l) => l.items));
  const rest = withoutListWords(turn, lists);
  const saysMore = turn.deps.matcher.analyze(rest, turn.language).some((t) => !t.common);
  const candidates = turn.deps.matcher.match(rest, {
    preferred: turn.language,
    allowed: (id) => items.has(id),
  }).candidates;
  return { ranking: rank(candidates, options), saysMore };
}

/** The question without the words that name the lists: their titles, questions and item nouns. */
function withoutListWords(turn: Turn, lists: readonly KnowledgeEntry[]): string {
  const { matcher } = turn.deps;
  const naming = new Set<string>();
  for (const list of lists) {
    const t = list.translation_en;
    const dutch = [list.title, list.question, ...(list.itemNouns ?? [])];
    const english = [...(t ? [t.title, t.question] : []), ...(list.itemNouns_en ?? [])];
    for (const text of dutch) for (const token of matcher.analyze(text, 'nl')) naming.add(token.stem);
    for (const text of english) for (const token of matcher.analyze(text, 'en')) naming.add(token.stem);
  }
  return turn.question
    .split(/\s+/)
    .filter((word) => {
      const stems = [...matcher.analyze(word, 'nl'), ...matcher.analyze(word, 'en')].map((t) => t.stem);
      return stems.length === 0 || !stems.some((s) => naming.has(s));
    })
    .join(' ');
}
