/**
 * npm run bench [-- matcher turns cold peers]   (env: BENCH_SIZES=29,10000, BENCH_CONCEPTS=1)
 * Runs the benchmarks (all, or the parts named), prints their tables and
 * writes bench/results/latest.json; from that record (this run's parts merged
 * into the last figures of the others) it rewrites the results section of
 * BENCHMARKS.md and bench/results/matcher-latency.svg. Built JS only (see
 * package.json "bench").
 */
import os from 'node:os';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { loadKnowledge } from '../src/knowledge/loadKnowledge';
import { matcherBench } from './matcherBench';
import { turnBench } from './turnBench';
import { respondBench } from './respondBench';
import { coldStartBench } from './coldStart';
import { peersBench } from './peers';
import { peerLatencyBench } from './peerLatency';
import { benchmarkQuestions, labelledQuestions } from './lib/questions';
import { ms, table } from './lib/table';
import { turnReport } from './lib/turnReport';
import { BOT_KINDS } from './lib/servers';
import { latencyChart } from './lib/latencyChart';
import {
  chartInput,
  PARTS,
  replaceResults,
  resultsMarkdown,
  runOf,
  type BenchRecord,
  type Part,
} from './lib/results';

const PAGE = 'BENCHMARKS.md';
const CHART = 'bench/results/matcher-latency.svg';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => !(PARTS as readonly string[]).includes(a));
  if (unknown.length > 0) throw new Error(`unknown part ${unknown.join(', ')}; parts: ${PARTS.join(', ')}`);
  const parts: Part[] = args.length > 0 ? (args as Part[]) : [...PARTS];
  const { knowledge } = await loadKnowledge('knowledge');
  const results: Record<string, unknown> = { machine: machine(), started: new Date().toISOString() };
  // The knowledge sizes of the matcher and of the peers' latency: the real FAQ, then generated entries.
  const sizes = (process.env.BENCH_SIZES ?? `${knowledge.entries.length},100,300,1000,3000,10000`)
    .split(',')
    .map(Number);
  // BENCH_CONCEPTS=1: generated entries carry concept lexicons, as curated ones do (a heavier index).
  const concepts = process.env.BENCH_CONCEPTS === '1';

  if (parts.includes('matcher')) {
    const r = await matcherBench(knowledge, sizes, { concepts });
    results.matcher = r;
    console.log(`\nMatcher, per question (${r.questions} questions; ms)`);
    console.log(
      table(
        [
          'entries',
          'stems',
          'vocabulary',
          'build ms',
          'memory Δ MB (heap + typed arrays)',
          'median',
          'p99',
          'max',
          'median (repeat)',
          'p99 (repeat)',
          'p50 of question medians',
          'p99 of question medians',
          'slowest question median',
        ],
        r.sizes.map((s) => [
          s.entries,
          s.stems,
          s.vocabulary,
          ms(s.buildMs, 0),
          ms(s.memoryDeltaMb, 1),
          ms(s.firstPass.median),
          ms(s.firstPass.p99),
          ms(s.firstPass.max),
          ms(s.repeated.median),
          ms(s.repeated.p99),
          ms(s.perQuestionMedians.p50),
          ms(s.perQuestionMedians.p99),
          ms(s.perQuestionMedians.max),
        ]),
      ),
    );
    console.log(`median growth, largest / real size: ${r.medianGrowth.toFixed(2)}×`);
  }
  const labelled = await labelledQuestions(knowledge);

  if (parts.includes('respond')) {
    const r = respondBench(knowledge, benchmarkQuestions(labelled), Number(process.env.BENCH_PASSES ?? 15));
    results.respond = r;
    console.log(
      `\nrespond() in-process, ${r.questions} questions × ${r.passes} passes: ${ms(r.msPerTurn)} ms per turn, ${ms(r.cpuMsPerTurn)} ms CPU (medians of the passes; passes ${r.passMsPerTurn.map((x) => ms(x)).join(', ')})`,
    );
  }

  if (parts.includes('turns')) {
    const r = await turnBench(
      benchmarkQuestions(labelled),
      Number(process.env.BENCH_SECONDS ?? 4),
      true,
      process.env.BENCH_SETS ? Number(process.env.BENCH_SETS) : undefined,
    );
    results.turns = r;
    console.log(turnReport(r));
  }

  if (parts.includes('cold')) {
    const r = await coldStartBench(Number(process.env.BENCH_COLD_RUNS ?? 5));
    results.cold = r;
    console.log(`\nCold start: spawn → /healthz 200 (median of ${r.runs}, alternating)`);
    console.log(
      table(
        ['bot', 'cold start ms', 'RSS after start MB'],
        BOT_KINDS.map((b) => [b, ms(r.coldStartMs[b], 0), ms(r.rssAfterStartMb[b], 1)]),
      ),
    );
  }

  if (parts.includes('peers')) {
    const r = await peersBench(knowledge, labelled);
    results.peers = r;
    const categories = Object.keys(r[0]!.accuracy);
    console.log(
      `\nPeers on the real FAQ (${knowledge.entries.length} entries): top entry id (or abstain) per question`,
    );
    console.log(
      table(
        ['system', ...categories, 'all', 'train ms', 'median ms', 'p99 ms'],
        r.map((p) => [
          p.name,
          ...categories.map((c) => `${p.accuracy[c]!.correct}/${p.accuracy[c]!.total}`),
          `${((p.overall.correct / p.overall.total) * 100).toFixed(1)}%`,
          ms(p.trainMs, 0),
          ms(p.perQuestion.median),
          ms(p.perQuestion.p99),
        ]),
      ),
    );
    const latency = await peerLatencyBench(sizes, { concepts });
    results.peerLatency = latency;
    console.log(
      `\nPeers' latency per question by knowledge size (${latency.questions} questions; ms, over each question's median of ${latency.repeats} repeats)`,
    );
    console.log(
      table(
        ['system', 'entries', 'train ms', 'p50', 'p99', 'slowest'],
        latency.systems.flatMap(({ name, sizes: measured }) =>
          measured.map((s) =>
            'perQuestionMedians' in s
              ? [
                  name,
                  s.entries,
                  ms(s.trainMs, 0),
                  ms(s.perQuestionMedians.p50),
                  ms(s.perQuestionMedians.p99),
                  ms(s.perQuestionMedians.max),
                ]
              : [name, s.entries, s.notMeasured, '', '', ''],
          ),
        ),
      ),
    );
  }

  results.loadAverageAtEnd = os.loadavg().map((l) => Number(l.toFixed(2)));
  results.finished = new Date().toISOString();
  await mkdir('bench/results', { recursive: true });
  // A run of some parts keeps the other parts' last recorded figures; `runs` says which run recorded which
  // parts. A run of all parts replaces the record.
  const previous = PARTS.every((p) => parts.includes(p))
    ? {}
    : await readFile('bench/results/latest.json', 'utf8').then(
        (text) => JSON.parse(text) as Record<string, unknown>,
        (): Record<string, unknown> => ({}),
      );
  const factsOf = (r: Record<string, unknown>) => ({
    machine: r.machine,
    started: r.started,
    finished: r.finished,
    ...(r.loadAverageAtEnd ? { loadAverageAtEnd: r.loadAverageAtEnd } : {}),
  });
  const earlierRuns =
    (previous.runs as Record<string, unknown> | undefined) ??
    (previous.started ? { [PARTS.filter((p) => p in previous).join(' ')]: factsOf(previous) } : {});
  const recorded = { ...previous, ...results, runs: { ...earlierRuns, [parts.join(' ')]: factsOf(results) } };
  // Runs whose figures have all been replaced since are dropped (git keeps them).
  const current = new Set(PARTS.map((p) => runOf(recorded as BenchRecord, p)?.started));
  recorded.runs = Object.fromEntries(
    Object.entries(recorded.runs).filter(([, facts]) => current.has((facts as { started: string }).started)),
  );
  await writeFile('bench/results/latest.json', `${JSON.stringify(recorded, null, 2)}\n`);
  console.log('\nwritten: bench/results/latest.json');

  // The page's results section and the chart, from the record just written (so from the same numbers).
  const record = recorded as BenchRecord;
  if (parts.includes('matcher') || parts.includes('peers')) {
    const chart = chartInput(record);
    if (chart) {
      await writeFile(CHART, latencyChart(chart));
      console.log(`written: ${CHART}`);
    }
  }
  const page = await readFile(PAGE, 'utf8');
  await writeFile(PAGE, replaceResults(page, resultsMarkdown(record)));
  console.log(`written: ${PAGE} (results section)`);
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    loadAverageAtStart: os.loadavg().map((l) => Number(l.toFixed(2))),
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
