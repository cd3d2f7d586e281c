/**
 * The second opinion that may turn a "Bedoelt u …?" into an answer: it must
 * agree with the matcher's first option, and clearly.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { SecondOpinion } from '../../src/matching/secondOpinion';
import { createConversationDeps } from '../../src/conversation/createConversation';
import { DEFAULT_MATCHER_OPTIONS } from '../../src/matching/matcherOptions';
import { respond } from '../../src/intents/respond';
import { newMemory } from '../../src/conversation/memory';

let knowledge: KnowledgeBase;
let opinion: SecondOpinion;

beforeAll(async () => {
  knowledge = (await loadKnowledge('knowledge')).knowledge;
  opinion = new SecondOpinion(knowledge);
});

const MAPPING =
  'Welke pet gaat over in kaart brengen wie er in je werkveld rondlopen, zoals concurrenten en doelgroepen?';

describe('SecondOpinion.confirmsFirst', () => {
  it('confirms the option it clearly prefers, and only when that option comes first', () => {
    expect(opinion.confirmsFirst(MAPPING, ['pet-verkenner', 'pet-concurrent'], 1.3)).toBe(true);
    expect(opinion.confirmsFirst(MAPPING, ['pet-concurrent', 'pet-verkenner'], 1.3)).toBe(false);
  });

  it('does not confirm a preference smaller than the ratio asked for', () => {
    expect(opinion.confirmsFirst(MAPPING, ['pet-verkenner', 'pet-concurrent'], 1000)).toBe(false);
  });

  it('needs two options or more, and words it knows', () => {
    expect(opinion.confirmsFirst(MAPPING, ['pet-verkenner'], 1.3)).toBe(false);
    expect(opinion.confirmsFirst('xyzzy plugh', ['pet-verkenner', 'pet-concurrent'], 1.3)).toBe(false);
  });
});

describe('in a turn', () => {
  const reply = (ratio: number, text = MAPPING) => {
    const deps = createConversationDeps(knowledge, { ...DEFAULT_MATCHER_OPTIONS, secondOpinionRatio: ratio });
    return respond({ text, locale: 'nl-NL' }, newMemory(), deps).replies[0]!;
  };

  it('answers a near-tie the second opinion settles, and asks back with it turned off', () => {
    expect(reply(1.3)).toMatchObject({ kind: 'answer', entryId: 'pet-verkenner' });
    expect(reply(0).kind).toBe('clarify');
  });

  it('still asks back on a short question: two topic words are too few to settle a near-tie', () => {
    // A second opinion that always agrees: only the question's length can keep the ask-back.
    const deps = createConversationDeps(knowledge, DEFAULT_MATCHER_OPTIONS);
    const agreeing = { ...deps, secondOpinion: { confirmsFirst: () => true } as unknown as SecondOpinion };
    const kind = (text: string) => respond({ text, locale: 'nl-NL' }, newMemory(), agreeing).replies[0]!.kind;
    expect(respond({ text: 'geld en klanten', locale: 'nl-NL' }, newMemory(), deps).replies[0]!.kind).toBe(
      'clarify',
    );
    expect(kind('geld en klanten')).toBe('clarify');
    expect(kind(MAPPING)).toBe('answer');
  });
});
