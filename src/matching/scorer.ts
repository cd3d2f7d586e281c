/**
 * Exhaustive scoring of one language: every entry that shares a stem with the
 * question, scored by the rule in scoreFormula.ts. Only phrasings and contents
 * that share a stem with the question are touched (inverted indexes), so a
 * turn's cost follows the question, not the size of the knowledge base; the
 * matcher uses this up to `maxCandidates` entries and the pruned path
 * (pruned/) above, which returns the same best candidates.
 */
import type { Language } from '../knowledge/types';
import type { AnalyzedToken } from '../text/pipeline';
import type { LanguageIndex } from './languageIndex';
import type { MatcherOptions } from './matcherOptions';
import { combine, contentNorm, contentScore, queryWeights } from './scoreFormula';

export interface Candidate {
  entryId: string;
  /** Confidence from 0 to 1. */
  score: number;
  language: Language;
  phrasingScore: number;
  answerScore: number;
  /** The phrasing that matched best. */
  phrasing?: string;
  /** Share of the question's weight the entry holds anywhere (scoreFormula.ts). */
  coverage: number;
}

/** @returns one candidate per entry that shares a stem with the question, in no particular order */
export function scoreEntries(
  index: LanguageIndex,
  tokens: AnalyzedToken[],
  options: MatcherOptions,
  allowed: (entryId: string) => boolean = () => true,
): Candidate[] {
  const weights = queryWeights(index, tokens, options);
  const queryNorm = Math.hypot(...weights.values());
  if (queryNorm === 0) return [];
  const { dots, covered, held } = overlaps(index, weights);
  let total = 0;
  for (const [stem, weight] of weights) total += weight * index.idf(stem);

  const best = new Map<string, Candidate>();
  const candidate = (entryId: string) => {
    let c = best.get(entryId);
    if (!c)
      best.set(
        entryId,
        (c = {
          entryId,
          score: 0,
          language: index.language,
          phrasingScore: 0,
          answerScore: 0,
          coverage: (held.get(entryId) ?? 0) / total,
        }),
      );
    return c;
  };
  for (const [p, dot] of dots) {
    const phrasing = index.phrasings[p]!;
    if (!allowed(phrasing.entryId)) continue;
    const score = dot / (queryNorm * phrasing.norm);
    const c = candidate(phrasing.entryId);
    if (score > c.phrasingScore) Object.assign(c, { phrasingScore: score, phrasing: phrasing.text });
  }
  const norm = contentNorm(index, weights);
  for (const [entryId, { weight, units }] of covered) {
    if (!allowed(entryId)) continue;
    candidate(entryId).answerScore = contentScore(weight, units, norm);
  }
  for (const c of best.values()) c.score = combine(c.phrasingScore, c.answerScore);
  // Unsorted: the matcher merges both languages and sorts once (with thousands of entries, sorting is
  // most of a turn's cost).
  return [...best.values()];
}

/**
 * Through the inverted indexes: dot products with the phrasings, weight covered in each entry's
 * content, and the gain of the question stems each entry holds anywhere (for coverage).
 */
function overlaps(index: LanguageIndex, weights: Map<string, number>) {
  const dots = new Map<number, number>();
  const covered = new Map<string, { weight: number; units: number }>();
  const held = new Map<string, number>();
  for (const [stem, weight] of weights) {
    const gain = weight * index.idf(stem);
    for (const p of index.phrasingsWith.get(stem) ?? []) dots.set(p, (dots.get(p) ?? 0) + gain);
    for (const posting of index.contentWith.get(stem) ?? []) {
      const c = covered.get(posting.entryId);
      if (c) {
        c.weight += gain * posting.weight;
        c.units += posting.units;
      } else covered.set(posting.entryId, { weight: gain * posting.weight, units: posting.units });
    }
    for (const id of index.holdersWith.get(stem) ?? []) held.set(id, (held.get(id) ?? 0) + gain);
  }
  return { dots, covered, held };
}
