/**
 * The Bot Framework side of the conversation: lets the policy respond on the
 * stored memory (saved before anything is sent, see MemoryTurns), sends the
 * replies and records unanswered questions.
 */
import { ActivityHandler, type TurnContext } from 'botbuilder';
import { respond, welcome } from '../conversation/respond';
import type { MemoryTurns } from '../state/memoryTurns';
import { memoryKey } from '../state/memoryKey';
import type { ConversationDeps } from '../conversation/turn';
import type { Reply } from '../conversation/reply';
import type { UnansweredLog } from '../unanswered/unansweredLog';
import type { Logger } from '../logger';
import { renderActivity } from './renderActivity';
import { localeLanguage } from '../conversation/messages';

/** The event our Web Chat page posts as soon as it is connected (public/webchat/app.js). */
export const WEB_CHAT_JOIN_EVENT = 'webchat/join';

export interface FaqBotDeps {
  /** Conversation memory with optimistic concurrency (shared between instances when configured). */
  memory: MemoryTurns;
  /** The conversation dependencies for the knowledge currently loaded. */
  conversation: () => ConversationDeps;
  unanswered: UnansweredLog;
  logger: Logger;
}

export class FaqBot extends ActivityHandler {
  constructor(private readonly deps: FaqBotDeps) {
    super();

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

  private async answer(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const result = await this.deps.memory.run(memoryKey(activity), (memory) =>
      respond(
        {
          text: activity.text ?? '',
          value: activity.value,
          ...(activity.locale ? { locale: activity.locale } : {}),
        },
        memory,
        this.deps.conversation(),
      ),
    );
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
    const language = localeLanguage(context.activity.locale) ?? 'nl';
    const { replies } = await this.deps.memory.run(memoryKey(context.activity), (memory) =>
      memory.welcomed
        ? { memory, replies: [] }
        : { memory: { ...memory, welcomed: true }, replies: [welcome(this.deps.conversation(), language)] },
    );
    await this.send(context, replies);
  }

  private async send(context: TurnContext, replies: Reply[]): Promise<void> {
    if (replies.length === 0) return;
    await context.sendActivities(replies.map((r) => renderActivity(r, context.activity.from.id)));
  }
}
