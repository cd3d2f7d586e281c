/**
 * respond() in-process: what the conversation policy costs per turn, without
 * HTTP, botbuilder or state. The benchmark questions go round 100
 * conversations as in the turn benchmark (part 2), each keeping its memory, so
 * follow-ups and ordinals meet a focus as they do there.
 */
import type { KnowledgeBase } from '../src/knowledge/types';
import { createConversationDeps } from '../src/conversation/createConversation';
import { newMemory, type ConversationMemory } from '../src/conversation/memory';
import { respond } from '../src/intents/respond';
import { validateMatcherOptions } from '../src/matching/matcherOptions';
import { median, nowMs } from './lib/stats';

export interface RespondBenchResult {
  questions: number;
  passes: number;
  /** Median over the passes of (pass time / questions). */
  msPerTurn: number;
  passMsPerTurn: number[];
  /**
   * The same in CPU time of this process (process.cpuUsage): on a shared machine a
   * pass that is descheduled for a while takes longer, but uses no more CPU.
   */
  cpuMsPerTurn: number;
}

const CONVERSATIONS = 100;

export function respondBench(knowledge: KnowledgeBase, questions: string[], passes = 7): RespondBenchResult {
  const deps = createConversationDeps(knowledge, validateMatcherOptions({}));
  const memories: ConversationMemory[] = Array.from({ length: CONVERSATIONS }, () => newMemory());
  const cpuMs: number[] = [];
  const pass = () => {
    const started = nowMs();
    const cpu = process.cpuUsage();
    questions.forEach((text, i) => {
      const c = i % CONVERSATIONS;
      memories[c] = respond({ text, locale: 'nl-NL' }, memories[c]!, deps).memory;
    });
    const used = process.cpuUsage(cpu);
    cpuMs.push((used.user + used.system) / 1000 / questions.length);
    return (nowMs() - started) / questions.length;
  };
  pass(); // warm-up (JIT), not counted
  cpuMs.length = 0;
  const passMsPerTurn = Array.from({ length: passes }, pass);
  return {
    questions: questions.length,
    passes,
    msPerTurn: median(passMsPerTurn),
    passMsPerTurn,
    cpuMsPerTurn: median(cpuMs),
  };
}
