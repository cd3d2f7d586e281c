/**
 * Drives the real bot (FaqBot on botbuilder's TestAdapter, state in memory) one
 * conversation at a time: a conversationUpdate first, as the Emulator sends,
 * then messages and button clicks. The record logs write nowhere unless the
 * caller passes its own (the learning tests record a simulated week).
 */
import { TestAdapter, type Activity, type CardAction } from 'botbuilder';
import { FaqBot, type FaqBotDeps } from './faqBot';
import { MemoryTurns } from '../state/memoryTurns';
import { MemoryStateStore } from '../state/memoryStateStore';
import type { ConversationDeps } from '../conversation/turn';
import type { UnansweredLog } from '../unanswered/unansweredLog';
import { silentLogger } from '../logger';

/** What a visitor saw after one message: the texts and the buttons of the replies. */
export interface Observed {
  texts: string[];
  buttons: { title: string; value: string }[];
}

export type BotLogs = Pick<FaqBotDeps, 'unanswered' | 'feedback' | 'turns' | 'signals'>;

const NO_LOG = { record: () => Promise.resolve() };

export class BotConversation {
  private readonly adapter: TestAdapter;
  private readonly bot: FaqBot;
  private lastActions: CardAction[] = [];

  /** @param deps the knowledge to answer from, or a function that gives the knowledge served now */
  constructor(
    deps: ConversationDeps | (() => ConversationDeps),
    logs: UnansweredLog | Partial<BotLogs> = {},
  ) {
    const given: Partial<BotLogs> = 'record' in logs ? { unanswered: logs } : logs;
    const bot = new FaqBot({
      memory: new MemoryTurns(new MemoryStateStore(), silentLogger),
      conversation: typeof deps === 'function' ? deps : () => deps,
      unanswered: NO_LOG,
      feedback: NO_LOG,
      turns: NO_LOG,
      signals: NO_LOG,
      ...given,
      logger: silentLogger,
    });
    this.bot = bot;
    this.adapter = new TestAdapter((context) => bot.run(context), { locale: 'nl-NL', channelId: 'emulator' });
  }

  async start(): Promise<Observed> {
    const { user, bot } = this.adapter.conversation;
    return this.exchange({ type: 'conversationUpdate', membersAdded: [user!, bot] });
  }

  send(step: { say: string } | { click: string }): Promise<Observed> {
    return 'say' in step ? this.say(step.say) : this.click(step.click);
  }

  say(text: string): Promise<Observed> {
    return this.exchange({ type: 'message', text });
  }

  /**
   * Clicks the button with this title on the last reply (or one whose title contains it): a
   * button that says words sends them, a button with data (👍/👎) sends its data.
   */
  async click(title: string): Promise<Observed> {
    const titleOf = (a: CardAction) => String(a.title ?? '');
    const action =
      this.lastActions.find((a) => titleOf(a) === title) ??
      this.lastActions.find((a) => titleOf(a).includes(title));
    if (!action)
      throw new Error(
        `no button "${title}" on the last reply (${this.lastActions.map(titleOf).join(' | ')})`,
      );
    if (typeof action.value === 'object' && action.value !== null)
      return this.exchange({ type: 'message', value: action.value as unknown });
    return await this.say(String(action.value ?? ''));
  }

  /** Resolves when the records of the turns so far are written. */
  flushLogs(): Promise<void> {
    return this.bot.flushLogs();
  }

  private async exchange(activity: Partial<Activity>): Promise<Observed> {
    this.adapter.activeQueue.splice(0);
    await this.adapter.receiveActivity({ locale: 'nl-NL', ...activity });
    const replies = this.adapter.activeQueue.splice(0).filter((a) => a.type === 'message');
    const actions = replies.flatMap((a) => a.suggestedActions?.actions ?? []);
    const buttons = actions.map((b) => ({ title: String(b.title ?? ''), value: String(b.value ?? '') }));
    if (actions.length > 0) this.lastActions = actions;
    return { texts: replies.map((a) => a.text ?? ''), buttons };
  }
}
