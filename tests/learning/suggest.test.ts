/**
 * kb:suggest's proposals on a small fixture knowledge base: the entry the
 * visitors' behaviour points at with its evidence, "gap" when nothing does,
 * and no proposal of what the knowledge already has or staff rejected.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { createConversationDeps } from '../../src/conversation/createConversation';
import { DEFAULT_MATCHER_OPTIONS } from '../../src/matching/matcherOptions';
import type { ConversationDeps } from '../../src/conversation/turn';
import { suggest, type SuggestInput } from '../../src/learning/suggest';
import { nearestWith, stemsWith } from '../../src/learning/matcherViews';
import { observationsFrom, type LearningRecords } from '../../src/learning/observations';
import { GAP } from '../../src/learning/reviewFile';

let deps: ConversationDeps;
beforeAll(async () => {
  const { knowledge } = await loadKnowledge(path.join(__dirname, '../fixtures/knowledge/valid'));
  deps = createConversationDeps(knowledge, DEFAULT_MATCHER_OPTIONS);
});

const time = '2026-11-27T10:00:00.000Z';
const WEEK: LearningRecords = {
  signals: [
    {
      time,
      kind: 'chosen',
      text: 'wie telt de centjes',
      language: 'nl',
      offered: ['pet-rekenaar', 'pet-doener'],
      chosen: 'pet-rekenaar',
    },
    {
      time,
      kind: 'chosen',
      text: 'Wie telt de centjes?',
      language: 'nl',
      offered: ['pet-rekenaar', 'pet-doener'],
      chosen: 'pet-rekenaar',
    },
    {
      time,
      kind: 'rephrased',
      text: 'wie telt er de centjes',
      language: 'nl',
      outcome: 'fallback',
      answered: 'pet-rekenaar',
      answeredText: 'wat doet de rekenaar',
    },
    {
      time,
      kind: 'rephrased',
      text: 'who counts the money',
      language: 'en',
      outcome: 'clarify',
      answered: 'pet-rekenaar',
      answeredText: 'what does the calculator do',
    },
    // Already a phrasing: never proposed again.
    {
      time,
      kind: 'chosen',
      text: 'Hoe ziet een goed plan eruit',
      language: 'nl',
      offered: ['goed-plan'],
      chosen: 'goed-plan',
    },
  ],
  unanswered: [
    {
      time,
      text: 'wie telt er de centjes',
      language: 'nl',
      candidates: [{ id: 'pet-rekenaar', score: 0.3 }],
      conversationId: 'c1',
    },
    { time, text: 'wat kost een cursus', language: 'nl', candidates: [], conversationId: 'c2' },
    { time, text: 'wat kost een cursus?', language: 'nl', candidates: [], conversationId: 'c3' },
  ],
  feedback: [
    {
      time,
      entryId: 'pet-doener',
      rating: 'down',
      language: 'nl',
      question: 'wie voert de plannen niet uit',
    },
    { time, entryId: 'pet-doener', rating: 'up', language: 'nl', question: 'wie voert de plannen uit' },
    { time, entryId: 'pet-doener', rating: 'down', language: 'nl' },
  ],
};

function run(overrides: Partial<SuggestInput> = {}) {
  return suggest({
    observations: observationsFrom(WEEK),
    knowledge: deps.knowledge,
    stemsOf: stemsWith(deps.matcher),
    nearest: nearestWith(deps.matcher),
    ...overrides,
  });
}

describe('suggest', () => {
  it('proposes the entry visitors reached, with the evidence, most asked first', () => {
    const [first, ...rest] = run();
    expect(first).toMatchObject({
      questions: ['wie telt de centjes', 'wie telt er de centjes'],
      count: 3,
      language: 'nl',
      proposal: 'pet-rekenaar',
      evidence: { chosen: 2, rephrased: 1, ratedDown: 0, unanswered: 1 },
      decision: 'pending',
    });
    expect(first!.group).toMatch(/^g-[0-9a-f]{6}$/);
    // The fixture's matcher knows no word of it ("tellen", "centjes"): no candidates.
    expect(first!.evidence.matcher).toEqual([]);
    expect(rest.map((s) => [s.questions[0], s.language, s.proposal, s.count])).toEqual([
      ['wat kost een cursus', 'nl', GAP, 2],
      ['who counts the money', 'en', 'pet-rekenaar', 1],
      ['wie voert de plannen niet uit', 'nl', GAP, 1],
    ]);
  });

  it('counts a 👎 against the entry rated and shows it as evidence; a 👍 teaches nothing', () => {
    const rated = run().find((s) => s.questions.includes('wie voert de plannen niet uit'));
    expect(rated).toMatchObject({ proposal: GAP, evidence: { ratedDown: 1, chosen: 0, rephrased: 0 } });
    // The matcher's view now: the entry that disappointed is still its best.
    expect(rated!.evidence.matcher.map((c) => c.split(' ')[0])).toEqual([
      'pet-doener',
      'goed-plan',
      'pet-denker',
    ]);
    expect(run().flatMap((s) => s.questions)).not.toContain('wie voert de plannen uit');
  });

  it('does not propose what staff rejected: neither the group nor its questions', () => {
    const all = run();
    const money = all[0]!;
    const without = run({
      rejected: [
        { group: money.group, language: 'nl', questions: ['something else'] },
        { group: 'g-000000', language: 'nl', questions: ['wat kost een cursus'] },
      ],
    });
    expect(without.map((s) => s.questions[0])).toEqual([
      'who counts the money',
      'wie voert de plannen niet uit',
    ]);
  });

  it('keeps the decisions staff made on the last run, and leaves out groups asked too rarely', () => {
    const [money] = run();
    const again = run({ previous: [{ ...money!, decision: 'pet-denker' }], minCount: 2 });
    expect(again.map((s) => [s.questions[0], s.decision])).toEqual([
      ['wie telt de centjes', 'pet-denker'],
      ['wat kost een cursus', 'pending'],
    ]);
  });
});
