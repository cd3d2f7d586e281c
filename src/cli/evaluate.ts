/**
 * npm run eval [-- --dir tests/eval/holdout] [-- --failures]
 * Runs the labelled questions in tests/eval/ through the real bot and prints
 * the accuracy per category next to the bar it must reach.
 */
import { loadConfig } from '../config';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { createConversationDeps } from '../conversation/createConversation';
import { loadEvalSets } from '../eval/evalSet';
import { runEval, BARS } from '../eval/runEval';
import { runCli } from './runCli';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const dir = args.includes('--dir') ? args[args.indexOf('--dir') + 1]! : 'tests/eval';
  const config = loadConfig();
  const { knowledge } = await loadKnowledge(config.knowledgeDir);
  const sets = await loadEvalSets(dir, new Set(knowledge.entries.map((e) => e.id)));
  const results = await runEval(sets, createConversationDeps(knowledge, config.matcher), knowledge);
  let failing = 0;
  console.log(
    `${'category'.padEnd(14)} ${'correct'.padStart(9)} ${'accuracy'.padStart(9)} ${'bar'.padStart(6)}`,
  );
  for (const r of results) {
    const accuracy = r.correct / r.total;
    const bar = BARS[r.category];
    const below = bar !== undefined && accuracy < bar;
    if (below) failing++;
    console.log(
      `${r.category.padEnd(14)} ${`${r.correct}/${r.total}`.padStart(9)} ${(accuracy * 100).toFixed(1).padStart(8)}% ${bar === undefined ? '     -' : `${(bar * 100).toFixed(0).padStart(5)}%`}${below ? '  BELOW BAR' : ''}`,
    );
  }
  const conversations = results.reduce((n, r) => n + r.conversations, 0);
  const welcomed = results.reduce((n, r) => n + r.welcomed, 0);
  console.log(`welcome        ${welcomed}/${conversations} conversations`);
  if (args.includes('--failures')) {
    for (const r of results)
      for (const f of r.failures)
        console.log(
          `  ✗ [${r.category}] ${'say' in f.step ? f.step.say : `click ${f.step.click}`} → expected ${f.step.expect}: ${f.reason}`,
        );
  }
  return failing > 0 || welcomed < conversations ? 1 : 0;
}

runCli('eval', main);
