/**
 * What the policy learns from a conversation, turn by turn: the outcome of
 * each turn, the option chosen after "Bedoelt u …?", the question rephrased
 * after an ask-back or a fallback, and the question behind a 👎. The
 * conversations run through respond() itself (pure, no bot), the memory
 * carried from turn to turn as the bot stores it (JSON, revived).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { createConversationDeps } from '../../src/conversation/createConversation';
import { DEFAULT_MATCHER_OPTIONS } from '../../src/matching/matcherOptions';
import type { ConversationDeps, TurnInput } from '../../src/conversation/turn';
import { respond, type TurnResult } from '../../src/intents/respond';
import { newMemory, reviveMemory, PENDING_TURNS } from '../../src/conversation/memory';

let deps: ConversationDeps;
beforeAll(async () => {
  deps = createConversationDeps((await loadKnowledge('knowledge')).knowledge, DEFAULT_MATCHER_OPTIONS);
});

/** Plays the inputs as one conversation; a string is typed, an object is a click with data. */
function talk(...inputs: (string | TurnInput)[]): TurnResult[] {
  let memory = newMemory();
  return inputs.map((input) => {
    const result = respond(typeof input === 'string' ? { text: input } : input, memory, deps);
    memory = reviveMemory(JSON.parse(JSON.stringify(result.memory)));
    return result;
  });
}

/** The question a "Bedoelt u …?" or fallback button sends for an entry, as a click would. */
const buttonOf = (id: string) => deps.replies.button(deps.knowledge.require(id), 'nl').value;

// Questions the bot asks back on, and one it falls back on with the nearest topics and one with none.
const ASKED_BACK = 'de klant centraal';
const NEAR_MISS = 'wat betekent dit voor gemeentes';
const NEAR_ENTRY = 'gevolgen-publieke-organisaties';
const REPHRASED = 'wat moet de overheid hiermee';
const NOTHING_NEAR = 'wat kost een workshop';

describe('the outcome of each turn', () => {
  it('names the entry of an answer, and tells ask-backs, fallbacks, small talk and the rest apart', () => {
    const questions = [
      'Waarom zijn diensten vergankelijk?',
      ASKED_BACK,
      NOTHING_NEAR,
      'dank je wel',
      'de twaalfde',
    ];
    expect(questions.map((q) => talk(q)[0]!.summary)).toEqual([
      { outcome: 'answer', language: 'nl', entryId: 'dienst-vergankelijk' },
      { outcome: 'clarify', language: 'nl' },
      { outcome: 'fallback', language: 'nl' },
      { outcome: 'smalltalk', language: 'nl' },
      { outcome: 'other', language: 'nl' },
    ]);
  });
});

describe('asked back, then chosen', () => {
  it('records the option clicked in the next turn, with all the options offered', () => {
    const [asked, clicked] = talk(ASKED_BACK, buttonOf('dienst-afnemer-produceert-mee'));
    const offered = asked!.memory.choiceIds!;
    expect(offered).toContain('dienst-afnemer-produceert-mee');
    expect(asked!.memory.pending).toEqual({
      text: ASKED_BACK,
      language: 'nl',
      outcome: 'clarify',
      offered,
      turnsLeft: PENDING_TURNS,
    });
    expect(clicked!.signal).toEqual({
      kind: 'chosen',
      text: ASKED_BACK,
      language: 'nl',
      offered,
      chosen: 'dienst-afnemer-produceert-mee',
    });
    expect(clicked!.memory.pending).toBeUndefined();
  });

  it('records an option picked by its number ("de eerste")', () => {
    const [asked, picked] = talk(ASKED_BACK, 'de eerste');
    expect(picked!.signal).toMatchObject({ kind: 'chosen', chosen: asked!.memory.choiceIds![0] });
  });

  it('does not count a pick two turns later as chosen', () => {
    const [asked, , later] = talk(ASKED_BACK, 'dank je', buttonOf('dienst-afnemer-produceert-mee'));
    expect(asked!.memory.choiceIds).toContain('dienst-afnemer-produceert-mee');
    expect(later!.signal?.kind).toBe('rephrased');
  });
});

describe('rephrased', () => {
  it('records a question answered within three turns after a fallback', () => {
    const results = talk(NEAR_MISS, 'dank je', REPHRASED);
    expect(results[0]!.memory.pending).toMatchObject({ outcome: 'fallback', turnsLeft: PENDING_TURNS });
    expect(results[1]!.memory.pending?.turnsLeft).toBe(PENDING_TURNS - 1);
    expect(results[2]!.signal).toEqual({
      kind: 'rephrased',
      text: NEAR_MISS,
      language: 'nl',
      outcome: 'fallback',
      answered: NEAR_ENTRY,
      answeredText: REPHRASED,
    });
  });

  it("records a click on one of the fallback's nearest topics", () => {
    const [fell, clicked] = talk(NEAR_MISS, buttonOf(NEAR_ENTRY));
    expect(fell!.memory.pending?.offered).toContain(NEAR_ENTRY);
    expect(clicked!.signal).toMatchObject({ kind: 'rephrased', answered: NEAR_ENTRY });
  });

  it('records a question typed after an ask-back that led elsewhere', () => {
    const results = talk(ASKED_BACK, 'Wat doet de verkoper?');
    expect(results[1]!.signal).toMatchObject({
      kind: 'rephrased',
      text: ASKED_BACK,
      outcome: 'clarify',
      answered: 'pet-verkoper',
    });
  });

  it('forgets the question after three turns', () => {
    const results = talk(NEAR_MISS, 'dank je', 'hallo', 'oké', REPHRASED);
    expect(results[3]!.memory.pending).toBeUndefined();
    expect(results[4]!.signal).toBeUndefined();
  });

  it('does not count browsing the main topics after a fallback that found nothing near', () => {
    const [fell, clicked] = talk(NOTHING_NEAR, buttonOf('negen-petten'));
    expect(fell!.memory.pending).toMatchObject({ outcome: 'fallback', offered: [] });
    expect(clicked!.summary.entryId).toBe('negen-petten');
    expect(clicked!.signal).toBeUndefined();
  });

  it('keeps the question redacted in the memory and in the signal', () => {
    const question = `${NEAR_MISS} zoals de onze (piet@example.com)`;
    const [fell, answered] = talk(question, REPHRASED);
    expect(fell!.memory.pending?.text).toBe(`${NEAR_MISS} zoals de onze ([e-mail])`);
    expect(answered!.signal?.text).toBe(`${NEAR_MISS} zoals de onze ([e-mail])`);
    expect(JSON.stringify([fell!.memory, answered!.memory])).not.toContain('piet@example.com');
  });
});

describe('the question behind a rating', () => {
  const down = (entryId: string): TurnInput => ({
    text: '',
    value: { feedback: 'down', entryId, language: 'nl' },
  });

  it('goes with a 👎 on the answer it led to', () => {
    const results = talk('Waarom zijn diensten vergankelijk?', down('dienst-vergankelijk'));
    expect(results[1]!.rated).toEqual({
      entryId: 'dienst-vergankelijk',
      rating: 'down',
      language: 'nl',
      question: 'Waarom zijn diensten vergankelijk?',
    });
  });

  it('is the original question when the answer was chosen from "Bedoelt u …?"', () => {
    const results = talk(ASKED_BACK, 'de eerste', down('dienst-afnemer-produceert-mee'));
    expect(results[1]!.summary.entryId).toBe('dienst-afnemer-produceert-mee');
    expect(results[2]!.rated?.question).toBe(ASKED_BACK);
  });

  it('is left out for an answer that no question of the visitor led to', () => {
    const results = talk('Wat zijn de negen petten?', 'de tweede', down('pet-verkenner'));
    expect(results[2]!.rated).toEqual({ entryId: 'pet-verkenner', rating: 'down', language: 'nl' });
  });
});
