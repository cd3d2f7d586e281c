/**
 * Scores one entry against a prepared question by looking at the entry's own
 * phrasings and answer, instead of walking postings lists. Same arithmetic, in
 * the same order, as the exhaustive scoreEntries, so the scores are identical.
 * Numbers only: the candidate, with its texts, is made for the few kept
 * (reaching a phrasing's text object per entry scored showed in the profile).
 */
import type { LanguageIndex } from '../languageIndex';
import type { Query } from './query';
import { answerMayHold } from './signatures';
import { combine, contentScore } from '../scoreFormula';

export interface EntryScore {
  /** Entry number. */
  entry: number;
  score: number;
  phrasingScore: number;
  answerScore: number;
  /** Index of the phrasing that matched best, -1 when none scores above 0. */
  phrasing: number;
}

/** @returns undefined when the entry shares no stem with the question */
export function scoreEntry(
  index: LanguageIndex,
  query: Query,
  entry: number,
  answer = answerSignal(index, query, entry),
): EntryScore | undefined {
  const scored: EntryScore = { entry, score: 0, phrasingScore: 0, answerScore: answer ?? 0, phrasing: -1 };
  if (!findBestPhrasing(index, query, scored) && answer === undefined) return undefined;
  scored.score = combine(scored.phrasingScore, scored.answerScore);
  return scored;
}

/**
 * The content score (scoreFormula.ts): the question stems the entry's content holds, each by its
 * field's weight, summed in the question's stem order as the exhaustive scorer sums them.
 * @returns undefined when the content shares no stem with the question
 */
export function answerSignal(index: LanguageIndex, query: Query, entry: number): number | undefined {
  const { answerStems, answerStemWeight, answerStemUnits, answerSignature } = index.postings;
  let weight = 0;
  let units = 0;
  for (let i = 0; i < query.ids.length; i++) {
    const slot = query.answerSlots[i]!;
    if (slot < 0 || !answerMayHold(answerSignature, entry, slot)) continue;
    const at = answerStems.indexOf(entry, query.ids[i]!);
    if (at < 0) continue;
    weight += query.gains[i]! * answerStemWeight[at]!;
    units += answerStemUnits[at]!;
  }
  if (units === 0) return undefined;
  return contentScore(weight, units, query.answerNorm);
}

/**
 * Sets the entry's best phrasing by cosine and its score (when above 0). Between equal cosines the
 * exhaustive scorer kept the phrasing it met first (by the first question stem it holds, then by
 * index); so does this.
 * @returns whether any phrasing shares a stem with the question
 */
function findBestPhrasing(index: LanguageIndex, query: Query, scored: EntryScore): boolean {
  let best = -1;
  let bestScore = 0;
  let bestOrder = 0;
  const { entryPhrasings, phrasingStems, phrasingNorm, phrasingSignature } = index.postings;
  const phrasings = phrasingNorm.length;
  for (let at = entryPhrasings.from(scored.entry); at < entryPhrasings.to(scored.entry); at++) {
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
    const order = first * phrasings + p;
    if (best < 0 || score > bestScore || (score === bestScore && order < bestOrder)) {
      [best, bestScore, bestOrder] = [p, score, order];
    }
  }
  if (best >= 0 && bestScore > 0) [scored.phrasing, scored.phrasingScore] = [best, bestScore];
  return best >= 0;
}

/** Share of the question's gain the entry holds in any phrasing or its content (scoreFormula.ts). */
export function coverageOf(index: LanguageIndex, query: Query, entry: number): number {
  const { answerStems, entryPhrasings, phrasingStems } = index.postings;
  let held = 0;
  let total = 0;
  for (let i = 0; i < query.ids.length; i++) {
    const gain = query.gains[i]!;
    total += gain;
    const id = query.ids[i]!;
    if (id < 0) continue;
    let holds = answerStems.holds(entry, id);
    for (let at = entryPhrasings.from(entry); !holds && at < entryPhrasings.to(entry); at++)
      holds = phrasingStems.holds(entryPhrasings.values[at]!, id);
    if (holds) held += gain;
  }
  return held / total;
}
