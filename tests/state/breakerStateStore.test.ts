/**
 * The circuit breaker in front of the shared state: after repeated failures
 * turns stop calling the storage, one call tries again after the pause, and
 * conflicts (the storage working as intended) never count as failures.
 */
import { describe, expect, it } from 'vitest';
import { BreakerStateStore, StorageSkippedError } from '../../src/state/breakerStateStore';
import { MemoryStateStore } from '../../src/state/memoryStateStore';
import { StateConflictError, type StateStore, type Versioned } from '../../src/state/stateStore';
import { createLogger } from '../../src/logger';

/** A memory store that can be switched off, and counts the calls that reach it. */
class FlakyStore implements StateStore {
  calls = 0;
  down = false;
  private readonly memory = new MemoryStateStore();

  read(key: string): Promise<Versioned | undefined> {
    this.calls++;
    return this.down ? Promise.reject(refused()) : this.memory.read(key);
  }

  write(key: string, value: unknown, expected: string | undefined): Promise<string> {
    this.calls++;
    return this.down ? Promise.reject(refused()) : this.memory.write(key, value, expected);
  }
}

function refused(): Error {
  return Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:10000'), { code: 'ECONNREFUSED' });
}

function setUp(retryAfterMs = 150) {
  const logs: { level: string; msg: string; reason?: string }[] = [];
  const inner = new FlakyStore();
  const store = new BreakerStateStore(
    inner,
    createLogger('info', (line) => logs.push(JSON.parse(line) as never)),
    { failuresToOpen: 3, retryAfterMs },
  );
  return { inner, store, logs };
}

describe('BreakerStateStore', () => {
  it('passes reads and writes through while the storage works', async () => {
    const { inner, store } = setUp();
    const eTag = await store.write('k', { focusId: 'negen-petten' }, undefined);
    expect(await store.read('k')).toEqual({ value: { focusId: 'negen-petten' }, eTag });
    expect(inner.calls).toBe(2);
  });

  it('stops calling the storage after three failures in a row, and says so once', async () => {
    const { inner, store, logs } = setUp(60_000);
    inner.down = true;
    for (let i = 0; i < 3; i++) await expect(store.read('k')).rejects.toThrow('ECONNREFUSED');
    expect(inner.calls).toBe(3);

    await expect(store.read('k')).rejects.toBeInstanceOf(StorageSkippedError);
    await expect(store.write('k', {}, undefined)).rejects.toBeInstanceOf(StorageSkippedError);
    expect(inner.calls).toBe(3);
    const warnings = logs.filter((l) => l.level === 'warn');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.reason).toContain('ECONNREFUSED');
  });

  it('lets one call try again after the pause, and closes when it succeeds', async () => {
    const { inner, store, logs } = setUp(150);
    inner.down = true;
    for (let i = 0; i < 3; i++) await expect(store.read('k')).rejects.toThrow('ECONNREFUSED');
    inner.down = false;
    await expect(store.read('k')).rejects.toBeInstanceOf(StorageSkippedError);

    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await store.read('k')).toBeUndefined();
    expect(await store.write('k', { welcomed: true }, undefined)).toBeTruthy();
    expect(inner.calls).toBe(5);
    expect(logs.map((l) => l.msg)).toContain('conversation storage reachable again');
  });

  it('opens again at once when the trial call fails', async () => {
    const { inner, store } = setUp(150);
    inner.down = true;
    for (let i = 0; i < 3; i++) await expect(store.read('k')).rejects.toThrow('ECONNREFUSED');
    await new Promise((resolve) => setTimeout(resolve, 200));

    await expect(store.read('k')).rejects.toThrow('ECONNREFUSED');
    await expect(store.read('k')).rejects.toBeInstanceOf(StorageSkippedError);
    expect(inner.calls).toBe(4);
  });

  it('does not count conflicts as failures', async () => {
    const { inner, store } = setUp(60_000);
    await store.write('k', { n: 1 }, undefined);
    for (let i = 0; i < 5; i++)
      await expect(store.write('k', { n: 2 }, undefined)).rejects.toBeInstanceOf(StateConflictError);

    expect((await store.read('k'))?.value).toEqual({ n: 1 });
    expect(inner.calls).toBe(7);
  });
});
