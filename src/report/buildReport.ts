/**
 * From the logs' text to the finished page: parse, aggregate, render. The
 * command (src/cli/kbReport.ts) only reads the logs and writes the file.
 */
import { parseFeedbackLog } from '../feedback/summarizeFeedback';
import { parseLog } from '../unanswered/summarize';
import { aggregateReport, type ReportData } from './aggregate';
import { loadReportAssets, type ReportAssets } from './assets';
import { REPORT_TIME_ZONE } from './days';
import { renderReport } from './page';
import { isTurnRecord, parseRecords } from '../signals/records';

export interface ReportLogs {
  /** The JSONL text of each log; undefined when nothing was recorded yet. */
  turns?: string;
  unanswered?: string;
  feedback?: string;
}

export interface BuiltReport {
  html: string;
  data: ReportData;
  /** How many records each log had, and how many unreadable lines were skipped. */
  counts: { turns: number; unanswered: number; feedback: number; skipped: number };
}

export function buildReport(
  logs: ReportLogs,
  titles: ReadonlyMap<string, string>,
  options: { generatedAt: Date; sources: readonly string[]; timeZone?: string; assets?: ReportAssets },
): BuiltReport {
  const turns = parseRecords(logs.turns ?? '', isTurnRecord);
  const unanswered = parseLog(logs.unanswered ?? '');
  const feedback = parseFeedbackLog(logs.feedback ?? '');
  const timeZone = options.timeZone ?? REPORT_TIME_ZONE;
  const data = aggregateReport({
    turns: turns.records,
    unanswered: unanswered.records,
    feedback: feedback.records,
    titles,
    timeZone,
  });
  const html = renderReport(data, options.assets ?? loadReportAssets(), {
    generatedAt: options.generatedAt,
    sources: options.sources,
    timeZone,
  });
  return {
    html,
    data,
    counts: {
      turns: turns.records.length,
      unanswered: unanswered.records.length,
      feedback: feedback.records.length,
      skipped: turns.skipped + unanswered.skipped + feedback.skipped,
    },
  };
}
