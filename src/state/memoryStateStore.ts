/**
 * The embedded default: state in this process's memory, lost on restart and
 * not shared between instances. Values are kept as JSON so a caller can
 * never change a stored item through a reference it still holds.
 */
import { StateConflictError, type StateStore, type Versioned } from './stateStore';

export class MemoryStateStore implements StateStore {
  private readonly items = new Map<string, { json: string; eTag: string }>();
  private version = 0;

  read(key: string): Promise<Versioned | undefined> {
    const item = this.items.get(key);
    return Promise.resolve(item ? { value: JSON.parse(item.json) as unknown, eTag: item.eTag } : undefined);
  }

  write(key: string, value: unknown, expected: string | undefined): Promise<string> {
    if (this.items.get(key)?.eTag !== expected) return Promise.reject(new StateConflictError(key));
    const eTag = String(++this.version);
    this.items.set(key, { json: JSON.stringify(value), eTag });
    return Promise.resolve(eTag);
  }
}
