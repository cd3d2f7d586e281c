/**
 * The report's rankings of FAQ entries and questions: the most asked entries,
 * the worst-rated ones (with the questions that led to the 👎), and the
 * biggest groups of unanswered questions. Entries are shown by their title in
 * knowledge/; an id that is no longer there is shown as it is.
 */
import type { FeedbackRecord } from '../feedback/feedbackLog';
import { summarizeFeedback } from '../feedback/summarizeFeedback';
import type { UnansweredRecord } from '../unanswered/unansweredLog';
import { summarize, type UnansweredSummary } from '../unanswered/summarize';
import type { TurnRecord } from '../signals/records';

export interface EntryName {
  entryId: string;
  title: string;
  /** False when the id is not in knowledge/ (any more). */
  known: boolean;
}

export interface AskedEntry extends EntryName {
  count: number;
}

export interface RatedEntry extends EntryName {
  up: number;
  down: number;
  /** down / (up + down) */
  downShare: number;
  /** The distinct questions that led to a 👎, most recent first. */
  questions: string[];
}

export interface UnansweredGroup extends UnansweredSummary {
  nearestEntry?: EntryName;
}

/** A rating with the (redacted) question that led to the rated answer, when the bot knew it. */
export type RatingRecord = FeedbackRecord;

/** How many questions a worst-rated entry shows. */
const QUESTIONS_PER_RATED_ENTRY = 3;

export function entryName(id: string, titles: ReadonlyMap<string, string>): EntryName {
  const title = titles.get(id);
  return { entryId: id, title: title ?? id, known: title !== undefined };
}

/** The entries whose FAQ text was shown most often. */
export function mostAsked(
  turns: readonly TurnRecord[],
  titles: ReadonlyMap<string, string>,
  limit: number,
): AskedEntry[] {
  const counts = new Map<string, number>();
  for (const turn of turns) {
    if (turn.outcome === 'answer' && turn.entryId)
      counts.set(turn.entryId, (counts.get(turn.entryId) ?? 0) + 1);
  }
  return [...counts]
    .map(([id, count]) => ({ ...entryName(id, titles), count }))
    .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title, 'nl'))
    .slice(0, limit);
}

/** Entries with at least one 👎, worst first (most 👎 net of 👍, as kb:feedback). */
export function worstRated(
  feedback: readonly RatingRecord[],
  titles: ReadonlyMap<string, string>,
  limit: number,
): RatedEntry[] {
  return summarizeFeedback([...feedback])
    .filter((e) => e.down > 0)
    .slice(0, limit)
    .map((e) => ({
      ...entryName(e.entryId, titles),
      up: e.up,
      down: e.down,
      downShare: e.down / (e.up + e.down),
      questions: downQuestions(feedback, e.entryId),
    }));
}

/** The unanswered questions grouped as kb:unanswered groups them: the biggest groups, and how many there are. */
export function unansweredGroups(
  unanswered: readonly UnansweredRecord[],
  titles: ReadonlyMap<string, string>,
  limit: number,
): { groups: UnansweredGroup[]; groupCount: number } {
  const all = summarize([...unanswered]);
  const groups = all
    .slice(0, limit)
    .map((group) =>
      group.nearest ? { ...group, nearestEntry: entryName(group.nearest.id, titles) } : group,
    );
  return { groups, groupCount: all.length };
}

function downQuestions(feedback: readonly RatingRecord[], entryId: string): string[] {
  const asked = feedback
    .filter((r) => r.entryId === entryId && r.rating === 'down')
    .sort((a, b) => b.time.localeCompare(a.time))
    .flatMap((r) => (typeof r.question === 'string' && r.question.trim() ? [r.question.trim()] : []));
  return [...new Set(asked)].slice(0, QUESTIONS_PER_RATED_ENTRY);
}
