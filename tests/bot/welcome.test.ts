/** The welcome: once per conversation, when a visitor joins, never for the bot's own join. */
import { TestAdapter, type Activity, type ChannelAccount } from 'botbuilder';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { createConversationDeps } from '../../src/conversation/createConversation';
import { DEFAULT_MATCHER_OPTIONS } from '../../src/matching/matcherOptions';
import type { ConversationDeps } from '../../src/conversation/turn';
import { MESSAGES } from '../../src/conversation/messages';
import { topicTitles } from '../helpers/knowledgeText';
import { quietFaqBot } from '../helpers/quietFaqBot';

let deps: ConversationDeps;
beforeAll(async () => {
  deps = createConversationDeps((await loadKnowledge('knowledge')).knowledge, DEFAULT_MATCHER_OPTIONS);
});

function adapter(locale = 'nl-NL') {
  const bot = quietFaqBot(deps);
  return new TestAdapter((context) => bot.run(context), { locale });
}

async function join(test: TestAdapter, members: ChannelAccount[]): Promise<Partial<Activity>[]> {
  await test.receiveActivity({ type: 'conversationUpdate', membersAdded: members });
  return test.activeQueue.splice(0);
}

describe('welcome', () => {
  it('greets a visitor who joins, with the FAQ topics as buttons', async () => {
    const test = adapter();
    const { user, bot } = test.conversation;
    const sent = await join(test, [bot, user!]);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toBe(MESSAGES.nl.welcome(topicTitles('nl')));
    expect(sent[0]!.suggestedActions?.actions.map((a) => String(a.value))).toEqual([
      'Wat is sociaal ondernemen?',
      'Wat zijn de negen petten van de sociaal ondernemer?',
      'Wat is vitaal vakmanschap?',
      'Waarin verschillen diensten van producten?',
    ]);
  });

  it('does not greet when only the bot joins', async () => {
    const test = adapter();
    expect(await join(test, [test.conversation.bot])).toEqual([]);
  });

  it('greets once per conversation, however often members are added', async () => {
    const test = adapter();
    const { user, bot } = test.conversation;
    expect(await join(test, [bot])).toHaveLength(0);
    expect(await join(test, [user!])).toHaveLength(1);
    expect(await join(test, [user!])).toHaveLength(0);
    expect(await join(test, [{ id: 'someone-else', name: 'Someone' }])).toHaveLength(0);
  });

  it('greets in English when the channel locale is English', async () => {
    const test = adapter('en-US');
    const sent = await join(test, [test.conversation.user!]);
    expect(sent[0]!.text).toBe(MESSAGES.en.welcome(topicTitles('en')));
  });
});
