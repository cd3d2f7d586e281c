/**
 * respond() under random input: any text, any button payload, any locale and
 * any remembered state (also ids of entries a reload has removed) give replies,
 * never an exception, and nothing the visitor typed comes back as live
 * Markdown or HTML. Seeded, so a failure reproduces.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { createConversationDeps } from '../../src/conversation/createConversation';
import { respond } from '../../src/intents/respond';
import { DEFAULT_MATCHER_OPTIONS } from '../../src/matching/matcherOptions';
import type { ConversationDeps } from '../../src/conversation/turn';
import type { ConversationMemory } from '../../src/conversation/memory';

const SEED = 20261127;
let deps: ConversationDeps;
let ids: string[];

beforeAll(async () => {
  const { knowledge } = await loadKnowledge('knowledge');
  deps = createConversationDeps(knowledge, DEFAULT_MATCHER_OPTIONS, true);
  ids = knowledge.entries.map((e) => e.id);
});

/** Words the bot knows, so random texts also reach the matcher, the ordinals and the follow-ups. */
const WORDS = [
  'wat',
  'is',
  'de',
  'tweede',
  'pet',
  'petten',
  'negen',
  'volgende',
  'vorige',
  'meer',
  'voorbeeld',
  'diensten',
  'vitaal',
  'vakmanschap',
  'sociaal',
  'ondernemer',
  'schatbewaarder',
  'nummer',
  '4',
  '99',
  'the',
  'third',
  'hat',
  'next',
  'what',
  'hallo',
  'dank',
  'je',
  'wel',
  '/debug',
  'kenmerk',
  'laatste',
  'eerste',
  '?',
  '!',
];
/** Markdown and HTML a visitor might type, hoping to see it rendered. */
const INJECTIONS = [
  '[klik hier](https://evil.example/x)',
  '![img](https://evil.example/i.png)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '**vet**_schuin_`code`',
  '```\nfence\n```',
  '# kop',
];

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.constantFrom(...WORDS, ...INJECTIONS), { maxLength: 12 }).map((w) => w.join(' ')),
  fc
    .tuple(fc.constantFrom(...WORDS), fc.constantFrom(...INJECTIONS), fc.constantFrom(...WORDS))
    .map((w) => w.join(' ')),
);

const memory = (entryIds: () => string[]) =>
  fc.record({
    welcomed: fc.boolean(),
    debug: fc.boolean(),
    language: fc.option(fc.constantFrom('nl' as const, 'en' as const), { nil: undefined }),
    focusId: fc.option(fc.oneof(fc.constantFrom(...entryIds()), fc.string()), { nil: undefined }),
    choiceIds: fc.option(fc.array(fc.oneof(fc.constantFrom(...entryIds()), fc.string()), { maxLength: 4 }), {
      nil: undefined,
    }),
  });

describe('respond() with random input', () => {
  it("always replies, and never echoes the visitor's Markdown or HTML", () => {
    fc.assert(
      fc.property(
        text,
        fc.option(fc.anything(), { nil: undefined }),
        fc.option(fc.oneof(fc.constantFrom('nl-NL', 'en-US', 'de-DE', ''), fc.string()), { nil: undefined }),
        memory(() => ids),
        (input, value, locale, remembered) => {
          const result = respond(
            { text: input, value, ...(locale === undefined ? {} : { locale }) },
            stripUndefined(remembered),
            deps,
          );
          expect(result.replies.length).toBeGreaterThan(0);
          for (const reply of result.replies) {
            expect(typeof reply.text).toBe('string');
            for (const button of reply.buttons) expect(typeof button.title).toBe('string');
            for (const injection of INJECTIONS) {
              if (input.includes(injection)) expect(reply.text).not.toContain(injection);
            }
            expect(reply.text).not.toMatch(/<script|onerror=|\]\(https:\/\/evil/);
          }
        },
      ),
      { seed: SEED, numRuns: 1500 },
    );
  });
});

function stripUndefined(m: Record<string, unknown>): ConversationMemory {
  return Object.fromEntries(
    Object.entries(m).filter(([, v]) => v !== undefined),
  ) as unknown as ConversationMemory;
}
