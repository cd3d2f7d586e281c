/**
 * What BENCHMARKS.md shows of a run, derived from the record in
 * bench/results/latest.json and from nothing else: the results table (each
 * target with one rule for "met?", applied to the figure as shown) and the
 * chart's data. run.ts writes both after every run, so the page, the chart and
 * the record cannot disagree.
 */
import type { MatcherBenchResult } from '../matcherBench';
import type { RespondBenchResult } from '../respondBench';
import type { TurnBenchResult } from '../turnBench';
import type { ColdStartResult } from '../coldStart';
import type { PeerResult } from '../peers';
import type { PeerLatencyResult } from '../peerLatency';
import { formatMs, formatSize, type LatencyChartInput, type LatencySeries } from './latencyChart';

export const PARTS = ['matcher', 'respond', 'turns', 'cold', 'peers'] as const;
export type Part = (typeof PARTS)[number];

export interface RunFacts {
  machine: { cpu: string; cores: number; node: string; platform: string; loadAverageAtStart: number[] };
  started: string;
  finished?: string;
  loadAverageAtEnd?: number[];
}

/** bench/results/latest.json: each part's last recorded figures, and which run recorded them. */
export interface BenchRecord {
  matcher?: MatcherBenchResult;
  respond?: RespondBenchResult;
  turns?: TurnBenchResult;
  cold?: ColdStartResult;
  peers?: PeerResult[];
  peerLatency?: PeerLatencyResult;
  /** Parts run (space-separated) → that run's facts; a later run of the same parts replaces it. */
  runs?: Record<string, RunFacts>;
}

/** The targets, each with the one rule that decides "met?". */
export const TARGETS = {
  /** p99 of question medians at this size, in ms, below `ms`. */
  matcherP99: { entries: 10_000, ms: 1 },
  /**
   * Growth from the smallest to the largest size measured, of the p50 of question medians:
   * the exponent k in latency ∝ size^k (log of the latency ratio over log of the size ratio)
   * below this, i.e. latency grows at most as the square root of the size.
   */
  growthExponent: 0.5,
  /** Turns per second, ours / the stock echo bot, median of the paired sets, at least this, in each mode. */
  turnsRatio: 0.8,
} as const;

export const MARKERS = { start: '<!-- results:start -->', end: '<!-- results:end -->' } as const;

/** Three significant digits, no exponent: 0.81479 → "0.815", 18.22 → "18.2". */
function sig3(v: number): string {
  return String(Number(v.toPrecision(3)));
}

/** Whole numbers grouped as the page writes them: 1138.4 → "1 138". */
function whole(v: number): string {
  return formatSize(Math.round(v));
}

const MET = (ok: boolean) => (ok ? 'yes' : 'no');
const NOT_MEASURED = 'not measured';

export function resultsMarkdown(record: BenchRecord): string {
  const rows: string[][] = [];
  const m = record.matcher;

  // Matcher p99 at 10 000 entries: the figure shown (3 significant digits) is the one judged.
  const atTarget = m?.sizes.find((s) => s.entries === TARGETS.matcherP99.entries);
  const p99Label = `Matcher latency at ${formatSize(TARGETS.matcherP99.entries)} entries, p99 of question medians`;
  const p99Target = `< ${TARGETS.matcherP99.ms} ms`;
  if (atTarget) {
    const shown = sig3(atTarget.perQuestionMedians.p99);
    rows.push([
      p99Label,
      `**${shown} ms** (p50 ${sig3(atTarget.perQuestionMedians.p50)} ms, slowest question ${sig3(atTarget.perQuestionMedians.max)} ms)`,
      p99Target,
      MET(Number(shown) < TARGETS.matcherP99.ms),
    ]);
  } else {
    const ran = m ? ` (sizes run: ${m.sizes.map((s) => formatSize(s.entries)).join(', ')})` : '';
    rows.push([p99Label, `${NOT_MEASURED}${ran}`, p99Target, NOT_MEASURED]);
  }

  // Growth: the exponent shown (2 decimals) is the one judged.
  const growthTarget = `exponent < ${TARGETS.growthExponent} (≤ √size)`;
  if (m && m.sizes.length >= 2) {
    const first = m.sizes[0]!;
    const last = m.sizes[m.sizes.length - 1]!;
    const sizeRatio = last.entries / first.entries;
    const latencyRatio = last.perQuestionMedians.p50 / first.perQuestionMedians.p50;
    const exponent = (Math.log(latencyRatio) / Math.log(sizeRatio)).toFixed(2);
    rows.push([
      `Matcher growth, ${formatSize(first.entries)} → ${formatSize(last.entries)} entries, p50 of question medians`,
      `${sig3(first.perQuestionMedians.p50)} → ${sig3(last.perQuestionMedians.p50)} ms: ${latencyRatio.toFixed(1)}× for ${whole(sizeRatio)}× the entries, exponent **${exponent}**`,
      growthTarget,
      MET(Number(exponent) < TARGETS.growthExponent),
    ]);
  } else rows.push(['Matcher growth', NOT_MEASURED, growthTarget, NOT_MEASURED]);

  if (m) {
    const largest = m.sizes[m.sizes.length - 1]!;
    rows.push([
      `Matcher index at ${formatSize(largest.entries)} entries`,
      `built in ${sig3(largest.buildMs / 1000)} s; ${whole(largest.memoryDeltaMb)} MB kept (heap + typed arrays)`,
      '–',
      '–',
    ]);
  }

  // Turns per second against the stock echo bot, each mode on its own; the ratio shown (2 decimals) is judged.
  for (const mode of ['expectReplies', 'connector'] as const) {
    const label = `Turns/s, ours / stock echo bot, ${mode === 'connector' ? 'via a fake connector' : 'expectReplies'}`;
    const target = `≥ ${TARGETS.turnsRatio.toFixed(2)}`;
    const ratio = record.turns?.modes[mode]?.turnsRatio.oursToEcho;
    if (ratio) {
      const shown = ratio.median.toFixed(2);
      rows.push([
        label,
        `**${shown}**; the sets ${ratio.pairs.map((p) => p.toFixed(2)).join(', ')}`,
        target,
        MET(Number(shown) >= TARGETS.turnsRatio),
      ]);
    } else rows.push([label, NOT_MEASURED, target, NOT_MEASURED]);
  }

  if (record.respond)
    rows.push([
      '`respond()` in-process, per turn',
      `${sig3(record.respond.msPerTurn)} ms (${sig3(record.respond.cpuMsPerTurn)} ms CPU)`,
      '–',
      '–',
    ]);
  if (record.cold) {
    const c = record.cold.coldStartMs;
    rows.push([
      `Cold start, spawn → \`/healthz\` 200, median of ${record.cold.runs}`,
      `ours ${whole(c.ours)} ms; stock echo ${whole(c.echo)} ms; echo on our stack ${whole(c['echo-our-stack'])} ms`,
      '–',
      '–',
    ]);
  }
  const rss = record.turns?.rssMb;
  if (rss)
    rows.push([
      'Resident memory, after start / after both load modes',
      `ours ${whole(rss.ours.afterStart)} / ${whole(rss.ours.afterLoad)} MB; stock echo ${whole(rss.echo.afterStart)} / ${whole(rss.echo.afterLoad)} MB`,
      '–',
      '–',
    ]);
  else if (record.cold) {
    const r = record.cold.rssAfterStartMb;
    rows.push([
      'Resident memory after start',
      `ours ${whole(r.ours)} MB; stock echo ${whole(r.echo)} MB`,
      '–',
      '–',
    ]);
  }
  if (record.peers) {
    const total = record.peers[0]?.overall.total ?? 0;
    rows.push([
      `Accuracy on the real FAQ, ${total} labelled questions`,
      record.peers
        .map((p) => `${shortName(p.name)} ${((p.overall.correct / p.overall.total) * 100).toFixed(1)} %`)
        .join('; '),
      '–',
      '–',
    ]);
  }

  const lines = [
    '<!-- Written by npm run bench from bench/results/latest.json: edit the text around this section, not in it. -->',
    '| | measured | target | met? |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    ...latencyTable(record),
    '',
    ...recordedBy(record),
  ];
  return lines.join('\n');
}

/** The chart's numbers as a table: p50 / p99 of question medians per size and system. */
function latencyTable(record: BenchRecord): string[] {
  const series = chartSeries(record);
  if (series.length === 0) return [];
  const sizes = [...new Set(series.flatMap((s) => [...s.points, ...s.missing].map((p) => p.entries)))].sort(
    (a, b) => a - b,
  );
  const cell = (s: LatencySeries, entries: number) => {
    const p = s.points.find((x) => x.entries === entries);
    if (p) return `${sig3(p.p50)} / ${sig3(p.p99)}`;
    const missing = s.missing.find((x) => x.entries === entries);
    return missing ? (missing.reason.startsWith('not tried') ? 'not tried' : missing.reason) : '–';
  };
  return [
    '',
    'Latency per question by knowledge size, ms, p50 / p99 of question medians (the chart below):',
    '',
    `| entries | ${series.map((s) => s.name).join(' | ')} |`,
    `|--:|${series.map(() => '--:').join('|')}|`,
    ...sizes.map((n) => `| ${formatSize(n)} | ${series.map((s) => cell(s, n)).join(' | ')} |`),
  ];
}

/** Which run recorded which parts: a partial run keeps the other parts' last figures. */
function recordedBy(record: BenchRecord): string[] {
  const byRun = new Map<string, Part[]>();
  for (const part of PARTS) {
    if (part === 'peers' ? !record.peers && !record.peerLatency : !record[part]) continue;
    const started = runOf(record, part)?.started;
    if (!started) continue;
    byRun.set(started, [...(byRun.get(started) ?? []), part]);
  }
  return [...byRun].map(([started, parts]) => {
    const facts = Object.values(record.runs ?? {}).find((r) => r.started === started)!;
    return `- Recorded (${parts.join(', ')}): ${runDescription(facts)}.`;
  });
}

/** The latest run that recorded a part. */
export function runOf(record: BenchRecord, part: Part): RunFacts | undefined {
  return Object.entries(record.runs ?? {})
    .filter(([parts]) => parts.split(' ').includes(part))
    .map(([, facts]) => facts)
    .sort((a, b) => b.started.localeCompare(a.started))[0];
}

function runDescription(r: RunFacts): string {
  const time = (iso: string) => iso.slice(11, 16);
  const span =
    r.finished && time(r.finished) !== time(r.started)
      ? `${time(r.started)}–${time(r.finished)}`
      : time(r.started);
  const load = r.loadAverageAtEnd
    ? `${r.machine.loadAverageAtStart[0]} at the start, ${r.loadAverageAtEnd[0]} at the end`
    : `${r.machine.loadAverageAtStart[0]} at the start`;
  return `${r.started.slice(0, 10)} ${span} UTC, Node ${r.machine.node}, ${r.machine.cores} × ${r.machine.cpu}, load average (1 min) ${load}`;
}

function shortName(name: string): string {
  return name.replace(/ \(.*\)$/, '');
}

/** Ours from the matcher part, the peers from the peers part: p50 and p99 of question medians per size. */
function chartSeries(record: BenchRecord): LatencySeries[] {
  const finite = (p: { p50: number; p99: number }) => Number.isFinite(p.p50) && Number.isFinite(p.p99);
  const series: LatencySeries[] = [];
  if (record.matcher)
    series.push({
      name: 'ours',
      points: record.matcher.sizes
        .map((s) => ({ entries: s.entries, p50: s.perQuestionMedians.p50, p99: s.perQuestionMedians.p99 }))
        .filter(finite),
      missing: [],
    });
  for (const system of record.peerLatency?.systems ?? []) {
    series.push({
      name: system.name,
      points: system.sizes.flatMap((s) =>
        'perQuestionMedians' in s
          ? [{ entries: s.entries, p50: s.perQuestionMedians.p50, p99: s.perQuestionMedians.p99 }]
          : [],
      ),
      missing: system.sizes.flatMap((s) =>
        'notMeasured' in s ? [{ entries: s.entries, reason: s.notMeasured }] : [],
      ),
    });
  }
  return series;
}

export function chartInput(record: BenchRecord): LatencyChartInput | undefined {
  const series = chartSeries(record);
  if (series.every((s) => s.points.length === 0)) return undefined;
  const matcherRun = runOf(record, 'matcher');
  const peersRun = record.peerLatency ? runOf(record, 'peers') : undefined;
  const day = (r: RunFacts) => `${r.started.slice(0, 10)} ${r.started.slice(11, 16)} UTC`;
  const runs =
    matcherRun && peersRun && matcherRun.started !== peersRun.started
      ? `ours measured ${day(matcherRun)}, the peers ${day(peersRun)}`
      : `measured ${day((matcherRun ?? peersRun)!)}`;
  const machine = (matcherRun ?? peersRun)!.machine;
  const questions = record.matcher?.questions ?? record.peerLatency?.questions ?? 0;
  const repeats = record.peerLatency?.repeats ?? 7;
  const concepts = record.matcher?.concepts || record.peerLatency?.concepts;
  const smallest = Math.min(...series.flatMap((s) => s.points.map((p) => p.entries)));
  return {
    title: 'Matcher latency per question against knowledge size',
    subtitle: `p99 (solid) and p50 (dashed) of each question's median over ${repeats} repeats, ${questions} questions; lower is better`,
    series,
    target: {
      ms: TARGETS.matcherP99.ms,
      label: `target: p99 < ${formatMs(TARGETS.matcherP99.ms)} ms at ${formatSize(TARGETS.matcherP99.entries)} entries (ours)`,
    },
    footnote: [
      `Above ${formatSize(smallest)} entries (the real FAQ): the real entries plus generated ones (bench/lib/syntheticKnowledge.ts${concepts ? ', with concept lexicons' : ''}).`,
      `npm run bench, ${runs}; Node ${machine.node}, ${machine.cores} × ${machine.cpu}, ${machine.platform}.`,
      `Load average (1 min) ${machine.loadAverageAtStart[0]} at the start, on a shared machine: see BENCHMARKS.md on reading these figures.`,
    ],
  };
}

/** The page with the text between the markers replaced; the rest of it is left as it was. */
export function replaceResults(page: string, block: string): string {
  const start = page.indexOf(MARKERS.start);
  const end = page.indexOf(MARKERS.end);
  if (start < 0 || end < 0 || end < start)
    throw new Error(`the page has no ${MARKERS.start} … ${MARKERS.end} section`);
  if (page.indexOf(MARKERS.start, start + 1) >= 0 || page.indexOf(MARKERS.end, end + 1) >= 0)
    throw new Error('the page has more than one results section');
  return `${page.slice(0, start + MARKERS.start.length)}\n${block}\n${page.slice(end)}`;
}
