/**
 * Part 1: the matcher per question at the real FAQ's size and larger generated
 * knowledge (run.ts: 100 … 10 000 entries): index build time, memory kept by the
 * index, and latency per question, first with the spelling cache empty (every
 * misspelling is new), then repeated (the cache holds them, as in a running bot).
 */
import type { KnowledgeBase } from '../src/knowledge/types';
import { Matcher } from '../src/matching/matcher';
import { DEFAULT_MATCHER_OPTIONS } from '../src/matching/matcherOptions';
import { syntheticKnowledge } from './lib/syntheticKnowledge';
import { benchmarkQuestions, labelledQuestions } from './lib/questions';
import {
  nowMs,
  QUESTION_REPEATS,
  questionMedians,
  summarize,
  type QuestionMedians,
  type Summary,
} from './lib/stats';

export interface MatcherSizeResult {
  entries: number;
  /** Distinct stems in the Dutch and English indexes; spelling vocabulary (nl). */
  stems: number;
  vocabulary: number;
  buildMs: number;
  memoryDeltaMb: number;
  memoryAfterMb: number;
  /** Each question once, spelling cache empty. */
  firstPass: Summary;
  /** The same questions, QUESTION_REPEATS times more, cache warm. */
  repeated: Summary;
  /**
   * Each question's median over the repeats, then the p50, p99 and the slowest
   * of those (lib/stats.ts questionMedians): the figure the latency target and
   * the chart use, measured the same way for the peers (peerLatency.ts).
   */
  perQuestionMedians: QuestionMedians;
}

export interface MatcherBenchResult {
  questions: number;
  /** Whether the generated entries had concept lexicons. */
  concepts: boolean;
  sizes: MatcherSizeResult[];
  /** Median per question at the largest size over the real size (first pass). */
  medianGrowth: number;
}

export async function matcherBench(
  real: KnowledgeBase,
  sizes: number[],
  { concepts = false }: { concepts?: boolean } = {},
): Promise<MatcherBenchResult> {
  const questions = benchmarkQuestions(await labelledQuestions(real));
  // Warm the JIT on the real FAQ so the first size measured is not the one that pays for compiling.
  const warm = new Matcher(real, DEFAULT_MATCHER_OPTIONS);
  for (let i = 0; i < 3; i++) for (const q of questions) warm.match(q, { preferred: 'nl' });

  const results: MatcherSizeResult[] = [];
  for (const size of sizes) results.push(measureSize(knowledgeOfSize(real, size, concepts), questions));
  return {
    questions: questions.length,
    concepts,
    sizes: results,
    medianGrowth: results[results.length - 1]!.firstPass.median / results[0]!.firstPass.median,
  };
}

/** The knowledge measured at a size: the real FAQ up to its own size, else it plus generated entries. */
export function knowledgeOfSize(real: KnowledgeBase, size: number, concepts: boolean): KnowledgeBase {
  return size <= real.entries.length ? real : syntheticKnowledge(real, { size, concepts });
}

function measureSize(knowledge: KnowledgeBase, questions: string[]): MatcherSizeResult {
  const memoryBefore = retainedBytes();
  const start = nowMs();
  const matcher = new Matcher(knowledge, DEFAULT_MATCHER_OPTIONS);
  const buildMs = nowMs() - start;
  const memoryAfter = retainedBytes();
  const time = (text: string) => {
    const t0 = nowMs();
    matcher.match(text, { preferred: 'nl' });
    return nowMs() - t0;
  };
  const firstPass = questions.map(time);
  const repeated: number[] = [];
  const perQuestion = questions.map(() => [] as number[]);
  for (let i = 0; i < QUESTION_REPEATS; i++) {
    questions.forEach((q, k) => {
      const t = time(q);
      repeated.push(t);
      perQuestion[k]!.push(t);
    });
  }
  const { nl, en } = matcher.indexes;
  return {
    entries: knowledge.entries.length,
    stems: new Set([
      ...nl.phrasingsWith.keys(),
      ...nl.contentWith.keys(),
      ...en.phrasingsWith.keys(),
      ...en.contentWith.keys(),
    ]).size,
    vocabulary: nl.vocabulary.size,
    buildMs,
    memoryDeltaMb: (memoryAfter - memoryBefore) / 2 ** 20,
    memoryAfterMb: memoryAfter / 2 ** 20,
    firstPass: summarize(firstPass),
    repeated: summarize(repeated),
    perQuestionMedians: questionMedians(perQuestion),
  };
}

/**
 * Memory kept after a full collection (node --expose-gc), so the delta is what the index keeps: the V8
 * heap plus the typed arrays' backing stores, which live outside it (the pruned index keeps most of its
 * postings in typed arrays, so heapUsed alone understated it).
 */
function retainedBytes(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc (npm run bench does)');
  gc();
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}
