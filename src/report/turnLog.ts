/**
 * The turns log as the report reads it: one record per visitor message the
 * bot handled (what kind of reply, which entry, which language; never the
 * text). The bot writes it next to the unanswered log: locally `var/turns.jsonl`
 * (TURN_LOG), in the shared storage the folder `turns/`.
 */
import type { Language } from '../knowledge/types';

/** The folder of the turns log in the log container. */
export const TURN_LOG_NAME = 'turns';
/** Where the bot writes the turns log locally when TURN_LOG is not set. */
export const DEFAULT_TURN_LOG = 'var/turns.jsonl';

export const TURN_OUTCOMES = ['answer', 'clarify', 'fallback', 'smalltalk', 'other'] as const;
/** answer: FAQ text of `entryId` shown; clarify: asked back; fallback: no answer; the rest are not questions. */
export type TurnOutcome = (typeof TURN_OUTCOMES)[number];

export interface TurnRecord {
  time: string;
  outcome: TurnOutcome;
  intent: string;
  language: Language;
  entryId?: string;
}

export function parseTurnLog(jsonl: string): { records: TurnRecord[]; skipped: number } {
  const records: TurnRecord[] = [];
  let skipped = 0;
  for (const line of jsonl.split('\n')) {
    if (!line.trim()) continue;
    try {
      const r = JSON.parse(line) as Partial<TurnRecord>;
      if (isTurnRecord(r)) records.push(r);
      else skipped++;
    } catch {
      skipped++;
    }
  }
  return { records, skipped };
}

function isTurnRecord(r: Partial<TurnRecord>): r is TurnRecord {
  return (
    typeof r.time === 'string' &&
    !Number.isNaN(Date.parse(r.time)) &&
    TURN_OUTCOMES.includes(r.outcome as TurnOutcome) &&
    typeof r.intent === 'string' &&
    typeof r.language === 'string' &&
    (r.entryId === undefined || typeof r.entryId === 'string')
  );
}
