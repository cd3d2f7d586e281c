/**
 * Everything the report shows, computed from the three logs and the entry
 * titles: plain data, no HTML, so it can be tested as numbers.
 */
import type { UnansweredRecord } from '../unanswered/unansweredLog';
import { dayOf, REPORT_TIME_ZONE } from './days';
import {
  mostAsked,
  unansweredGroups,
  worstRated,
  type AskedEntry,
  type RatedEntry,
  type RatingRecord,
  type UnansweredGroup,
} from './entries';
import {
  figuresPerDay,
  languageSplit,
  totalFigures,
  type DayFigures,
  type LanguageCount,
  type OutcomeFigures,
} from './traffic';
import type { TurnRecord } from '../signals/records';

export interface ReportInput {
  turns: readonly TurnRecord[];
  unanswered: readonly UnansweredRecord[];
  feedback: readonly RatingRecord[];
  /** Entry id → title, from knowledge/. */
  titles: ReadonlyMap<string, string>;
  timeZone?: string;
  /** How many rows each ranking shows. */
  limit?: number;
}

export interface ReportData {
  /** First and last day with any record (`YYYY-MM-DD`); absent when every log is empty. */
  period?: { first: string; last: string };
  /** Every day of the period, quiet days included; empty without turns. */
  days: DayFigures[];
  total: OutcomeFigures;
  languages: LanguageCount[];
  mostAsked: AskedEntry[];
  worstRated: RatedEntry[];
  ratings: { up: number; down: number };
  /** The biggest groups of unanswered questions (at most `limit`). */
  unansweredGroups: UnansweredGroup[];
  /** How many groups there are in all, and how many unanswered questions. */
  unansweredGroupCount: number;
  unansweredCount: number;
}

export const DEFAULT_LIMIT = 10;

export function aggregateReport(input: ReportInput): ReportData {
  const timeZone = input.timeZone ?? REPORT_TIME_ZONE;
  const limit = input.limit ?? DEFAULT_LIMIT;
  const period = periodOf([...input.turns, ...input.unanswered, ...input.feedback], timeZone);
  const unanswered = unansweredGroups(input.unanswered, input.titles, limit);
  return {
    ...(period ? { period } : {}),
    days:
      period && input.turns.length > 0 ? figuresPerDay(input.turns, timeZone, period.first, period.last) : [],
    total: totalFigures(input.turns),
    languages: languageSplit(input.turns),
    mostAsked: mostAsked(input.turns, input.titles, limit),
    worstRated: worstRated(input.feedback, input.titles, limit),
    ratings: {
      up: input.feedback.filter((r) => r.rating === 'up').length,
      down: input.feedback.filter((r) => r.rating === 'down').length,
    },
    unansweredGroups: unanswered.groups,
    unansweredGroupCount: unanswered.groupCount,
    unansweredCount: input.unanswered.length,
  };
}

function periodOf(records: readonly { time: string }[], timeZone: string): ReportData['period'] {
  const days = records
    .filter((r) => !Number.isNaN(Date.parse(r.time)))
    .map((r) => dayOf(r.time, timeZone))
    .sort();
  return days.length > 0 ? { first: days[0]!, last: days[days.length - 1]! } : undefined;
}
