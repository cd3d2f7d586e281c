/**
 * Runs labelled question sets through the real bot and counts, per category,
 * the replies that show the right thing.
 */
import type { KnowledgeBase } from '../knowledge/types';
import type { ConversationDeps } from '../conversation/turn';
import { BotConversation } from './botDriver';
import { Judge } from './judge';
import type { EvalCategory, Step } from './evalSet';

export interface StepResult {
  script: string;
  step: Step;
  ok: boolean;
  reason?: string;
}

export interface CategoryResult {
  category: string;
  total: number;
  correct: number;
  /** Conversations in which the welcome arrived before the first question. */
  welcomed: number;
  conversations: number;
  failures: StepResult[];
}

/** The accuracy each category must reach (the bars of the product's acceptance check). */
export const BARS: Record<string, number> = {
  dutch: 0.9,
  misspelt: 0.85,
  ordinal: 0.8,
  followup: 0.9,
  english: 0.75,
  'out-of-scope': 0.9,
  smalltalk: 1,
};

export async function runEval(
  categories: EvalCategory[],
  deps: ConversationDeps,
  knowledge: KnowledgeBase,
): Promise<CategoryResult[]> {
  const judge = new Judge(knowledge);
  const results: CategoryResult[] = [];
  for (const { category, scripts } of categories) {
    const result: CategoryResult = {
      category,
      total: 0,
      correct: 0,
      welcomed: 0,
      conversations: 0,
      failures: [],
    };
    for (const script of scripts) {
      const conversation = new BotConversation(deps);
      const start = await conversation.start();
      result.conversations++;
      if (start.texts.length === 1 && start.buttons.length > 0) result.welcomed++;
      for (const step of script.steps) {
        const verdict = await conversation
          .send(step)
          .then((observed) => judge.judge(observed, step.expect, { english: category === 'english' }))
          .catch((error: Error) => ({ ok: false, reason: error.message }));
        result.total++;
        if (verdict.ok) result.correct++;
        else
          result.failures.push({
            script: script.name,
            step,
            ok: false,
            ...(verdict.reason ? { reason: verdict.reason } : {}),
          });
      }
    }
    results.push(result);
  }
  return results;
}
