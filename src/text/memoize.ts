/**
 * The one kind of bounded memory for pure look-ups on the hot path of a turn
 * (a word's stem, spelling, keyword; a message's normal form). lru-cache, the
 * library the server's caches use too: a full memory forgets the least recently
 * used answers, not all of them at once, so the common words stay remembered.
 */
import { LRUCache } from 'lru-cache';

/**
 * `compute`, with the answers for the `max` most recently asked keys remembered.
 * Only for a `compute` whose answer depends on the key alone: an answer that
 * depends on the knowledge too belongs in a memory owned by that knowledge's
 * objects (see SpellingCorrector, TextPipeline), so a reload starts afresh.
 */
export function memoize<V>(max: number, compute: (key: string) => V): (key: string) => V {
  // lru-cache stores no undefined (setting it deletes the key): each answer is boxed,
  // so "no correction" is remembered like any other answer.
  const remembered = new LRUCache<string, { value: V }>({ max });
  // The last key asked is answered without the cache: a turn asks for the same text several times in a
  // row (normalising the message, its words: about 15 of a turn's 50 look-ups). Exact: the answer is
  // the cache's, and the cache's order is unchanged, as the last key asked is its most recent already.
  let lastKey: string | undefined;
  let lastValue: V | undefined;
  return (key) => {
    if (key === lastKey) return lastValue as V;
    let box = remembered.get(key);
    if (box === undefined) {
      box = { value: compute(key) };
      remembered.set(key, box);
    }
    lastKey = key;
    lastValue = box.value;
    return box.value;
  };
}
