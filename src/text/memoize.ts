/**
 * The one kind of bounded memory for pure look-ups on the hot path of a turn
 * (a word's stem, spelling, keyword; a message's normal form): two generations
 * of plain Maps. A key asked is found with one hash look-up and no bookkeeping;
 * when the young generation is full it becomes the old one and the oldest
 * answers are forgotten, except those asked again since (moved to the young
 * one), so the common words stay remembered.
 *
 * Not lru-cache (which the server's caches use): its recency bookkeeping
 * writes to its lists on every hit, and on a busy server, where the other work
 * of a turn pushes these memories out of the CPU's caches, what a turn costs is
 * mostly reaching memory. Measured 2026-12-03 with the turn's policy alone
 * (respond(), the bench questions) and 100 000 objects read between turns to
 * stand for that other work: 162 → 143 µs and 161 → 152 µs a turn.
 */

/**
 * `compute`, with the answers for recently asked keys remembered (at most `max`).
 * Only for a `compute` whose answer depends on the key alone: an answer that
 * depends on the knowledge too belongs in a memory owned by that knowledge's
 * objects (see SpellingCorrector, TextPipeline), so a reload starts afresh.
 */
export function memoize<V>(max: number, compute: (key: string) => V): (key: string) => V {
  const generation = Math.max(1, Math.floor(max / 2));
  let young = new Map<string, V>();
  let old = new Map<string, V>();
  // The last key asked is answered without a look-up: a turn asks for the same text several times in
  // a row (normalising the message, its words).
  let lastKey: string | undefined;
  let lastValue: V | undefined;
  return (key) => {
    if (key === lastKey) return lastValue as V;
    let value = young.get(key);
    // undefined is an answer too ("no correction"): only then is has() asked.
    if (value === undefined && !young.has(key)) {
      value = old.has(key) ? old.get(key) : compute(key);
      if (young.size >= generation) {
        old = young;
        young = new Map();
      }
      young.set(key, value as V);
    }
    lastKey = key;
    lastValue = value;
    return value as V;
  };
}
