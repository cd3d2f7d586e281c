/**
 * What a reply got the visitor, as the eval counts it: Judge.showsWrongEntry on replies built from
 * the FAQ's own text, and runEval's outcomes on hand-made questions through the real bot.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { createConversationDeps } from '../../src/conversation/createConversation';
import { DEFAULT_MATCHER_OPTIONS } from '../../src/matching/matcherOptions';
import { MESSAGES } from '../../src/conversation/messages';
import { Judge, type Outcome } from '../../src/eval/judge';
import { runEval, type CategoryResult } from '../../src/eval/runEval';
import { asOneConversation, type EvalCategory } from '../../src/eval/evalSet';
import { BotConversation } from '../../src/bot/botDriver';
import type { ConversationDeps } from '../../src/conversation/turn';

let knowledge: KnowledgeBase;
let deps: ConversationDeps;

beforeAll(async () => {
  knowledge = (await loadKnowledge('knowledge')).knowledge;
  deps = createConversationDeps(knowledge, DEFAULT_MATCHER_OPTIONS);
});

describe('Judge', () => {
  it.each<[shown: string[], expected: string, wrong: string | undefined]>([
    // the list holds the expected item: not wrong
    [['negen-petten'], 'pet-strateeg', undefined],
    // the answer an excerpt was cut from holds the excerpt: not wrong
    [['vitaal-vakmanschap'], 'kwetsbaarheid', undefined],
    [['pet-strateeg'], 'pet-strateeg', undefined],
    // another item, or a list that does not hold the expected item
    [['pet-verkenner'], 'pet-strateeg', 'pet-verkenner'],
    [['negen-petten'], 'kenmerk-visie', 'negen-petten'],
    // held text does not make the holder right: an item or an excerpt instead of what holds it
    [['pet-strateeg'], 'negen-petten', 'pet-strateeg'],
    [['kwetsbaarheid'], 'vitaal-vakmanschap', 'kwetsbaarheid'],
    // the expected item next to another entry
    [['pet-strateeg', 'kenmerk-visie'], 'pet-strateeg', 'kenmerk-visie'],
  ])('showing %j when %s was expected → %s', (shown, expected, wrong) => {
    const texts = shown.map((id) => knowledge.require(id).answer);
    expect(new Judge(knowledge).showsWrongEntry({ texts, buttons: [] }, expected)).toBe(wrong);
  });

  it.each([
    [MESSAGES.nl.outOfRange('de tiende', 9, 'De negen petten'), true],
    [MESSAGES.nl.endOfList('De negen petten'), true],
    [MESSAGES.en.startOfList('The nine hats'), true],
    [MESSAGES.nl.fallback(false), false],
    [MESSAGES.nl.clarify, false],
  ])('counts "%s" as an out-of-range answer: %s', (said, ok) => {
    const verdict = new Judge(knowledge).judge({ texts: [said], buttons: [] }, 'out-of-range');
    expect(verdict.ok).toBe(ok);
  });

  it('finds no entry in what the bot says of its own', () => {
    const texts = [MESSAGES.nl.clarify, MESSAGES.nl.fallback(true), MESSAGES.en.listPrompt];
    const buttons = [{ title: 'Strateeg', value: 'Wat houdt de pet van Strateeg in?' }];
    expect(new Judge(knowledge).showsWrongEntry({ texts, buttons }, 'kenmerk-visie')).toBeUndefined();
  });
});

/** One question per script, each in a fresh conversation. */
const CASES: [say: string, expect: string, outcome: Outcome][] = [
  // the item's own text, first time
  ['Wat houdt de rol van schatbewaarder in?', 'pet-schatbewaarder', 'right'],
  // "Bedoelt u …?" between two hats: either is one click away
  ['welke pet heeft met relaties te maken', 'pet-relatiebeheerder', 'oneClick'],
  ['welke pet heeft met relaties te maken', 'pet-partner', 'oneClick'],
  // the whole list when one hat was expected: its button leads there, and the list is not wrong
  ['Geef me alle petten op een rij', 'pet-strateeg', 'oneClick'],
  // labelled with another hat than the one the question is about: the bot shows another entry
  ['Wat doet de verkenner?', 'pet-strateeg', 'wrong'],
  // a fallback for a question labelled in scope; its topic buttons lead to lists, not to the hat
  ['Wat is de hoofdstad van Frankrijk?', 'pet-strateeg', 'abstained'],
  // … but to a topic a button does lead to
  ['Wat is de hoofdstad van Frankrijk?', 'vitaal-vakmanschap', 'oneClick'],
  // an expected fallback is right
  ['Wat is de hoofdstad van Frankrijk?', 'fallback', 'right'],
];

describe('the replies the cases get', () => {
  const ask = async (text: string) => {
    const conversation = new BotConversation(deps);
    await conversation.start();
    const observed = await conversation.say(text);
    return { text: observed.texts.join('\n'), titles: observed.buttons.map((b) => b.title) };
  };

  it('asks back between the relationship manager and the partner', async () => {
    const { text, titles } = await ask('welke pet heeft met relaties te maken');
    expect(text).toContain(MESSAGES.nl.clarify);
    expect(titles).toEqual(expect.arrayContaining(['Relatiebeheerder', 'Partner']));
  });

  it('shows the list of hats, with a button per hat', async () => {
    const { text, titles } = await ask('Geef me alle petten op een rij');
    expect(text).toContain(knowledge.require('negen-petten').answer);
    expect(titles).toContain(knowledge.require('pet-strateeg').title);
  });

  it('falls back, offering the topics', async () => {
    const { text, titles } = await ask('Wat is de hoofdstad van Frankrijk?');
    expect(text).toContain(MESSAGES.nl.fallback(false).split(':')[0]);
    expect(titles).toContain(knowledge.require('vitaal-vakmanschap').title);
  });
});

describe('runEval outcomes', () => {
  let result: CategoryResult;

  beforeAll(async () => {
    const category: EvalCategory = {
      file: 'by-hand.yaml',
      category: 'dutch',
      scripts: CASES.map(([say, expect], i) => ({ name: `case ${i + 1}`, steps: [{ say, expect }] })),
    };
    [result] = (await runEval([category], deps, knowledge)) as [CategoryResult];
  }, 60_000);

  it.each(CASES.map((c, i) => [i + 1, ...c] as const))(
    'case %i: %j, expecting %s → %s',
    (i, _say, _expect, outcome) => {
      const failure = result.failures.find((f) => f.script === `case ${i}`);
      expect(failure?.outcome ?? 'right', failure?.reason).toBe(outcome);
    },
  );

  it('counts every step once, and only labelled entries as in scope', () => {
    const count = (o: Outcome) => CASES.filter((c) => c[2] === o).length;
    expect(result).toMatchObject({
      category: 'dutch',
      total: CASES.length,
      correct: count('right'),
      oneClick: count('oneClick'),
      wrong: count('wrong'),
      abstained: count('abstained'),
      inScope: CASES.length - 1,
      conversations: CASES.length,
      welcomed: CASES.length,
    });
    expect(result.failures).toHaveLength(CASES.length - count('right'));
  });

  it('says why a reply was wrong: the entry it showed', () => {
    const failure = result.failures.find((f) => f.outcome === 'wrong');
    expect(failure?.reason).toMatch(/\(shows pet-verkenner\)$/);
  });
});

describe('asOneConversation', () => {
  const single = (file: string, says: string[]): EvalCategory => ({
    file,
    category: 'dutch',
    scripts: says.map((say, i) => ({ name: `case ${i + 1}`, steps: [{ say, expect: 'fallback' }] })),
  });

  it("joins a category's single questions into one conversation, in order", () => {
    const [joined] = asOneConversation([single('dutch.yaml', ['a', 'b', 'c'])]);
    expect(joined!.scripts).toHaveLength(1);
    expect(joined!.scripts[0]!.steps.map((s) => ('say' in s ? s.say : ''))).toEqual(['a', 'b', 'c']);
  });

  it('leaves conversations as they are', () => {
    const conversations: EvalCategory = {
      file: 'followup.yaml',
      category: 'followup',
      scripts: [
        {
          name: 'one',
          steps: [
            { say: 'a', expect: 'fallback' },
            { say: 'b', expect: 'fallback' },
          ],
        },
        { name: 'two', steps: [{ say: 'c', expect: 'fallback' }] },
      ],
    };
    expect(asOneConversation([conversations])).toEqual([conversations]);
  });
});
