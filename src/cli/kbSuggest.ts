/**
 * npm run kb:suggest [-- --min-count 2]
 * Groups the questions visitors asked (learning signals, unanswered questions,
 * 👎 with their question) and writes knowledge/review/suggestions.yaml: per
 * group the entry it should lead to, with the evidence, or "gap". Staff mark
 * each group accept, reject or another entry id, then run npm run kb:accept.
 */
import path from 'node:path';
import { loadConfig } from '../config';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { createConversationDeps } from '../conversation/createConversation';
import { formatIssue, isError, type KnowledgeIssue } from '../knowledge/issues';
import { FEEDBACK_LOG, SIGNAL_LOG, UNANSWERED_LOG } from '../sharedStorage';
import { isSignalRecord, parseRecords } from '../signals/records';
import { parseLog } from '../unanswered/summarize';
import { parseFeedbackLog } from '../feedback/summarizeFeedback';
import { observationsFrom } from '../learning/observations';
import { suggest } from '../learning/suggest';
import { nearestWith, stemsWith } from '../learning/matcherViews';
import {
  GAP,
  readRejected,
  readSuggestions,
  SUGGESTIONS_FILE,
  writeSuggestions,
} from '../learning/reviewFile';
import { readRecordLog } from './readRecordLog';
import { runCli } from './runCli';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const minCount = args.includes('--min-count') ? Number(args[args.indexOf('--min-count') + 1]) : 1;
  if (!Number.isInteger(minCount) || minCount < 1) {
    console.error('--min-count needs a whole number of 1 or more');
    return 2;
  }
  const config = loadConfig();
  const dir = config.knowledgeDir;
  const { knowledge } = await loadKnowledge(dir);
  const { matcher } = createConversationDeps(knowledge, config.matcher);

  const signals = await readRecordLog(config, SIGNAL_LOG.name, config.signalLogPath);
  const unanswered = await readRecordLog(config, UNANSWERED_LOG.name, config.unansweredLogPath);
  const feedback = await readRecordLog(config, FEEDBACK_LOG.name, config.feedbackLogPath);
  const parsed = {
    signals: parseRecords(signals.text ?? '', isSignalRecord),
    unanswered: parseLog(unanswered.text ?? ''),
    feedback: parseFeedbackLog(feedback.text ?? ''),
  };
  const skipped = parsed.signals.skipped + parsed.unanswered.skipped + parsed.feedback.skipped;

  const issues: KnowledgeIssue[] = [];
  const previous = await readSuggestions(dir, issues);
  const rejected = await readRejected(dir, issues);
  if (issues.some(isError)) {
    for (const issue of issues) console.error(formatIssue(issue));
    console.error('Fix the review files first; kb:suggest keeps the decisions made in them.');
    return 1;
  }
  const suggestions = suggest({
    observations: observationsFrom({
      signals: parsed.signals.records,
      unanswered: parsed.unanswered.records,
      feedback: parsed.feedback.records,
    }),
    knowledge,
    stemsOf: stemsWith(matcher),
    nearest: nearestWith(matcher),
    rejected,
    previous,
    minCount,
  });
  await writeSuggestions(dir, suggestions);

  console.log(
    `Read ${parsed.signals.records.length} signal(s) from ${signals.source}, ${parsed.unanswered.records.length} unanswered question(s) from ${unanswered.source}, ${parsed.feedback.records.length} rating(s) from ${feedback.source}${skipped ? ` (${skipped} unreadable line(s) skipped)` : ''}.`,
  );
  const gaps = suggestions.filter((s) => s.proposal === GAP).length;
  console.log(
    `${suggestions.length} group(s): ${suggestions.length - gaps} with a proposed entry, ${gaps} gap(s); wrote ${path.join(dir, SUGGESTIONS_FILE)}\n`,
  );
  console.log(`${'times'.padStart(5)}  ${'proposal'.padEnd(32)}  ${'decision'.padEnd(10)}  question`);
  for (const s of suggestions) {
    const more = s.questions.length > 1 ? ` (+${s.questions.length - 1} more)` : '';
    console.log(
      `${String(s.count).padStart(5)}  ${s.proposal.padEnd(32)}  ${s.decision.padEnd(10)}  ${s.questions[0]}${more}`,
    );
  }
  if (suggestions.length > 0)
    console.log('\nMark each group accept, reject or an entry id, then run npm run kb:accept.');
  return 0;
}

runCli('kb:suggest', main);
