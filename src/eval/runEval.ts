/**
 * Runs labelled question sets through the real bot and counts, per category,
 * what each message got the visitor: the right answer first time, the right
 * answer one click later, a wrong entry, or neither (asked back or fell back
 * without the right option).
 */
import type { KnowledgeBase } from '../knowledge/types';
import type { ConversationDeps } from '../conversation/turn';
import { BotConversation, type Observed } from '../bot/botDriver';
import { Judge, type Outcome } from './judge';
import type { EvalCategory, EvalScript, Step } from './evalSet';

export interface StepResult {
  script: string;
  step: Step;
  outcome: Outcome;
  reason?: string;
}

export interface CategoryResult {
  category: string;
  total: number;
  /** Right first time. */
  correct: number;
  /** Not right first time, but a button of the reply leads to the right answer. */
  oneClick: number;
  /** Showed the FAQ text of another entry. */
  wrong: number;
  /** Neither right nor wrong: asked back or fell back, with no button to the right answer. */
  abstained: number;
  /** Steps that expect an FAQ entry (not a fallback, small talk or an out-of-range answer). */
  inScope: number;
  /** Conversations in which the welcome arrived before the first question. */
  welcomed: number;
  conversations: number;
  failures: StepResult[];
}

/** The share of right-first-time answers each category must reach (the bars `npm test` checks). */
export const BARS: Record<string, number> = {
  dutch: 0.9,
  misspelt: 0.85,
  ordinal: 0.8,
  followup: 0.9,
  english: 0.75,
  'out-of-scope': 0.9,
  smalltalk: 1,
};

const SPECIAL = new Set(['fallback', 'smalltalk', 'out-of-range']);

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
      oneClick: 0,
      wrong: 0,
      abstained: 0,
      inScope: 0,
      welcomed: 0,
      conversations: 0,
      failures: [],
    };
    const english = category === 'english';
    for (const script of scripts) {
      const conversation = new BotConversation(deps);
      const start = await conversation.start();
      result.conversations++;
      if (start.texts.length === 1 && start.buttons.length > 0) result.welcomed++;
      for (const [at, step] of script.steps.entries()) {
        const { outcome, reason } = await conversation
          .send(step)
          .then((observed) =>
            classify(observed, step.expect, judge, english, () =>
              clickLeadsThere(deps, judge, script, at, observed, english),
            ),
          )
          .catch((error: Error) => ({ outcome: 'abstained' as const, reason: error.message }));
        result.total++;
        if (!SPECIAL.has(step.expect)) result.inScope++;
        if (outcome === 'right') result.correct++;
        else {
          result[outcome]++;
          result.failures.push({ script: script.name, step, outcome, ...(reason ? { reason } : {}) });
        }
      }
    }
    results.push(result);
  }
  return results;
}

async function classify(
  observed: Observed,
  expect: string,
  judge: Judge,
  english: boolean,
  oneClick: () => Promise<boolean>,
): Promise<{ outcome: Outcome; reason?: string }> {
  const verdict = judge.judge(observed, expect, { english });
  if (verdict.ok) return { outcome: 'right' };
  const reason = verdict.reason ?? '';
  const wrong = judge.showsWrongEntry(observed, expect);
  if (wrong) return { outcome: 'wrong', reason: `${reason} (shows ${wrong})` };
  if (!SPECIAL.has(expect) && (await oneClick())) return { outcome: 'oneClick', reason };
  return { outcome: 'abstained', reason };
}

/**
 * Whether clicking one of the reply's buttons shows the expected entry: the conversation is
 * replayed up to this step in a fresh bot (it is deterministic), then the button is clicked.
 */
async function clickLeadsThere(
  deps: ConversationDeps,
  judge: Judge,
  script: EvalScript,
  at: number,
  observed: Observed,
  english: boolean,
): Promise<boolean> {
  const step = script.steps[at]!;
  for (const button of observed.buttons) {
    const replay = new BotConversation(deps);
    await replay.start();
    for (const earlier of script.steps.slice(0, at)) await replay.send(earlier);
    await replay.send('say' in step ? { say: step.say } : { click: step.click });
    const after = await replay.say(button.value);
    if (judge.judge(after, step.expect, { english }).ok) return true;
  }
  return false;
}
