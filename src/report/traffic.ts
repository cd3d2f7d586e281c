/**
 * How many messages came in and how the bot replied: per day, over the whole
 * period, and per language. A question is a message the bot had to find an
 * answer for (answered, asked back or fallen back); small talk and navigation
 * notices are counted apart, so they do not flatter the answered share.
 */
import { dayOf, daysFromTo } from './days';
import type { TurnRecord } from '../signals/records';

export interface OutcomeFigures {
  answer: number;
  clarify: number;
  fallback: number;
  /** Small talk and other notices: messages that were no question for the FAQ. */
  other: number;
}

export interface DayFigures extends OutcomeFigures {
  /** `YYYY-MM-DD` in the report's time zone. */
  day: string;
}

export interface LanguageCount {
  language: string;
  count: number;
}

export function emptyFigures(): OutcomeFigures {
  return { answer: 0, clarify: 0, fallback: 0, other: 0 };
}

/** answer + clarify + fallback. */
export function questions(figures: OutcomeFigures): number {
  return figures.answer + figures.clarify + figures.fallback;
}

/** `part / whole`, 0 when there is nothing to divide. */
export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/** One row per day from `first` to `last`, quiet days included. */
export function figuresPerDay(
  turns: readonly TurnRecord[],
  timeZone: string,
  first: string,
  last: string,
): DayFigures[] {
  const byDay = new Map(daysFromTo(first, last).map((day) => [day, { day, ...emptyFigures() }]));
  for (const turn of turns) {
    const figures = byDay.get(dayOf(turn.time, timeZone));
    if (figures) count(figures, turn);
  }
  return [...byDay.values()];
}

export function totalFigures(turns: readonly TurnRecord[]): OutcomeFigures {
  const total = emptyFigures();
  for (const turn of turns) count(total, turn);
  return total;
}

/** Messages per language, most first. */
export function languageSplit(turns: readonly TurnRecord[]): LanguageCount[] {
  const counts = new Map<string, number>();
  for (const turn of turns) counts.set(turn.language, (counts.get(turn.language) ?? 0) + 1);
  return [...counts]
    .map(([language, n]) => ({ language, count: n }))
    .sort((a, b) => b.count - a.count || a.language.localeCompare(b.language));
}

function count(figures: OutcomeFigures, turn: TurnRecord): void {
  if (turn.outcome === 'answer' || turn.outcome === 'clarify' || turn.outcome === 'fallback')
    figures[turn.outcome]++;
  else figures.other++;
}
