/**
 * "volgende", "en de vorige?", "terug naar de lijst", "next": moves through
 * the list in focus. "welke pet komt na de strateeg?", "the trait before
 * independence": moves from the item the words name, whatever is in focus.
 */
import type { KnowledgeEntry } from '../knowledge/types';
import { listOf, type Turn } from '../conversation/turn';
import { MESSAGES } from '../conversation/messages';
import { intent, type Outcome } from './types';
import { showEntry } from './showEntry';
import { noList, notice } from './notice';
import { relativeStep } from '../text/relativeStep';

type Direction = 'next' | 'previous' | 'list';
type Selection = Direction | { direction: 'next' | 'previous'; from: KnowledgeEntry };

export const navigate = intent<Selection>({
  name: 'navigate',
  select(turn) {
    const kind = turn.followUp;
    if (kind === 'next' || kind === 'previous' || kind === 'list') return kind;
    return stepFromNamedItem(turn);
  },
  handle(turn, selection) {
    if (typeof selection === 'object') return step(turn, selection.from, selection.direction);
    const list = turn.focusList;
    if (!list) {
      const offered = selection === 'list' ? listOfFirstOffered(turn) : undefined;
      return offered ? showEntry(turn, offered) : noList(turn);
    }
    if (selection === 'list') return showEntry(turn, list);
    return step(turn, turn.focus!, selection);
  },
});

/**
 * "Hele lijst graag" right after a fallback or a "Bedoelt u …?" whose first offer is a list or one of
 * its items: that list. The visitor took the offer for the answer (visitors-cu: after a fallback that
 * offered the salesperson, "Hele lijst graag" meant the nine hats).
 */
function listOfFirstOffered(turn: Turn): KnowledgeEntry | undefined {
  const list = listOf(turn.knowledge, turn.justOffered[0]?.id);
  return list ? turn.knowledge.get(list) : undefined;
}

/** The item next to `from` in its list (with the list itself, "volgende" starts at its first item). */
function step(turn: Turn, from: KnowledgeEntry, direction: 'next' | 'previous'): Outcome {
  const list = from.items.length > 0 ? from : turn.knowledge.require(from.parent!);
  const at = from.id === list.id ? 0 : (from.position ?? 0);
  const target = list.items[(direction === 'next' ? at + 1 : at - 1) - 1];
  return target ? showEntry(turn, turn.knowledge.require(target)) : edge(turn, list, direction);
}

/**
 * The step the words ask for from an item they name, when they name one item clearly: by the bar of
 * an ordinary answer, and well ahead of any other item ("wat komt er na de diagnose?" names none).
 */
function stepFromNamedItem(turn: Turn): { direction: 'next' | 'previous'; from: KnowledgeEntry } | undefined {
  const asked = relativeStep(turn.question, turn.itemNouns);
  if (!asked) return undefined;
  const { knowledge, matcher, options } = turn.deps;
  const isItem = (id: string) => knowledge.get(id)?.parent !== undefined;
  const [best, next] = matcher.match(asked.named, { preferred: turn.language, allowed: isItem }).candidates;
  if (!best || best.score < options.answerThreshold) return undefined;
  if (next && best.score - next.score <= options.clarifyMargin) return undefined;
  return { direction: asked.direction, from: knowledge.require(best.entryId) };
}

/** At either end of the list: says so, with the items as buttons. */
export function edge(turn: Turn, list: KnowledgeEntry, direction: 'next' | 'previous'): Outcome {
  const m = MESSAGES[turn.language];
  const title = turn.deps.replies.title(list, turn.language);
  const text = direction === 'next' ? m.endOfList(title) : m.startOfList(title);
  return notice(turn, text, turn.deps.replies.itemButtons(list, turn.language));
}
