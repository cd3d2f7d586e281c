import natural from 'natural';

/**
 * Edits between two words: insertions, deletions, substitutions and swaps of
 * neighbours. natural's unrestricted Damerau-Levenshtein counts a missing
 * doubled letter as no edit at all ("strateg" → "strateeg" = 0), so the
 * restricted form (optimal string alignment) is used everywhere.
 */
export function editDistance(a: string, b: string): number {
  return natural.DamerauLevenshteinDistance(a, b, { restricted: true });
}
