/**
 * Calendar days as staff count them: a question at 00:30 in Culemborg belongs
 * to that day, not to the day before in UTC.
 */

/** The time zone the report counts days in. */
export const REPORT_TIME_ZONE = 'Europe/Amsterdam';

/** `YYYY-MM-DD` of an ISO time in the time zone. */
export function dayOf(time: string, timeZone: string): string {
  return dayFormat(timeZone).format(new Date(time));
}

/** Every day from `first` to `last` (both `YYYY-MM-DD`), so quiet days show as zero, not as a gap. */
export function daysFromTo(first: string, last: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += DAY_MS) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const formats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formats.set(timeZone, format);
  }
  return format;
}
