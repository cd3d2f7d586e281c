import natural from 'natural';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { buildLanguageIndex } from '../../src/matching/languageIndex';
import { DEFAULT_MATCHER_OPTIONS } from '../../src/matching/matcherOptions';

let knowledge: KnowledgeBase;
beforeAll(async () => {
  knowledge = (await loadKnowledge('knowledge')).knowledge;
});

describe('buildLanguageIndex IDF', () => {
  // The index counts document frequencies itself (natural's TfIdf.idf rescans every document per
  // stem); the weights must stay natural's, stem for stem, on the real FAQ.
  it.each(['nl', 'en'] as const)(
    'equals natural TfIdf.idf for every stem of the real FAQ (%s)',
    (language) => {
      const index = buildLanguageIndex(knowledge, language, DEFAULT_MATCHER_OPTIONS);
      const documents = new Map<string, Set<string>>(knowledge.entries.map((e) => [e.id, new Set()]));
      for (const p of index.phrasings) for (const s of p.stems) documents.get(p.entryId)!.add(s);
      for (const [stem, postings] of index.contentWith)
        for (const p of postings) documents.get(p.entryId)!.add(stem);
      const tfidf = new natural.TfIdf();
      for (const [id, stems] of documents) tfidf.addDocument([...stems], id);
      const stems = new Set([...index.phrasingsWith.keys(), ...index.contentWith.keys()]);
      expect(stems.size).toBeGreaterThan(100);
      for (const stem of stems) expect(index.idf(stem), stem).toBeCloseTo(tfidf.idf(stem), 12);
    },
  );

  it('gives a stem no entry uses the highest IDF there is', () => {
    const index = buildLanguageIndex(knowledge, 'nl', DEFAULT_MATCHER_OPTIONS);
    expect(index.idf('xyzzy')).toBe(index.maxIdf);
    expect(index.maxIdf).toBeCloseTo(1 + Math.log(knowledge.entries.length), 12);
  });
});
