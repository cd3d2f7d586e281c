/**
 * Drives the real bot (FaqBot on botbuilder's TestAdapter, state in memory) one
 * conversation at a time: a conversationUpdate first, as the Emulator sends,
 * then messages and button clicks.
 */
import { TestAdapter, type Activity } from 'botbuilder';
import { FaqBot } from '../bot/faqBot';
import { MemoryTurns } from '../state/memoryTurns';
import { MemoryStateStore } from '../state/memoryStateStore';
import type { ConversationDeps } from '../conversation/turn';
import type { UnansweredLog } from '../unanswered/unansweredLog';
import { silentLogger } from '../logger';
import type { Observed } from './judge';

export class BotConversation {
  private readonly adapter: TestAdapter;
  private lastButtons: { title: string; value: string }[] = [];

  constructor(deps: ConversationDeps, unanswered: UnansweredLog = { record: () => Promise.resolve() }) {
    const bot = new FaqBot({
      memory: new MemoryTurns(new MemoryStateStore(), silentLogger),
      conversation: () => deps,
      unanswered,
      feedback: { record: () => Promise.resolve() },
      logger: silentLogger,
    });
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

  /** Clicks the button with this title on the last reply (or one whose title contains it). */
  async click(title: string): Promise<Observed> {
    const button =
      this.lastButtons.find((b) => b.title === title) ??
      this.lastButtons.find((b) => b.title.includes(title));
    if (!button)
      throw new Error(
        `no button "${title}" on the last reply (${this.lastButtons.map((b) => b.title).join(' | ')})`,
      );
    return await this.say(button.value);
  }

  private async exchange(activity: Partial<Activity>): Promise<Observed> {
    this.adapter.activeQueue.splice(0);
    await this.adapter.receiveActivity({ locale: 'nl-NL', ...activity });
    const replies = this.adapter.activeQueue.splice(0).filter((a) => a.type === 'message');
    const buttons = replies.flatMap((a) =>
      (a.suggestedActions?.actions ?? []).map((b) => ({
        title: String(b.title ?? ''),
        value: String(b.value ?? ''),
      })),
    );
    if (buttons.length > 0) this.lastButtons = buttons;
    return { texts: replies.map((a) => a.text ?? ''), buttons };
  }
}
