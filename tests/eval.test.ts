/**
 * The labelled question set in tests/eval/ through the real bot: every category
 * must reach its bar, and every conversation starts with the welcome. This is
 * the regression guard for matching quality (npm run eval prints the figures).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/loadKnowledge';
import { createConversationDeps } from '../src/conversation/createConversation';
import { DEFAULT_MATCHER_OPTIONS } from '../src/matching/matcherOptions';
import { loadEvalSets } from '../src/eval/evalSet';
import { BARS, runEval, type CategoryResult } from '../src/eval/runEval';

let results: CategoryResult[];

beforeAll(async () => {
  const { knowledge } = await loadKnowledge('knowledge');
  const sets = await loadEvalSets('tests/eval', new Set(knowledge.entries.map((e) => e.id)));
  results = await runEval(sets, createConversationDeps(knowledge, DEFAULT_MATCHER_OPTIONS), knowledge);
}, 60_000);

describe('labelled questions (tests/eval)', () => {
  it('has at least 150 questions across the seven categories', () => {
    expect(results.map((r) => r.category).sort()).toEqual(Object.keys(BARS).sort());
    expect(results.reduce((n, r) => n + r.total, 0)).toBeGreaterThanOrEqual(150);
  });

  it.each(Object.entries(BARS))('%s reaches its bar (%d)', (category, bar) => {
    const result = results.find((r) => r.category === category)!;
    const failures = result.failures.map(
      (f) => `${'say' in f.step ? f.step.say : `click ${f.step.click}`} → ${f.step.expect}: ${f.reason}`,
    );
    expect(result.correct / result.total, failures.join('\n')).toBeGreaterThanOrEqual(bar);
  });

  it('welcomes in every conversation', () => {
    for (const r of results) expect(r.welcomed).toBe(r.conversations);
  });
});
