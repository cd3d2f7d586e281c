/**
 * What the observations of a question (or a group of questions) say about the
 * entry it should lead to. A visitor choosing an option in "Bedoelt u …?" is
 * the strongest evidence, a visitor who rephrased until an entry answered is
 * good evidence, and a 👎 on an entry counts against it. Unanswered records
 * say nothing about the entry: the matcher's nearest entries did not answer.
 */
import type { Observation } from './observations';

export const WEIGHTS = { chosen: 3, rephrased: 2, ratedDown: -2 } as const;

/** Each entry's score from the observations; only entries the visitors reached or rated appear. */
export function votes(observations: readonly Observation[]): Map<string, number> {
  const scores = new Map<string, number>();
  for (const o of observations) {
    if (o.kind === 'unanswered' || !o.entryId) continue;
    scores.set(o.entryId, (scores.get(o.entryId) ?? 0) + WEIGHTS[o.kind]);
  }
  return scores;
}

/** The entry the visitors' behaviour points at: the best score above zero (ties: the first id). */
export function leadingEntry(
  observations: readonly Observation[],
  exists: (id: string) => boolean = () => true,
): string | undefined {
  const ranked = [...votes(observations)]
    .filter(([id, score]) => score > 0 && exists(id))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return ranked[0]?.[0];
}
