/**
 * Edits between two words: insertions, deletions, substitutions and swaps of
 * neighbours (optimal string alignment). Written here rather than taken from
 * natural: natural's unrestricted Damerau-Levenshtein counts a missing doubled
 * letter as no edit ("strateg" → "strateeg" = 0), and its restricted form is
 * slow enough (underscore on every call) to dominate a turn, where every word
 * is compared with keyword lists. Giving up beyond `max` keeps it cheap.
 *
 * @returns the distance, or `max + 1` when it is larger than `max`
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(6 * width);
  // Three rows of the table in one reused buffer (the spelling search calls this thousands of times per
  // unknown word): the row two back (for swaps), the previous row and the current one.
  let before = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j < width; j++) rows[previous + j] = j;
  for (let i = 1; i <= a.length; i++) {
    const letter = a.charCodeAt(i - 1);
    const letterBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    rows[current] = i;
    let rowMin = i;
    for (let j = 1; j < width; j++) {
      const other = b.charCodeAt(j - 1);
      let d = rows[previous + j]! + 1;
      const insertion = rows[current + j - 1]! + 1;
      if (insertion < d) d = insertion;
      const substitution = rows[previous + j - 1]! + (letter === other ? 0 : 1);
      if (substitution < d) d = substitution;
      if (j > 1 && letterBefore === other && letter === b.charCodeAt(j - 2)) {
        const swap = rows[before + j - 2]! + 1;
        if (swap < d) d = swap;
      }
      rows[current + j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const reused = before;
    before = previous;
    previous = current;
    current = reused;
  }
  return Math.min(rows[previous + b.length]!, max + 1);
}

let rows = new Int32Array(3 * 64);
