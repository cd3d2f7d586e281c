/** Order statistics of timings, the same way for every figure in the benchmarks. */

/** The p-th percentile (0–100) by the nearest-rank method: a value that was actually measured. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  if (p < 0 || p > 100) throw new Error(`percentile ${p} is not between 0 and 100`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export interface Summary {
  count: number;
  median: number;
  p99: number;
  max: number;
}

export function summarize(values: readonly number[]): Summary {
  return {
    count: values.length,
    median: median(values),
    p99: percentile(values, 99),
    max: percentile(values, 100),
  };
}

/** Milliseconds since an origin, with sub-microsecond resolution. */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** How often each question is asked after its first pass, for the per-question medians below. */
export const QUESTION_REPEATS = 7;

/**
 * Each question's median over its repeats, then the p50, p99 and the slowest of
 * those medians: the latency figure of the matcher and of the peers alike. One
 * scheduler pause on a loaded machine moves one sample, not a question's median.
 */
export interface QuestionMedians {
  p50: number;
  p99: number;
  max: number;
}

export function questionMedians(timesPerQuestion: readonly (readonly number[])[]): QuestionMedians {
  const medians = timesPerQuestion.map(median);
  return { p50: percentile(medians, 50), p99: percentile(medians, 99), max: percentile(medians, 100) };
}
