/**
 * The k-th best rank score among the candidates one match has gathered so far,
 * over all the lists it merges (languages, whole text and question sentence).
 * The merge keeps each entry's best score, so the final k-th best can only be
 * higher: a list scored later need not return anything below it, and its
 * pruning starts from it instead of from nothing.
 */
export class RankFloor {
  private readonly best = new Map<string, number>();

  constructor(private readonly k: number) {}

  add(entryId: string, key: number): void {
    if (key > (this.best.get(entryId) ?? -Infinity)) this.best.set(entryId, key);
  }

  /** -Infinity until k entries are known. */
  value(): number {
    if (this.best.size < this.k) return -Infinity;
    return [...this.best.values()].sort((a, b) => b - a)[this.k - 1]!;
  }
}
