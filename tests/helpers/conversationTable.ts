/**
 * Conversations as tables: each row is what the visitor says (or clicks) and
 * what the reply must and must not contain, played through the real bot on
 * botbuilder's TestAdapter.
 */
import { expect } from 'vitest';
import { BotConversation } from '../../src/bot/botDriver';
import type { ConversationDeps } from '../../src/conversation/turn';

export type Row = [step: { say: string } | { click: string }, contains: string[], absent?: string[]];

export async function playConversation(deps: ConversationDeps, rows: Row[]): Promise<void> {
  const conversation = new BotConversation(deps);
  await conversation.start();
  for (const [step, contains, absent = []] of rows) {
    const observed = await conversation.send(step);
    const text = observed.texts.join('\n');
    for (const expected of contains) expect(text, JSON.stringify(step)).toContain(expected);
    for (const unexpected of absent) expect(text, JSON.stringify(step)).not.toContain(unexpected);
  }
}
