/**
 * Where conversation memory lives between turns, with optimistic concurrency:
 * every read returns the item's version (eTag) and a write succeeds only if
 * the item is still at the version it was read at, or, for an item read as
 * absent, only if it is still absent. Bot Framework's Storage cannot say
 * "create only" (a write without eTag overwrites), so two first turns of one
 * conversation could race unseen; this interface can.
 */
export interface Versioned {
  value: unknown;
  eTag: string;
}

export interface StateStore {
  /** The item stored under the key, or undefined when there is none. */
  read(key: string): Promise<Versioned | undefined>;
  /**
   * Stores the value if the item is still at version `expected` (undefined: if
   * there is still no item); otherwise throws StateConflictError. Returns the new version.
   */
  write(key: string, value: unknown, expected: string | undefined): Promise<string>;
}

/** Someone else wrote the item since it was read. */
export class StateConflictError extends Error {
  constructor(key: string) {
    super(`the state "${key}" was changed by another turn since it was read`);
    this.name = 'StateConflictError';
  }
}
