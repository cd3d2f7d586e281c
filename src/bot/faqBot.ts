/**
 * The Bot Framework side of the conversation: lets the policy respond on the
 * stored memory (saved before anything is sent, see MemoryTurns), sends the
 * replies and records the turn, unanswered questions, ratings and learning
 * signals (without making the visitor wait for the writes).
 */
import { ActivityHandler, type BotHandler, type TurnContext } from 'botbuilder';
import { respond, teamIntro, welcome } from '../intents/respond';
import type { MemoryTurns } from '../state/memoryTurns';
import { memoryKey } from '../state/memoryKey';
import type { ConversationDeps } from '../conversation/turn';
import type { Reply } from '../conversation/reply';
import type { UnansweredLog } from '../unanswered/unansweredLog';
import type { FeedbackLog } from '../feedback/feedbackLog';
import type { RecordLog } from '../state/recordLog';
import type { TurnEntry } from '../signals/records';
import type { LearningSignal } from '../conversation/learningSignals';
import type { Logger } from '../logger';
import { renderReply } from './render/renderReply';
import { messageText } from './teamsTurn/teamsInput';
import { greetingFor, type Greeting } from './teamsTurn/greeting';
import { localeLanguage } from '../conversation/messages';
import { withFields } from '../text/withFields';

/** The event our Web Chat page posts as soon as it is connected (public/webchat/app.js). */
export const WEB_CHAT_JOIN_EVENT = 'webchat/join';

export interface FaqBotDeps {
  /** Conversation memory with optimistic concurrency (shared between instances when configured). */
  memory: MemoryTurns;
  /** The conversation dependencies for the knowledge currently loaded. */
  conversation: () => ConversationDeps;
  unanswered: UnansweredLog;
  feedback: FeedbackLog;
  /** One record per message handled (outcome, intent, language, entry; no text). */
  turns: RecordLog<TurnEntry>;
  /** Options chosen after an ask-back and questions rephrased after a fallback. */
  signals: RecordLog<LearningSignal>;
  logger: Logger;
}

export class FaqBot extends ActivityHandler {
  /** Log writes still in progress (see flushLogs). */
  private readonly pendingLogs = new Set<Promise<void>>();

  /** The one handler for messages (see run). */
  private readonly onMessageHandler: BotHandler = async (context, next) => {
    await this.answer(context);
    await next();
  };

  constructor(private readonly deps: FaqBotDeps) {
    super();

    this.onMessage(this.onMessageHandler);

    const greet = async (context: TurnContext, next: () => Promise<void>) => {
      const greeting = greetingFor(context.activity);
      if (greeting) await this.welcome(context, greeting);
      await next();
    };
    this.onMembersAdded(greet);
    this.onInstallationUpdateAdd(greet);

    // Web Chat says it joined with this event: Direct Line reports the visitor only after their first message.
    this.onEvent(async (context, next) => {
      if (context.activity.name === WEB_CHAT_JOIN_EVENT) await this.welcome(context, 'welcome');
      await next();
    });
  }

  /**
   * A message goes to answer() at once. ActivityHandler's way there (its Turn, Message and Dialog
   * handler chains: a dozen generator-based async steps in botbuilder's ES2015 build, each with its
   * promises and closures) cost a tenth of a turn's CPU time under load (BENCHMARKS.md, turns). It
   * is the same as ActivityHandler.run as long as no one has added handlers for those events; every
   * other activity, or a bot with added handlers, goes through ActivityHandler.
   */
  override async run(context: TurnContext): Promise<void> {
    if (context?.activity?.type === 'message' && this.onlyOwnMessageHandler()) return this.answer(context);
    return super.run(context);
  }

  private onlyOwnMessageHandler(): boolean {
    const { Turn, Message, Dialog } = this.handlers;
    return (
      (Turn?.length ?? 0) === 0 &&
      (Dialog?.length ?? 0) === 0 &&
      Message?.length === 1 &&
      Message[0] === this.onMessageHandler
    );
  }

  private async answer(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const result = await this.deps.memory.run(memoryKey(activity), (memory) =>
      respond(
        {
          text: messageText(activity),
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
    // The visitor's answer does not wait for the logs: the writes finish after the turn (flushLogs waits
    // for them). Every log reports its own failures (onError) and never rejects.
    this.track(this.deps.turns.record(withFields(result.summary, { intent: result.intent })));
    if (result.signal) this.track(this.deps.signals.record(result.signal));
    if (result.unanswered) {
      this.track(
        this.deps.unanswered.record(
          withFields(result.unanswered, { conversationId: activity.conversation.id }),
        ),
      );
    }
    if (result.rated) this.track(this.deps.feedback.record(result.rated));
  }

  /** Resolves when every record of the turns so far is written. */
  async flushLogs(): Promise<void> {
    while (this.pendingLogs.size > 0) await Promise.all([...this.pendingLogs]);
  }

  private track(write: Promise<void>): void {
    // A local log hands the records of one batch the same promise (JsonlAppender): watched once.
    if (this.pendingLogs.has(write)) return;
    this.pendingLogs.add(write);
    void write.finally(() => this.pendingLogs.delete(write));
  }

  /** The welcome (or the Teams team intro), once per conversation, in the language of the channel's locale. */
  private async welcome(context: TurnContext, greeting: Greeting): Promise<void> {
    const language = localeLanguage(context.activity.locale) ?? 'nl';
    const reply = () =>
      greeting === 'welcome' ? welcome(this.deps.conversation(), language) : teamIntro(language);
    const { replies } = await this.deps.memory.run(memoryKey(context.activity), (memory) =>
      memory.welcomed
        ? { memory, replies: [] }
        : { memory: { ...memory, welcomed: true }, replies: [reply()] },
    );
    await this.send(context, replies);
  }

  private async send(context: TurnContext, replies: Reply[]): Promise<void> {
    if (replies.length === 0) return;
    const target = { channelId: context.activity.channelId, recipientId: context.activity.from.id };
    await context.sendActivities(replies.map((r) => renderReply(r, target)));
  }
}
