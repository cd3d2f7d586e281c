/**
 * Summarises the feedback log for staff: per entry the 👍 and 👎 counts, the
 * worst-rated first (most 👎 net of 👍, then most 👎), so the answers that
 * disappoint visitors are read first.
 */
import type { FeedbackRecord } from './feedbackLog';

export interface EntryFeedback {
  entryId: string;
  up: number;
  down: number;
  lastRated: string;
}

export function parseFeedbackLog(jsonl: string): { records: FeedbackRecord[]; skipped: number } {
  const records: FeedbackRecord[] = [];
  let skipped = 0;
  for (const line of jsonl.split('\n')) {
    if (!line.trim()) continue;
    try {
      const r = JSON.parse(line) as Partial<FeedbackRecord>;
      if (
        typeof r.entryId === 'string' &&
        (r.rating === 'up' || r.rating === 'down') &&
        typeof r.time === 'string'
      )
        records.push(r as FeedbackRecord);
      else skipped++;
    } catch {
      skipped++;
    }
  }
  return { records, skipped };
}

export function summarizeFeedback(records: FeedbackRecord[]): EntryFeedback[] {
  const byEntry = new Map<string, EntryFeedback>();
  for (const r of records) {
    const e = byEntry.get(r.entryId) ?? { entryId: r.entryId, up: 0, down: 0, lastRated: r.time };
    if (r.rating === 'up') e.up++;
    else e.down++;
    if (r.time > e.lastRated) e.lastRated = r.time;
    byEntry.set(r.entryId, e);
  }
  return [...byEntry.values()].sort(
    (a, b) => b.down - b.up - (a.down - a.up) || b.down - a.down || a.entryId.localeCompare(b.entryId),
  );
}
