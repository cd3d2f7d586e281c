/**
 * One peer's latency per question at each knowledge size, in a worker thread
 * (started by peerLatency.ts), so that a training that runs past its budget can
 * be stopped: NLP.js trains synchronously and cannot be interrupted otherwise.
 * The knowledge, questions and timing are the matcher part's: the same
 * generated entries (knowledgeOfSize), the same 406 questions, one untimed
 * pass, then QUESTION_REPEATS timed passes and each question's median.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadKnowledge } from '../src/knowledge/loadKnowledge';
import { knowledgeOfSize } from './matcherBench';
import { PEERS, type PeerName } from './peers';
import { benchmarkQuestions, labelledQuestions } from './lib/questions';
import { nowMs, QUESTION_REPEATS, questionMedians, type QuestionMedians } from './lib/stats';

export interface PeerLatencyJob {
  peer: PeerName;
  sizes: number[];
  concepts: boolean;
}

export type PeerLatencyMessage =
  | { kind: 'training'; entries: number }
  | { kind: 'trained'; entries: number; trainMs: number }
  | {
      kind: 'measured';
      entries: number;
      trainMs: number;
      questions: number;
      perQuestionMedians: QuestionMedians;
    };

async function run({ peer, sizes, concepts }: PeerLatencyJob): Promise<void> {
  const post = (message: PeerLatencyMessage) => parentPort!.postMessage(message);
  const build = PEERS.find((p) => p.name === peer)!.build;
  const { knowledge: real } = await loadKnowledge('knowledge');
  const questions = benchmarkQuestions(await labelledQuestions(real));
  for (const size of sizes) {
    const knowledge = knowledgeOfSize(real, size, concepts);
    post({ kind: 'training', entries: knowledge.entries.length });
    const start = nowMs();
    const classify = await build(knowledge);
    const trainMs = nowMs() - start;
    post({ kind: 'trained', entries: knowledge.entries.length, trainMs });
    for (const q of questions) await classify(q); // untimed: JIT and the library's own caches
    const times = questions.map(() => [] as number[]);
    for (let i = 0; i < QUESTION_REPEATS; i++) {
      for (let k = 0; k < questions.length; k++) {
        const t0 = nowMs();
        const answer = classify(questions[k]!);
        if (answer instanceof Promise) await answer;
        times[k]!.push(nowMs() - t0);
      }
    }
    post({
      kind: 'measured',
      entries: knowledge.entries.length,
      trainMs,
      questions: questions.length,
      perQuestionMedians: questionMedians(times),
    });
  }
}

if (parentPort) {
  // Thrown outside the promise, so the worker fails and peerLatency.ts sees its 'error' event.
  run(workerData as PeerLatencyJob).catch((error: unknown) =>
    process.nextTick(() => {
      throw error;
    }),
  );
}
