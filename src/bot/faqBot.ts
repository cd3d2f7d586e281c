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
import { respond, teamIntro, welcome } from '../conversation/respond';
import { newMemory, reviveMemory, type ConversationMemory } from '../conversation/memory';
import type { ConversationDeps } from '../conversation/turn';
import type { Reply } from '../conversation/reply';
import type { UnansweredLog } from '../unanswered/unansweredLog';
import type { FeedbackLog } from '../feedback/feedbackLog';
import type { Logger } from '../logger';
import { renderReply } from './render/renderReply';
import { messageText } from './teams/teamsInput';
import { greetingFor, type Greeting } from './teams/greeting';
import { localeLanguage } from '../conversation/messages';

export interface FaqBotDeps {
  conversationState: ConversationState;
  /** The conversation dependencies for the knowledge currently loaded. */
  conversation: () => ConversationDeps;
  unanswered: UnansweredLog;
  feedback: FeedbackLog;
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

    const greet = async (context: TurnContext, next: () => Promise<void>) => {
      const greeting = greetingFor(context.activity);
      if (greeting) await this.welcome(context, greeting);
      await next();
    };
    this.onMembersAdded(greet);
    this.onInstallationUpdateAdd(greet);
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
        text: messageText(activity),
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
    if (result.rated) await this.deps.feedback.record(result.rated);
  }

  /** The welcome (or the Teams team intro), once per conversation, in the language of the channel's locale. */
  private async welcome(context: TurnContext, greeting: Greeting): Promise<void> {
    const memory = await this.load(context);
    if (memory.welcomed) return;
    const language = localeLanguage(context.activity.locale) ?? 'nl';
    await this.memory.set(context, { ...memory, welcomed: true });
    const reply = greeting === 'welcome' ? welcome(this.deps.conversation(), language) : teamIntro(language);
    await this.send(context, [reply]);
  }

  private async load(context: TurnContext): Promise<ConversationMemory> {
    return reviveMemory(await this.memory.get(context, newMemory()));
  }

  private async send(context: TurnContext, replies: Reply[]): Promise<void> {
    if (replies.length === 0) return;
    const target = { channelId: context.activity.channelId, recipientId: context.activity.from.id };
    await context.sendActivities(replies.map((r) => renderReply(r, target)));
  }
}
