/**
 * FaqBot answers a message without ActivityHandler's handler chains (a shortcut for speed): the
 * same replies, and handlers that someone adds for the turn, the message or the dialog still run in
 * ActivityHandler's order.
 */
import { TestAdapter, type TurnContext } from 'botbuilder';
import { beforeAll, describe, expect, it } from 'vitest';
import { FaqBot } from '../../src/bot/faqBot';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { createConversationDeps } from '../../src/conversation/createConversation';
import { DEFAULT_MATCHER_OPTIONS } from '../../src/matching/matcherOptions';
import type { ConversationDeps } from '../../src/conversation/turn';
import { quietFaqBot } from '../helpers/quietFaqBot';

let deps: ConversationDeps;
beforeAll(async () => {
  deps = createConversationDeps((await loadKnowledge('knowledge')).knowledge, DEFAULT_MATCHER_OPTIONS);
});

function bot() {
  return quietFaqBot(deps);
}

async function texts(faq: FaqBot, text: string): Promise<string[]> {
  const adapter = new TestAdapter((context) => faq.run(context), { locale: 'nl-NL' });
  await adapter.receiveActivity({ type: 'message', text });
  return adapter.activeQueue.map((a) => a.text ?? '');
}

describe('a message turn', () => {
  it('runs handlers added for the turn, the message and the dialog, in ActivityHandler order', async () => {
    const plain = await texts(bot(), 'Waarom zijn diensten vergankelijk?');
    const extended = bot();
    const order: string[] = [];
    const step = (name: string) => async (context: TurnContext, next: () => Promise<void>) => {
      order.push(name);
      await context.sendActivity(name);
      await next();
    };
    extended.onTurn(step('turn')).onMessage(step('message')).onDialog(step('dialog'));
    const replies = await texts(extended, 'Waarom zijn diensten vergankelijk?');
    expect(order).toEqual(['turn', 'message', 'dialog']);
    expect(replies).toEqual(['turn', ...plain, 'message', 'dialog']);
  });

  it('fails as ActivityHandler does without a context', async () => {
    await expect(bot().run(undefined as unknown as TurnContext)).rejects.toThrow(
      'Missing TurnContext parameter',
    );
  });
});
