/**
 * The Bot Framework side of the conversation: reads the memory from
 * conversation state, lets the policy respond, sends the replies, records
 * unanswered questions and saves the state once per turn.
 */
import {
  ActivityHandler,
  type ConversationState,
  type StatePropertyAccessor,
  type TurnContext,
} from 'botbuilder';
import { respond, welcome } from '../conversation/respond';
import { newMemory, reviveMemory, type ConversationMemory } from '../conversation/memory';
import type { ConversationDeps } from '../conversation/turn';
import type { Reply } from '../conversation/reply';
import type { UnansweredLog } from '../unanswered/unansweredLog';
import type { Logger } from '../logger';
import { renderActivity } from './renderActivity';
import { localeLanguage } from '../conversation/messages';

/** The event our Web Chat page posts as soon as it is connected (public/webchat/app.js). */
export const WEB_CHAT_JOIN_EVENT = 'webchat/join';

export interface FaqBotDeps {
  conversationState: ConversationState;
  /** The conversation dependencies for the knowledge currently loaded. */
  conversation: () => ConversationDeps;
  unanswered: UnansweredLog;
  logger: Logger;
}

export class FaqBot extends ActivityHandler {
  private readonly memory: StatePropertyAccessor<ConversationMemory>;

  constructor(private readonly deps: FaqBotDeps) {
    super();
    this.memory = deps.conversationState.createProperty<ConversationMemory>('memory');

    this.onMessage(async (context, next) => {
      await this.answer(context);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const bot = context.activity.recipient.id;
      if ((context.activity.membersAdded ?? []).some((m) => m.id !== bot)) await this.welcome(context);
      await next();
    });

    // Web Chat says it joined with this event: Direct Line reports the visitor only after their first message.
    this.onEvent(async (context, next) => {
      if (context.activity.name === WEB_CHAT_JOIN_EVENT) await this.welcome(context);
      await next();
    });
  }

  /** Saves the conversation state once, after every handler of the turn has run. */
  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.deps.conversationState.saveChanges(context, false);
  }

  private async answer(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const memory = await this.load(context);
    const result = respond(
      {
        text: activity.text ?? '',
        value: activity.value,
        ...(activity.locale ? { locale: activity.locale } : {}),
      },
      memory,
      this.deps.conversation(),
    );
    await this.memory.set(context, result.memory);
    await this.send(context, result.replies);
    this.deps.logger.info('turn', {
      conversation: activity.conversation.id,
      intent: result.intent,
      replies: result.replies.map((r) => r.kind),
      entries: result.replies.flatMap((r) => (r.entryId ? [r.entryId] : [])),
    });
    if (result.unanswered) {
      await this.deps.unanswered.record({ ...result.unanswered, conversationId: activity.conversation.id });
    }
  }

  /** The welcome, once per conversation, in the language of the channel's locale. */
  private async welcome(context: TurnContext): Promise<void> {
    const memory = await this.load(context);
    if (memory.welcomed) return;
    const language = localeLanguage(context.activity.locale) ?? 'nl';
    await this.memory.set(context, { ...memory, welcomed: true });
    await this.send(context, [welcome(this.deps.conversation(), language)]);
  }

  private async load(context: TurnContext): Promise<ConversationMemory> {
    return reviveMemory(await this.memory.get(context, newMemory()));
  }

  private async send(context: TurnContext, replies: Reply[]): Promise<void> {
    if (replies.length === 0) return;
    await context.sendActivities(replies.map((r) => renderActivity(r, context.activity.from.id)));
  }
}
