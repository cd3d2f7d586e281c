/**
 * Scores entries against a visitor's question in one language.
 *
 * A phrasing scores the cosine between the question's and the phrasing's
 * IDF-weighted stem sets; an entry takes its best phrasing. The answer text
 * adds a second, weaker signal: how much of the question the answer's own
 * words cover, counting rare words most (a question made of words every answer
 * uses, "sociaal ondernemer", says little about which answer is meant). Only phrasings and answers that share a stem with
 * the question are touched (inverted index), so a turn's cost follows the
 * question, not the size of the knowledge base.
 */
import type { Language } from '../knowledge/types';
import type { AnalyzedToken } from '../text/pipeline';
import type { LanguageIndex } from './languageIndex';
import type { MatcherOptions } from './matcherOptions';

export interface Candidate {
  entryId: string;
  /** Confidence from 0 to 1. */
  score: number;
  language: Language;
  phrasingScore: number;
  answerScore: number;
  /** The phrasing that matched best. */
  phrasing?: string;
}

/**
 * Exhaustive: every entry that shares a stem becomes a candidate. The matcher uses the pruned
 * topCandidates (same scores, only the best k); this stays as its reference (tests/matching).
 * @returns one candidate per entry that shares a stem with the question, in no particular order
 */
export function scoreEntries(
  index: LanguageIndex,
  tokens: AnalyzedToken[],
  options: MatcherOptions,
  allowed: (entryId: string) => boolean = () => true,
): Candidate[] {
  const weights = queryWeights(index, tokens, options);
  const queryNorm = Math.hypot(...weights.values());
  if (queryNorm === 0) return [];
  const { dots, covered } = overlaps(index, weights);

  const best = new Map<string, Candidate>();
  const candidate = (entryId: string) => {
    let c = best.get(entryId);
    if (!c)
      best.set(
        entryId,
        (c = { entryId, score: 0, language: index.language, phrasingScore: 0, answerScore: 0 }),
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
  const answerNorm = index.maxIdf * [...weights.values()].reduce((sum, w) => sum + w, 0);
  for (const [entryId, { weight, units }] of covered) {
    if (!allowed(entryId)) continue;
    // One shared answer word is weak evidence: a name the answer mentions is not the question it answers.
    const evidence = Math.min(1, units / 2);
    candidate(entryId).answerScore = Math.min(1, (weight * evidence) / answerNorm);
  }
  // Two independent signals: the answer text raises what the questions leave open.
  for (const c of best.values())
    c.score = Math.min(1, c.phrasingScore + (1 - c.phrasingScore) * c.answerScore);
  // Unsorted: the matcher merges both languages and sorts once (with thousands of entries, sorting is
  // most of a turn's cost).
  return [...best.values()];
}

/** Through the inverted indexes: dot products with the phrasings, and weight covered in each entry's content. */
function overlaps(index: LanguageIndex, weights: Map<string, number>) {
  const dots = new Map<number, number>();
  const covered = new Map<string, { weight: number; units: number }>();
  for (const [stem, weight] of weights) {
    const idf = index.idf(stem);
    for (const p of index.phrasingsWith.get(stem) ?? []) dots.set(p, (dots.get(p) ?? 0) + weight * idf);
    for (const posting of index.contentWith.get(stem) ?? []) {
      const c = covered.get(posting.entryId) ?? { weight: 0, units: 0 };
      covered.set(posting.entryId, {
        weight: c.weight + weight * idf * posting.weight,
        units: c.units + posting.units,
      });
    }
  }
  return { dots, covered };
}

/** One weight per distinct stem: its IDF, raised for unknown words, lowered for corrected ones. */
export function queryWeights(index: LanguageIndex, tokens: AnalyzedToken[], options: MatcherOptions) {
  const weights = new Map<string, number>();
  for (const token of tokens) {
    const context = token.context ? options.contextWordWeight : 1;
    const factor = token.offTopic
      ? options.offTopicWordWeight * context
      : token.unknown
        ? options.unknownWordWeight * context
        : Math.max(0, 1 - options.correctionPenalty * token.edits);
    const weight = (token.offTopic ? index.maxIdf : index.idf(token.stem)) * factor;
    weights.set(token.stem, Math.max(weights.get(token.stem) ?? 0, weight));
  }
  return weights;
}
