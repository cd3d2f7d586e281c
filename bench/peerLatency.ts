/**
 * Part of "peers": MiniSearch's and NLP.js's latency per question at the
 * matcher part's knowledge sizes, measured as the matcher is (see
 * peerLatencyWorker.ts), for the chart of latency against knowledge size.
 * Each peer runs in its own worker thread, sizes in ascending order; a
 * training that takes longer than the budget is stopped, and that size and the
 * larger ones are recorded as not measured, with the reason.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { PEERS, type PeerName } from './peers';
import type { PeerLatencyJob, PeerLatencyMessage } from './peerLatencyWorker';
import { QUESTION_REPEATS, type QuestionMedians } from './lib/stats';

export type PeerSizeResult =
  | { entries: number; trainMs: number; perQuestionMedians: QuestionMedians }
  | { entries: number; notMeasured: string };

export interface PeerLatencyResult {
  questions: number;
  repeats: number;
  concepts: boolean;
  trainBudgetSeconds: number;
  systems: { name: PeerName; sizes: PeerSizeResult[] }[];
}

export const TRAIN_BUDGET_SECONDS = 45;

export async function peerLatencyBench(
  sizes: number[],
  { concepts = false, trainBudgetSeconds = TRAIN_BUDGET_SECONDS } = {},
): Promise<PeerLatencyResult> {
  const ascending = [...new Set(sizes)].sort((a, b) => a - b);
  const systems: PeerLatencyResult['systems'] = [];
  let questions = 0;
  for (const { name } of PEERS) {
    const { results, questions: asked } = await measurePeer(
      { peer: name, sizes: ascending, concepts },
      trainBudgetSeconds,
    );
    questions ||= asked;
    systems.push({ name, sizes: results });
  }
  return { questions, repeats: QUESTION_REPEATS, concepts, trainBudgetSeconds, systems };
}

function measurePeer(job: PeerLatencyJob, budgetSeconds: number) {
  return new Promise<{ results: PeerSizeResult[]; questions: number }>((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'peerLatencyWorker.js'), {
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: 4096 },
    });
    const results: PeerSizeResult[] = [];
    let questions = 0;
    let timer: NodeJS.Timeout | undefined;
    const finish = () => {
      clearTimeout(timer);
      // Sizes not reached: a smaller one's training ran out of time (sizes go up).
      const slow = results.find((r) => 'notMeasured' in r);
      for (const size of job.sizes.slice(results.length))
        results.push({
          entries: size,
          notMeasured: slow
            ? `not tried: training at ${slow.entries} entries took over ${budgetSeconds} s`
            : 'not run',
        });
      resolve({ results, questions });
    };
    worker.on('message', (message: PeerLatencyMessage) => {
      if (message.kind === 'training') {
        timer = setTimeout(() => {
          results.push({ entries: message.entries, notMeasured: `training took over ${budgetSeconds} s` });
          console.log(
            `${job.peer}: training at ${message.entries} entries took over ${budgetSeconds} s; stopped`,
          );
          void worker.terminate();
        }, budgetSeconds * 1000);
      } else if (message.kind === 'trained') {
        clearTimeout(timer);
      } else {
        questions = message.questions;
        results.push({
          entries: message.entries,
          trainMs: message.trainMs,
          perQuestionMedians: message.perQuestionMedians,
        });
      }
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.on('exit', finish);
  });
}
