/**
 * Racing turns on one conversation: whatever the interleaving, the saved memory
 * is the result of running the turns one after the other, and no turn's change
 * is lost without a warning. Run against the in-memory store and against Azure
 * Blob Storage (Azurite).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, type Logger } from '../../src/logger';
import { MemoryTurns } from '../../src/state/memoryTurns';
import { MemoryStateStore } from '../../src/state/memoryStateStore';
import { BlobStateStore } from '../../src/state/blobStateStore';
import { blobContainer } from '../../src/state/azureBlobs';
import type { StateStore, Versioned } from '../../src/state/stateStore';
import { newMemory, type ConversationMemory } from '../../src/conversation/memory';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { createConversationDeps } from '../../src/conversation/createConversation';
import { DEFAULT_MATCHER_OPTIONS } from '../../src/matching/matcherOptions';
import { respond } from '../../src/intents/respond';
import type { ConversationDeps } from '../../src/conversation/turn';
import { Azurite } from '../helpers/azurite';

let azurite: Azurite;
let deps: ConversationDeps;
let containers = 0;
beforeAll(async () => {
  azurite = await Azurite.start();
  deps = createConversationDeps((await loadKnowledge('knowledge')).knowledge, DEFAULT_MATCHER_OPTIONS);
}, 60_000);
afterAll(() => azurite?.dispose());

const stores: [string, () => StateStore][] = [
  ['memory', () => new MemoryStateStore()],
  [
    'Azure Blob Storage (Azurite)',
    () =>
      new BlobStateStore(
        blobContainer(
          { connectionString: azurite.connectionString, timeoutMs: 2000 },
          `race-${++containers}`,
        ),
      ),
  ],
];

/** Holds every read until `count` reads are waiting, so the turns surely read the same version. */
function readTogether(store: StateStore, count: number): StateStore {
  let waiting: (() => void)[] = [];
  let released = false;
  return {
    async read(key: string): Promise<Versioned | undefined> {
      const item = await store.read(key);
      if (!released) {
        await new Promise<void>((resolve) => {
          waiting.push(resolve);
          if (waiting.length === count) {
            released = true;
            waiting.forEach((w) => w());
            waiting = [];
          }
        });
      }
      return item;
    },
    write: (key, value, expected) => store.write(key, value, expected),
  };
}

/** Lets the second write through before the first, so the turn that computed first saves last. */
function firstWriteLast(store: StateStore): StateStore {
  let second: (() => void) | undefined;
  const secondDone = new Promise<void>((resolve) => (second = resolve));
  let writes = 0;
  return {
    read: (key) => store.read(key),
    async write(key, value, expected) {
      const n = ++writes;
      if (n === 1) await secondDone;
      try {
        return await store.write(key, value, expected);
      } finally {
        if (n === 2) second?.();
      }
    },
  };
}

function capture(): { logger: Logger; lines: { level: string; msg: string; [k: string]: unknown }[] } {
  const lines: { level: string; msg: string }[] = [];
  return { logger: createLogger('debug', (line) => lines.push(JSON.parse(line) as never)), lines };
}

function say(text: string) {
  return (memory: ConversationMemory) => respond({ text }, memory, deps);
}

describe.each(stores)('MemoryTurns on %s', (_name, makeStore) => {
  it('keeps every one of many racing turns (each adds a mark; all marks are saved)', async () => {
    const store = makeStore();
    const turns = new MemoryTurns(readTogether(store, 6), capture().logger, { maxAttempts: 10 });
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        turns.run('conv', (m) => ({ memory: { ...m, choiceIds: [...(m.choiceIds ?? []), `turn-${i}`] } })),
      ),
    );
    const saved = (await store.read('conv'))?.value as ConversationMemory;
    expect([...(saved.choiceIds ?? [])].sort()).toEqual([
      'turn-0',
      'turn-1',
      'turn-2',
      'turn-3',
      'turn-4',
      'turn-5',
    ]);
  });

  it('ends a drill-down race in one of the two orders, with the replies of that order', async () => {
    const store = makeStore();
    const { logger, lines } = capture();
    const turns = new MemoryTurns(store, logger);
    await turns.run('conv', say('Wat zijn de negen petten?'));
    const racing = new MemoryTurns(readTogether(firstWriteLast(store), 2), logger);
    const [third, services] = await Promise.all([
      racing.run('conv', say('de derde')),
      racing.run('conv', say('Wat zijn de kenmerken van diensten?')),
    ]);
    const focus = ((await store.read('conv'))?.value as ConversationMemory).focusId;
    // Either "de derde" ran first (the third hat) and then the services list, or the services list first and
    // then "de derde" on it (the third characteristic). The third hat saved last would be a lost turn.
    const thirdOf = third.replies[0]?.entryId;
    expect(services.replies[0]?.entryId).toBe('diensten-en-producten');
    if (thirdOf === 'pet-verkoper') expect(focus).toBe('diensten-en-producten');
    else {
      expect(thirdOf).toBe('dienst-afnemer-produceert-mee');
      expect(focus).toBe('dienst-afnemer-produceert-mee');
    }
    expect(lines.filter((l) => l.level === 'warn')).toEqual([]);
  });

  it('answers anyway after a bounded number of conflicts, and says so in the log', async () => {
    const store = makeStore();
    await store.write('conv', newMemory(), undefined);
    const { logger, lines } = capture();
    let computed = 0;
    const alwaysChanged: StateStore = {
      read: (key) => store.read(key),
      async write(key, value) {
        const current = await store.read(key);
        await store.write(key, { ...newMemory(), language: 'en' }, current?.eTag); // someone else was faster
        return store.write(key, value, 'stale');
      },
    };
    const result = await new MemoryTurns(alwaysChanged, logger, { maxAttempts: 3 }).run('conv', (m) => {
      computed++;
      return say('Wat zijn de negen petten?')(m);
    });
    expect(result.replies[0]?.entryId).toBe('negen-petten');
    expect(computed).toBe(3);
    expect(lines.filter((l) => l.level === 'warn')).toMatchObject([
      { msg: 'conversation state changed on every attempt; answered without saving', attempts: 3 },
    ]);
  });
});

describe('MemoryTurns when the storage fails', () => {
  it('answers from fresh memory when the state cannot be read, logging the reason and not the text', async () => {
    const { logger, lines } = capture();
    const broken: StateStore = {
      read: () =>
        Promise.reject(
          Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }),
        ),
      write: () => Promise.reject(new Error('must not be called')),
    };
    const result = await new MemoryTurns(broken, logger).run('conv', say('de derde'));
    expect(result.memory.focusId).toBeUndefined();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'warn',
      reason: 'Error ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:1',
    });
    expect(JSON.stringify(lines)).not.toContain('derde');
  });

  it('answers when the save fails, with a warning', async () => {
    const { logger, lines } = capture();
    const readOnly: StateStore = {
      read: () => Promise.resolve(undefined),
      write: () => Promise.reject(new Error('503 Server Busy')),
    };
    const result = await new MemoryTurns(readOnly, logger).run('conv', say('Wat zijn de negen petten?'));
    expect(result.replies[0]?.entryId).toBe('negen-petten');
    expect(lines).toMatchObject([{ level: 'warn', reason: 'Error: 503 Server Busy' }]);
  });

  it('does not write when the turn left the memory as it was', async () => {
    const store = new MemoryStateStore();
    const eTag = await store.write('conv', { ...newMemory(), welcomed: true }, undefined);
    await new MemoryTurns(store, capture().logger).run('conv', (memory) => ({ memory }));
    expect((await store.read('conv'))?.eTag).toBe(eTag);
  });

  it('writes when anything in the memory changed, however deep, and not for an equal copy', async () => {
    const stored: ConversationMemory = {
      ...newMemory(),
      language: 'nl',
      focusId: 'negen-petten',
      listsShown: ['negen-petten'],
      pending: { text: 'de klant', language: 'nl', outcome: 'clarify', offered: ['a', 'b'], turnsLeft: 2 },
      answered: { text: 'petten', entryId: 'negen-petten' },
    };
    const changes: ((m: ConversationMemory) => ConversationMemory)[] = [
      (m) => ({ ...m, listsShown: ['negen-petten', 'kenmerken'] }),
      (m) => ({ ...m, pending: { ...m.pending!, offered: ['a', 'c'] } }),
      (m) => ({ ...m, pending: { ...m.pending!, turnsLeft: 1 } }),
      (m) => ({ ...m, answered: undefined }),
      (m) => ({ ...m, focusFaded: true }),
      (m) => ({ ...m, debug: true }),
    ];
    const written = async (change: (m: ConversationMemory) => ConversationMemory) => {
      const store = new MemoryStateStore();
      const eTag = await store.write('conv', stored, undefined);
      await new MemoryTurns(store, capture().logger).run('conv', (memory) => ({ memory: change(memory) }));
      return (await store.read('conv'))?.eTag !== eTag;
    };
    for (const change of changes) expect(await written(change)).toBe(true);
    expect(await written((m) => structuredClone(m))).toBe(false);
  });
});
