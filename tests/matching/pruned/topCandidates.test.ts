/**
 * Pruned retrieval against exhaustive scoring on 1 000 synthetic entries: for
 * questions built from the knowledge's own words (common and rare, misspelt,
 * unknown), the k best must be the same entries with the same scores, in the
 * same order, as scoring every entry and sorting.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/loadKnowledge';
import { Matcher } from '../../../src/matching/matcher';
import { DEFAULT_MATCHER_OPTIONS } from '../../../src/matching/matcherOptions';
import { scoreEntries, type Candidate } from '../../../src/matching/scorer';
import { topCandidates, type Retrieval } from '../../../src/matching/pruned/topCandidates';
import { syntheticKnowledge } from '../../../bench/lib/syntheticKnowledge';
import { Random } from '../../../bench/lib/prng';
import { misspell } from '../../../bench/lib/questions';
import type { Language } from '../../../src/text/language';
import { createKnowledgeBase } from '../../../src/knowledge/knowledgeBase';

let matcher: Matcher;
let order: Map<string, number>;
const questions: Record<Language, string[]> = { nl: [], en: [] };

beforeAll(async () => {
  const real = (await loadKnowledge('knowledge')).knowledge;
  // With concept lexicons: concept words weigh most and count double as evidence, the bounds must hold them.
  const knowledge = syntheticKnowledge(real, { size: 1000, concepts: true });
  matcher = new Matcher(knowledge, DEFAULT_MATCHER_OPTIONS);
  const ids = knowledge.entries.map((e) => e.id).sort(new Intl.Collator().compare);
  order = new Map(ids.map((id, i) => [id, i]));
  const random = new Random(7);
  for (const language of ['nl', 'en'] as const) {
    const texts = knowledge.entries.flatMap((e) =>
      language === 'nl'
        ? [e.question, e.answer]
        : [e.translation_en?.question ?? '', e.translation_en?.answer ?? ''],
    );
    const words = texts.flatMap((t) => t.split(/\s+/)).filter((w) => w.length > 2);
    for (let q = 0; q < 150; q++) {
      const picked = Array.from({ length: random.int(1, 7) }, () => random.pick(words));
      if (q % 5 === 0) picked.push('zwqxvbn'); // a word no entry uses weighs the question down
      if (q % 7 === 0) picked[0] = picked[0]!.slice(1); // a misspelling for the corrector
      questions[language].push(picked.join(' '));
    }
  }
});

/** Every candidate, sorted as the matcher sorts, then the first k: what pruning must reproduce. */
function exhaustive(language: Language, text: string, retrieval: Retrieval): Candidate[] {
  const tokens = matcher.analyze(text, language);
  const all = scoreEntries(matcher.indexes[language], tokens, DEFAULT_MATCHER_OPTIONS, retrieval.allowed);
  const key = (c: Candidate) => retrieval.rankScore(c.score);
  return all
    .sort((a, b) => key(b) - key(a) || order.get(a.entryId)! - order.get(b.entryId)!)
    .slice(0, retrieval.k);
}

function pruned(language: Language, text: string, retrieval: Retrieval): Candidate[] {
  const tokens = matcher.analyze(text, language);
  return topCandidates(matcher.indexes[language], tokens, DEFAULT_MATCHER_OPTIONS, retrieval);
}

describe('topCandidates', () => {
  it.each([
    ['nl', 20],
    ['en', 20],
    ['nl', 1],
    ['nl', 5],
    ['en', 3],
  ] as const)('%s, k=%i: the same k best, with the same scores, as exhaustive scoring', (language, k) => {
    const retrieval = { k, rankScore: (s: number) => s, order };
    let found = 0;
    for (const text of questions[language]) {
      const expected = exhaustive(language, text, retrieval);
      expect(pruned(language, text, retrieval), text).toEqual(expected);
      if (expected.length === k) found++;
    }
    // Half the questions at least must find k entries (the rest fewer), or the comparison proves little.
    expect(found).toBeGreaterThan(questions[language].length * 0.5);
  });

  it('ranks by the score the matcher ranks by (other-language weight, fact penalty)', () => {
    const rankScore = (s: number) => (s * 0.85 < 1 ? s * 0.85 * 0.8 : s * 0.85);
    const retrieval = { k: 10, rankScore, order };
    for (const text of questions.nl.slice(0, 60)) {
      expect(pruned('nl', text, retrieval), text).toEqual(exhaustive('nl', text, retrieval));
    }
  });

  it('returns nothing below a floor, and the same best above it', () => {
    for (const text of questions.nl.slice(0, 60)) {
      const fifth = exhaustive('nl', text, { k: 5, rankScore: (s) => s, order })[4];
      if (!fifth) continue;
      const retrieval = { k: 10, rankScore: (s: number) => s, order, floor: fifth.score };
      const expected = exhaustive('nl', text, retrieval).filter((c) => c.score >= fifth.score);
      expect(pruned('nl', text, retrieval), text).toEqual(expected);
    }
  });

  it('reads long questions the same way: more content stems than its table of answer bounds holds', () => {
    const retrieval = { k: 10, rankScore: (s: number) => s, order };
    const random = new Random(13);
    const words = questions.nl.flatMap((q) => q.split(' '));
    let long = 0;
    for (let q = 0; q < 20; q++) {
      const text = Array.from({ length: 40 }, () => random.pick(words)).join(' ');
      if (matcher.analyze(text, 'nl').length > 12) long++;
      expect(pruned('nl', text, retrieval), text).toEqual(exhaustive('nl', text, retrieval));
    }
    expect(long).toBe(20);
  });

  it('keeps to the allowed entries', () => {
    const allowed = (id: string) => order.get(id)! % 3 === 0;
    const retrieval = { k: 10, rankScore: (s: number) => s, order, allowed };
    for (const text of questions.nl.slice(0, 60)) {
      const found = pruned('nl', text, retrieval);
      expect(found, text).toEqual(exhaustive('nl', text, retrieval));
      expect(found.every((c) => allowed(c.entryId))).toBe(true);
    }
  });
});

describe('Matcher.match', () => {
  it('returns maxCandidates candidates at most, best first', () => {
    for (const text of questions.nl.slice(0, 30)) {
      const { candidates } = matcher.match(text);
      expect(candidates.length).toBeLessThanOrEqual(DEFAULT_MATCHER_OPTIONS.maxCandidates);
      for (let i = 1; i < candidates.length; i++)
        expect(candidates[i - 1]!.score).toBeGreaterThanOrEqual(candidates[i]!.score);
    }
  });
});

describe('Matcher on the real FAQ, scored whole or pruned', () => {
  it('ranks the same best candidates with the same scores either way', async () => {
    const real = (await loadKnowledge('knowledge')).knowledge;
    // 40 candidates is more than the FAQ's entries: scored whole. 10 makes the same matcher prune.
    const whole = new Matcher(real, { ...DEFAULT_MATCHER_OPTIONS, maxCandidates: 40 });
    const pruned = new Matcher(real, { ...DEFAULT_MATCHER_OPTIONS, maxCandidates: 10 });
    const random = new Random(11);
    const texts = real.entries.flatMap((e) => [e.question, ...(e.alternatives ?? []).slice(0, 3)]);
    const questions = [...texts, ...texts.map((t) => misspell(t, random))];
    const top = (m: Matcher, q: string) =>
      m
        .match(q)
        .candidates.slice(0, 10)
        .map((c) => `${c.entryId} ${c.score.toFixed(12)}`);
    for (const q of questions) expect(top(pruned, q), q).toEqual(top(whole, q));
  });
});

describe('topCandidates on an entry no single list lifts', () => {
  // Ten short phrasings with "zorbat" set the fifth best. The target's one phrasing is so long that
  // neither "zorbat" nor "kwelm" alone lifts it to the fifth best, both together lift it above. Read
  // where "zorbat" ranks it below the five met, it must be kept for what "kwelm" may still add: the
  // "kwelm" list's head is then below the fifth best, so reading stops before it gets there.
  const word = (i: number) =>
    `zq${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}mip`;
  const entry = (id: string, title: string, question: string, line: number) => ({
    id,
    title,
    question,
    answer: 'lorem ipsum',
    location: { file: 'test', line },
  });
  const fillers = Array.from({ length: 10 }, (_, i) =>
    entry(`filler-${i}`, word(200 + i), `zorbat ${word(i)}`, i),
  );
  const long = Array.from({ length: 95 }, (_, i) => word(20 + i)).join(' ');
  const target = entry('target', 'tussik', `zorbat kwelm ${long}`, 99);
  const knowledge = createKnowledgeBase([...fillers, target], { nl: [], en: [] }, '');
  const small = new Matcher(knowledge, DEFAULT_MATCHER_OPTIONS);
  const ids = knowledge.entries.map((e) => e.id).sort(new Intl.Collator().compare);
  const smallOrder = new Map(ids.map((id, i) => [id, i]));

  it('keeps it, as exhaustive scoring does', () => {
    const index = small.indexes.nl;
    const tokens = small.analyze('zorbat kwelm', 'nl');
    const retrieval = { k: 5, rankScore: (s: number) => s, order: smallOrder };
    const expected = scoreEntries(index, tokens, DEFAULT_MATCHER_OPTIONS)
      .sort((a, b) => b.score - a.score || smallOrder.get(a.entryId)! - smallOrder.get(b.entryId)!)
      .slice(0, 5);
    // The case it is meant to be: the target first, though either word alone ranks it below the fifth.
    expect(expected[0]!.entryId).toBe('target');
    const idfs = tokens.map((t) => index.idf(t.stem));
    const norm = Math.hypot(...idfs);
    const targetNorm = index.phrasings.find((p) => p.entryId === 'target' && p.text !== 'tussik')!.norm;
    for (const idf of idfs) expect(idf ** 2 / (norm * targetNorm)).toBeLessThan(expected[4]!.score);
    expect(topCandidates(index, tokens, DEFAULT_MATCHER_OPTIONS, retrieval)).toEqual(expected);
  });
});
