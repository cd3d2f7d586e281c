/**
 * Scores one entry against a prepared question by looking at the entry's own
 * phrasings and answer, instead of walking postings lists. Same arithmetic, in
 * the same order, as the exhaustive scoreEntries, so the scores are identical.
 */
import type { Candidate } from './scorer';
import type { LanguageIndex } from './languageIndex';
import type { MatcherOptions } from './matcherOptions';
import type { Query } from './query';
import { answerMayHold } from './signatures';

/** @returns undefined when the entry shares no stem with the question */
export function scoreEntry(
  index: LanguageIndex,
  query: Query,
  entry: number,
  options: MatcherOptions,
  answer = answerSignal(index, query, entry, options),
): Candidate | undefined {
  const best = bestPhrasing(index, query, entry);
  if (!best && !answer) return undefined;
  const entryId = index.postings.entryIds[entry]!;
  const c: Candidate = { entryId, score: 0, language: index.language, phrasingScore: 0, answerScore: 0 };
  if (best && best.score > 0) Object.assign(c, { phrasingScore: best.score, phrasing: best.text });
  if (answer) c.answerScore = answer.score;
  // Two independent signals: the answer text raises what the questions leave open.
  c.score = Math.min(1, c.phrasingScore + (1 - c.phrasingScore) * c.answerScore);
  return c;
}

/**
 * How much of the question the entry's answer covers, rare words counting most.
 * @returns undefined when the answer shares no stem with the question
 */
export function answerSignal(
  index: LanguageIndex,
  query: Query,
  entry: number,
  options: MatcherOptions,
): { score: number } | undefined {
  const { answerStems: answers, answerSignature } = index.postings;
  let weight = 0;
  let words = 0;
  for (let i = 0; i < query.ids.length; i++) {
    const slot = query.answerSlots[i]!;
    if (slot < 0 || !answerMayHold(answerSignature, entry, slot)) continue;
    if (!answers.holds(entry, query.ids[i]!)) continue;
    weight += query.gains[i]!;
    words++;
  }
  if (words === 0) return undefined;
  // One shared word is weak evidence: a name the answer mentions is not the question it answers.
  const evidence = Math.min(1, words / 2);
  return { score: Math.min(1, (options.answerTextWeight * weight * evidence) / query.answerNorm) };
}

/**
 * The entry's best phrasing by cosine. Between equal cosines the exhaustive scorer kept the phrasing
 * it met first (by the first question stem it holds, then by index); so does this.
 */
function bestPhrasing(index: LanguageIndex, query: Query, entry: number) {
  let best = -1;
  let bestScore = 0;
  let bestOrder = 0;
  const { entryPhrasings, phrasingStems, phrasingNorm, phrasingSignature } = index.postings;
  for (let at = entryPhrasings.from(entry); at < entryPhrasings.to(entry); at++) {
    const p = entryPhrasings.values[at]!;
    const signature = phrasingSignature[p]!;
    let dot = 0;
    let first = -1;
    for (let i = 0; i < query.ids.length; i++) {
      if ((signature & query.phrasingBits[i]!) === 0 || !phrasingStems.holds(p, query.ids[i]!)) continue;
      if (first < 0) first = i;
      dot += query.gains[i]!;
    }
    if (first < 0) continue;
    const score = dot / (query.norm * phrasingNorm[p]!);
    const order = first * index.phrasings.length + p;
    if (best < 0 || score > bestScore || (score === bestScore && order < bestOrder)) {
      [best, bestScore, bestOrder] = [p, score, order];
    }
  }
  return best < 0 ? undefined : { score: bestScore, text: index.phrasings[best]!.text };
}
