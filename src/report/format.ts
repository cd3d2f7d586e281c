/** Numbers, shares and days written the Dutch way. */

const PERCENT = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 });
const NUMBER = new Intl.NumberFormat('nl-NL');
const DAY = new Intl.DateTimeFormat('nl-NL', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const LONG_DAY = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** 0.623 → "62%" */
export function percent(fraction: number): string {
  return PERCENT.format(fraction);
}

export function number(n: number): string {
  return NUMBER.format(n);
}

/** "2026-11-23" → "ma 23 nov" */
export function shortDay(day: string): string {
  return DAY.format(new Date(`${day}T00:00:00Z`));
}

/** "2026-11-23" → "23 november 2026" */
export function longDay(day: string): string {
  return LONG_DAY.format(new Date(`${day}T00:00:00Z`));
}

/** An ISO time in the given time zone, e.g. "23 nov 2026, 14:05". */
export function moment(time: string, timeZone: string): string {
  const format = new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  });
  return format.format(new Date(time));
}
