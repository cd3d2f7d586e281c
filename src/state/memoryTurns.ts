/**
 * One turn against shared conversation memory, safe when two turns of the same
 * conversation race (two instances, or a double click): read the memory with
 * its version, let the pure policy compute the turn, and save only if nobody
 * saved in between; otherwise read again and compute again. The caller sends
 * the replies after this returns, so a recomputed turn is never answered twice.
 *
 * When the storage cannot be reached the visitor still gets an answer: the
 * turn starts from fresh memory (follow-ups lose their focus) and the log says
 * why. Nothing the visitor wrote is logged.
 */
import { isDeepStrictEqual } from 'node:util';
import { newMemory, reviveMemory, type ConversationMemory } from '../conversation/memory';
import type { Logger } from '../logger';
import { StateConflictError, type StateStore, type Versioned } from './stateStore';
import { errorReason } from './errorReason';

export interface MemoryTurnsOptions {
  /** How often a turn is computed before it is answered without saving (at least 1). */
  maxAttempts: number;
}

export class MemoryTurns {
  constructor(
    private readonly store: StateStore,
    private readonly logger: Logger,
    private readonly options: MemoryTurnsOptions = { maxAttempts: 4 },
  ) {}

  /** Runs `compute` on the memory under `key` and saves the memory it returns. */
  async run<T extends { memory: ConversationMemory }>(
    key: string,
    compute: (memory: ConversationMemory) => T,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      let stored: Versioned | undefined;
      try {
        stored = await this.store.read(key);
      } catch (error) {
        this.logger.warn('conversation state unreadable; answering from fresh memory', {
          reason: errorReason(error),
        });
        return compute(newMemory());
      }
      const before = reviveMemory(stored?.value);
      const result = compute(before);
      if (stored && sameMemory(before, result.memory)) return result;
      try {
        await this.store.write(key, result.memory, stored?.eTag);
        return result;
      } catch (error) {
        if (!(error instanceof StateConflictError)) {
          this.logger.warn('conversation state not saved; the next turn starts without this focus', {
            reason: errorReason(error),
          });
          return result;
        }
        if (attempt >= this.options.maxAttempts) {
          this.logger.warn('conversation state changed on every attempt; answered without saving', {
            attempts: attempt,
          });
          return result;
        }
      }
    }
  }
}

/**
 * Field by field, without turning both into JSON first (as every turn once did). Strict: a field
 * present but undefined on one side counts as a change, so at worst an unchanged memory is saved.
 */
function sameMemory(a: ConversationMemory, b: ConversationMemory): boolean {
  return sameData(a, b);
}

/**
 * isDeepStrictEqual for what a memory is made of (plain objects, arrays, strings, numbers,
 * booleans), in plain loops, without node's general comparison (its key sets and cycle checks cost
 * more than the rest of the turn's state handling). Anything else (a Date, a Map, a class instance,
 * an array with holes) goes to isDeepStrictEqual. Symbol keys and an array's non-index properties are
 * not compared: a stored memory is JSON, which keeps neither.
 */
function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return false;
    if (!plainArray(a) || !plainArray(b)) return isDeepStrictEqual(a, b);
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (!plainObject(a) || !plainObject(b)) return isDeepStrictEqual(a, b);
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key)) return false;
    if (!sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

function plainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** An array of Array.prototype without holes. */
function plainArray(value: unknown[]): boolean {
  if (Object.getPrototypeOf(value) !== Array.prototype) return false;
  for (let i = 0; i < value.length; i++) if (!(i in value)) return false;
  return true;
}
