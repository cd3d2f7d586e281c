import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { syntheticKnowledge } from '../../bench/lib/syntheticKnowledge';
import { misspell } from '../../bench/lib/questions';
import { Random, Zipf } from '../../bench/lib/prng';

let real: KnowledgeBase;
beforeAll(async () => {
  real = (await loadKnowledge('knowledge')).knowledge;
});

describe('Random', () => {
  it('gives the same sequence for the same seed, another for another seed', () => {
    const draw = (seed: number) => {
      const r = new Random(seed);
      return Array.from({ length: 5 }, () => r.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw(42).every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('draws Zipf ranks with the first rank most common', () => {
    const zipf = new Zipf(1000, new Random(1));
    const counts = new Map<number, number>();
    for (let i = 0; i < 5000; i++) {
      const r = zipf.rank();
      counts.set(r, (counts.get(r) ?? 0) + 1);
    }
    expect(Math.max(...counts.keys())).toBeLessThan(1000);
    expect(counts.get(0)!).toBeGreaterThan(counts.get(10) ?? 0);
  });
});

describe('syntheticKnowledge', () => {
  it('keeps the real entries and adds generated ones up to the size asked', () => {
    const kb = syntheticKnowledge(real, { size: 120 });
    expect(kb.entries).toHaveLength(120);
    expect(kb.entries.slice(0, real.entries.length).map((e) => e.id)).toEqual(real.entries.map((e) => e.id));
    expect(new Set(kb.entries.map((e) => e.id)).size).toBe(120);
    const generated = kb.require('synth-00100');
    expect(generated.alternatives!.length).toBeGreaterThanOrEqual(3);
    expect(generated.translation_en?.answer).toBeTruthy();
  });

  it('gives generated entries concept lexicons only when asked: three per language, of one to three words', () => {
    const plain = syntheticKnowledge(real, { size: 60 }).require('synth-00050');
    expect(plain.concepts).toBeUndefined();
    expect(plain.concepts_en).toBeUndefined();
    const withConcepts = syntheticKnowledge(real, { size: 60, concepts: true }).require('synth-00050');
    for (const concepts of [withConcepts.concepts, withConcepts.concepts_en]) {
      expect(concepts!.map((c) => c.split(' ').length)).toEqual([1, 2, 3]);
    }
  });

  it('is deterministic: the same seed gives the same entries', () => {
    const texts = (seed: number) =>
      syntheticKnowledge(real, { size: 80, seed }).entries.map((e) => [e.question, e.answer, e.alternatives]);
    expect(texts(1)).toEqual(texts(1));
    expect(texts(1)).not.toEqual(texts(2));
  });
});

describe('misspell', () => {
  it('changes each word of five letters or more by one edit, the same way for the same seed', () => {
    const once = misspell('Wat zijn de negen petten van de sociaal ondernemer?', new Random(3));
    expect(once).toBe(misspell('Wat zijn de negen petten van de sociaal ondernemer?', new Random(3)));
    expect(once.startsWith('Wat zijn de ')).toBe(true);
    expect(once).not.toContain('ondernemer');
  });
});
