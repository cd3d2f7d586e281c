/**
 * The record logs (turns, unanswered questions, feedback, learning signals)
 * are written after the answer: a slow write (a busy disk, Blob Storage) never
 * holds the visitor's turn, and flushLogs waits for every write still in
 * progress.
 */
import { TestAdapter } from 'botbuilder';
import { beforeAll, describe, expect, it } from 'vitest';
import { FaqBot } from '../../src/bot/faqBot';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { createConversationDeps } from '../../src/conversation/createConversation';
import { DEFAULT_MATCHER_OPTIONS } from '../../src/matching/matcherOptions';
import type { ConversationDeps } from '../../src/conversation/turn';
import { MESSAGES } from '../../src/conversation/messages';
import type { ChosenSignal } from '../../src/conversation/learningSignals';
import { silentLogger } from '../../src/logger';
import { MemoryTurns } from '../../src/state/memoryTurns';
import { MemoryStateStore } from '../../src/state/memoryStateStore';

let deps: ConversationDeps;
beforeAll(async () => {
  deps = createConversationDeps((await loadKnowledge('knowledge')).knowledge, DEFAULT_MATCHER_OPTIONS);
});

/** A log whose writes finish only when the test says so. */
function heldLog() {
  const written: unknown[] = [];
  const held: (() => void)[] = [];
  const record = (entry: unknown) =>
    new Promise<void>((resolve) => {
      held.push(() => {
        written.push(entry);
        resolve();
      });
    });
  return { written, release: () => held.splice(0).forEach((finish) => finish()), log: { record } };
}

type HeldLog = ReturnType<typeof heldLog>;

/** A log that writes nothing, at once. */
function nowhere(): HeldLog {
  return { written: [], release: () => undefined, log: { record: () => Promise.resolve() } };
}

function botWith(
  unanswered: HeldLog,
  feedback: HeldLog,
  turns: HeldLog = nowhere(),
  signals: HeldLog = nowhere(),
) {
  const bot = new FaqBot({
    memory: new MemoryTurns(new MemoryStateStore(), silentLogger),
    conversation: () => deps,
    unanswered: unanswered.log,
    feedback: feedback.log,
    turns: turns.log,
    signals: signals.log,
    logger: silentLogger,
  });
  return { bot, adapter: new TestAdapter((context) => bot.run(context), { locale: 'nl-NL' }) };
}

describe('log writes after the answer', () => {
  it('answers an unanswered question before its record is written; flushLogs waits for the write', async () => {
    const unanswered = heldLog();
    const { bot, adapter } = botWith(unanswered, heldLog());
    await adapter.receiveActivity({ type: 'message', text: 'Wat kost een workshop bij jullie?' });
    expect(adapter.activeQueue.map((a) => a.text).join('\n')).toContain(
      'Daar heb ik helaas geen antwoord op',
    );
    expect(unanswered.written).toEqual([]);

    let flushed = false;
    const flushing = bot.flushLogs().then(() => {
      flushed = true;
    });
    await Promise.resolve();
    expect(flushed).toBe(false);
    unanswered.release();
    await flushing;
    expect(unanswered.written).toHaveLength(1);
    expect(unanswered.written[0]).toMatchObject({
      text: 'Wat kost een workshop bij jullie?',
      language: 'nl',
    });
  });

  it('thanks for a rating before it is written; flushLogs waits for the write', async () => {
    const feedback = heldLog();
    const { bot, adapter } = botWith(heldLog(), feedback);
    await adapter.receiveActivity({
      type: 'message',
      value: { feedback: 'down', entryId: 'dienst-vergankelijk', language: 'nl' },
    });
    expect(adapter.activeQueue.map((a) => a.text)).toEqual([MESSAGES.nl.feedback.thanks]);
    expect(feedback.written).toEqual([]);
    const flushing = bot.flushLogs();
    feedback.release();
    await flushing;
    expect(feedback.written).toEqual([{ entryId: 'dienst-vergankelijk', rating: 'down', language: 'nl' }]);
  });

  it('records a 👎 with the question that led to the answer', async () => {
    const feedback = heldLog();
    const { bot, adapter } = botWith(nowhere(), feedback);
    await adapter.receiveActivity({ type: 'message', text: 'Waarom zijn diensten vergankelijk?' });
    await adapter.receiveActivity({
      type: 'message',
      value: { feedback: 'down', entryId: 'dienst-vergankelijk', language: 'nl' },
    });
    const flushing = bot.flushLogs();
    feedback.release();
    await flushing;
    expect(feedback.written).toEqual([
      {
        entryId: 'dienst-vergankelijk',
        rating: 'down',
        language: 'nl',
        question: 'Waarom zijn diensten vergankelijk?',
      },
    ]);
  });

  it('records every message handled as a turn, without its text, after the answer', async () => {
    const turns = heldLog();
    const { bot, adapter } = botWith(nowhere(), nowhere(), turns);
    await adapter.receiveActivity({ type: 'message', text: 'Waarom zijn diensten vergankelijk?' });
    await adapter.receiveActivity({ type: 'message', text: 'Wat kost een workshop bij jullie?' });
    await adapter.receiveActivity({ type: 'message', text: 'dank je wel' });
    expect(turns.written).toEqual([]);
    const flushing = bot.flushLogs();
    turns.release();
    await flushing;
    expect(turns.written).toEqual([
      { outcome: 'answer', intent: 'faqQuestion', language: 'nl', entryId: 'dienst-vergankelijk' },
      { outcome: 'fallback', intent: 'faqQuestion', language: 'nl' },
      { outcome: 'smalltalk', intent: 'smallTalk', language: 'nl' },
    ]);
  });

  it('records the option chosen after "Bedoelt u …?" as a signal, after the answer', async () => {
    const signals = heldLog();
    const { bot, adapter } = botWith(nowhere(), nowhere(), nowhere(), signals);
    await adapter.receiveActivity({ type: 'message', text: 'de klant centraal' });
    const options = adapter.activeQueue.splice(0).flatMap((a) => a.suggestedActions?.actions ?? []);
    expect(options.length).toBeGreaterThan(1);
    await adapter.receiveActivity({ type: 'message', text: String(options[1]!.value) });
    expect(signals.written).toEqual([]);
    const flushing = bot.flushLogs();
    signals.release();
    await flushing;
    expect(signals.written).toHaveLength(1);
    const signal = signals.written[0] as ChosenSignal;
    expect(signal).toMatchObject({ kind: 'chosen', text: 'de klant centraal', language: 'nl' });
    // The second option was clicked.
    expect(signal.offered).toHaveLength(options.length);
    expect(signal.chosen).toBe(signal.offered[1]);
  });

  it('flushLogs resolves at once when nothing is being written', async () => {
    const { bot } = botWith(heldLog(), heldLog());
    await expect(bot.flushLogs()).resolves.toBeUndefined();
  });
});
