/**
 * FaqBot in memory, recording nothing: for tests of what it replies, not of what it records.
 */
import { FaqBot } from '../../src/bot/faqBot';
import type { ConversationDeps } from '../../src/conversation/turn';
import { silentLogger } from '../../src/logger';
import { MemoryTurns } from '../../src/state/memoryTurns';
import { MemoryStateStore } from '../../src/state/memoryStateStore';

export function quietFaqBot(deps: ConversationDeps): FaqBot {
  const nothing = { record: () => Promise.resolve() };
  return new FaqBot({
    memory: new MemoryTurns(new MemoryStateStore(), silentLogger),
    conversation: () => deps,
    unanswered: nothing,
    feedback: nothing,
    turns: nothing,
    signals: nothing,
    logger: silentLogger,
  });
}
