/**
 * npm run eval [-- --dir tests/eval/visitors-a] [-- --failures] [-- --one-conversation]
 * Runs labelled question sets through the real bot and prints, per category:
 * right first time (against its bar), right within one click, wrong entry
 * shown, and abstained (asked back or fell back without the right option).
 * A holdout set (a directory named holdout*) prints its totals only: its
 * questions are never looked at one by one, so they cannot steer tuning.
 * --one-conversation asks each category's single questions in one conversation
 * instead of one each (evalSet.ts, asOneConversation).
 */
import path from 'node:path';
import { loadConfig } from '../config';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { createConversationDeps } from '../conversation/createConversation';
import { asOneConversation, loadEvalSets } from '../eval/evalSet';
import { runEval, BARS, type CategoryResult } from '../eval/runEval';
import { runCli } from './runCli';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const dir = args.includes('--dir') ? args[args.indexOf('--dir') + 1]! : 'tests/eval';
  const holdout = path.basename(path.resolve(dir)).startsWith('holdout');
  if (holdout && args.includes('--failures')) {
    console.error(`${dir} is a holdout: it is run for its totals only, never with --failures.`);
    return 2;
  }
  const config = loadConfig();
  const { knowledge } = await loadKnowledge(config.knowledgeDir);
  const loaded = await loadEvalSets(dir, new Set(knowledge.entries.map((e) => e.id)));
  const sets = args.includes('--one-conversation') ? asOneConversation(loaded) : loaded;
  const results = await runEval(sets, createConversationDeps(knowledge, config.matcher), knowledge);
  const failing = printTable(results);
  if (args.includes('--failures')) printFailures(results);
  const conversations = results.reduce((n, r) => n + r.conversations, 0);
  const welcomed = results.reduce((n, r) => n + r.welcomed, 0);
  return failing > 0 || welcomed < conversations ? 1 : 0;
}

/** @returns how many categories are below their bar */
function printTable(results: CategoryResult[]): number {
  const pct = (n: number, of: number) => (of === 0 ? '-' : `${((100 * n) / of).toFixed(1)}%`);
  const cell = (n: number, of: number) => `${n} ${pct(n, of)}`.padStart(12);
  console.log(
    `${'category'.padEnd(13)}${'n'.padStart(5)}${'right'.padStart(12)}${'≤1 click'.padStart(12)}${'wrong'.padStart(12)}${'abstained'.padStart(12)}${'bar'.padStart(6)}`,
  );
  let failing = 0;
  for (const r of results) {
    const bar = BARS[r.category];
    const below = bar !== undefined && r.correct / r.total < bar;
    if (below) failing++;
    console.log(
      `${r.category.padEnd(13)}${String(r.total).padStart(5)}${cell(r.correct, r.total)}${cell(r.correct + r.oneClick, r.total)}${cell(r.wrong, r.total)}${cell(r.abstained, r.total)}${bar === undefined ? '     -' : `${(bar * 100).toFixed(0).padStart(5)}%`}${below ? '  BELOW BAR' : ''}`,
    );
  }
  const sum = (f: (r: CategoryResult) => number) => results.reduce((n, r) => n + f(r), 0);
  const inScope = sum((r) => r.inScope);
  // Wrong answers to in-scope questions: how often a visitor who asked something the FAQ answers was misled.
  const inScopeWrong = sum(
    (r) =>
      r.failures.filter(
        (f) => f.outcome === 'wrong' && !['fallback', 'smalltalk', 'out-of-range'].includes(f.step.expect),
      ).length,
  );
  console.log(
    `wrong entry shown on in-scope questions: ${inScopeWrong}/${inScope} (${pct(inScopeWrong, inScope)})`,
  );
  console.log(`welcome        ${sum((r) => r.welcomed)}/${sum((r) => r.conversations)} conversations`);
  return failing;
}

function printFailures(results: CategoryResult[]): void {
  for (const r of results)
    for (const f of r.failures)
      console.log(
        `  ${f.outcome === 'wrong' ? '✗' : f.outcome === 'oneClick' ? '~' : '?'} [${r.category}] ${'say' in f.step ? f.step.say : `click ${f.step.click}`} → expected ${f.step.expect}: ${f.outcome}${f.reason ? `; ${f.reason}` : ''}`,
      );
}

runCli('eval', main);
