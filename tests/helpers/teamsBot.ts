/**
 * FaqBot on botbuilder's TestAdapter as Microsoft Teams talks to it: channel
 * "msteams", a conversation type (personal, groupChat or channel), @mentions
 * as Teams sends them, and the feedback the bot records.
 */
import { TestAdapter, type Activity, type Attachment, type Entity } from 'botbuilder';
import { expect } from 'vitest';
import { FaqBot } from '../../src/bot/faqBot';
import type { ConversationDeps } from '../../src/conversation/turn';
import type { RatedAnswer } from '../../src/conversation/feedbackPrompt';
import { silentLogger } from '../../src/logger';
import { MemoryTurns } from '../../src/state/memoryTurns';
import { MemoryStateStore } from '../../src/state/memoryStateStore';

export const BOT = { id: '28:quanta-faq-bot', name: 'Quanta FAQ' };
export const USER = { id: '29:anna', name: 'Anna', aadObjectId: '00000000-0000-0000-0000-0000000000aa' };

export type ConversationType = 'personal' | 'groupChat' | 'channel';

export class TeamsBot {
  readonly ratings: RatedAnswer[] = [];
  readonly adapter: TestAdapter;

  constructor(deps: ConversationDeps, conversationType: ConversationType = 'personal', locale = 'nl-NL') {
    const bot = new FaqBot({
      memory: new MemoryTurns(new MemoryStateStore(), silentLogger),
      conversation: () => deps,
      unanswered: { record: () => Promise.resolve() },
      feedback: {
        record: (rating) => {
          this.ratings.push(rating);
          return Promise.resolve();
        },
      },
      turns: { record: () => Promise.resolve() },
      signals: { record: () => Promise.resolve() },
      logger: silentLogger,
    });
    this.adapter = new TestAdapter((context) => bot.run(context), {
      channelId: 'msteams',
      locale,
      recipient: BOT,
      from: USER,
    });
    this.adapter.conversation.conversation = {
      id:
        conversationType === 'channel'
          ? '19:general@thread.tacv2;messageid=1700000000001'
          : `a:${conversationType}-1`,
      conversationType,
      isGroup: conversationType !== 'personal',
      name: '',
    };
  }

  /** Sends one activity and returns the bot's replies to it. */
  async receive(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    this.adapter.activeQueue.splice(0);
    await this.adapter.receiveActivity(activity);
    return this.adapter.activeQueue.splice(0);
  }

  /** A message as Teams sends it in a channel or group chat: "<at>Quanta FAQ</at> …" with its mention entity. */
  mention(question: string): Promise<Partial<Activity>[]> {
    const at = `<at>${BOT.name}</at>`;
    const entities: Entity[] = [{ type: 'mention', mentioned: BOT, text: at }];
    return this.receive({ type: 'message', text: `${at} ${question}`, entities });
  }

  say(text: string): Promise<Partial<Activity>[]> {
    return this.receive({ type: 'message', text });
  }

  /** A click on a card button (Action.Submit): Teams sends a message without text, with the data as value. */
  click(action: CardAction): Promise<Partial<Activity>[]> {
    expect(action.type).toBe('Action.Submit');
    return this.receive({ type: 'message', value: action.data });
  }
}

export interface CardAction {
  type: string;
  title: string;
  data: Record<string, unknown>;
}

/** The Adaptive Card of a reply, if it has one. */
export function adaptiveCard(
  activity: Partial<Activity>,
): { version: string; body: CardElement[] } | undefined {
  const card = (activity.attachments ?? []).find(
    (a: Attachment) => a.contentType === 'application/vnd.microsoft.card.adaptive',
  );
  return card?.content as { version: string; body: CardElement[] } | undefined;
}

interface CardElement {
  type: string;
  text?: string;
  actions?: CardAction[];
}

/** Every button of a reply's card, in order. */
export function cardActions(activity: Partial<Activity>): CardAction[] {
  return (adaptiveCard(activity)?.body ?? []).flatMap((e) => e.actions ?? []);
}

/** The buttons that lead on (their data is words) and the feedback buttons, separately. */
export function splitActions(activity: Partial<Activity>): { leadOn: CardAction[]; feedback: CardAction[] } {
  const all = cardActions(activity);
  return {
    leadOn: all.filter((a) => typeof a.data.text === 'string'),
    feedback: all.filter((a) => 'feedback' in a.data),
  };
}
