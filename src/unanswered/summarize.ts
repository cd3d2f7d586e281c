/**
 * Summarises the unanswered-questions log for staff: the same question asked
 * in different ways (case, punctuation, diacritics) counts as one, most
 * frequent first, with the entry the bot thought nearest.
 */
import { normalizeText } from '../text/normalize';
import type { UnansweredRecord } from './unansweredLog';

export interface UnansweredSummary {
  text: string;
  count: number;
  lastAsked: string;
  languages: string[];
  /** The entry most often nearest to this question, if any. */
  nearest?: { id: string; score: number };
}

export function parseLog(jsonl: string): { records: UnansweredRecord[]; skipped: number } {
  const records: UnansweredRecord[] = [];
  let skipped = 0;
  for (const line of jsonl.split('\n')) {
    if (!line.trim()) continue;
    try {
      const record = JSON.parse(line) as UnansweredRecord;
      if (typeof record.text === 'string' && typeof record.time === 'string') records.push(record);
      else skipped++;
    } catch {
      skipped++;
    }
  }
  return { records, skipped };
}

export function summarize(records: UnansweredRecord[]): UnansweredSummary[] {
  const groups = new Map<string, UnansweredRecord[]>();
  for (const record of records) {
    const key = normalizeText(record.text);
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  return [...groups.values()]
    .map((group) => {
      const last = group.reduce((a, b) => (a.time > b.time ? a : b));
      const nearest = mostCommonNearest(group);
      return {
        text: last.text,
        count: group.length,
        lastAsked: last.time,
        languages: [...new Set(group.map((r) => r.language))],
        ...(nearest ? { nearest } : {}),
      };
    })
    .sort((a, b) => b.count - a.count || b.lastAsked.localeCompare(a.lastAsked));
}

function mostCommonNearest(group: UnansweredRecord[]): { id: string; score: number } | undefined {
  const counts = new Map<string, { n: number; score: number }>();
  for (const record of group) {
    const top = record.candidates?.[0];
    if (!top) continue;
    const c = counts.get(top.id) ?? { n: 0, score: 0 };
    counts.set(top.id, { n: c.n + 1, score: Math.max(c.score, top.score) });
  }
  const best = [...counts].sort((a, b) => b[1].n - a[1].n)[0];
  return best && { id: best[0], score: best[1].score };
}
