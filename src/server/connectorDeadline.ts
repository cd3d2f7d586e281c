/**
 * A deadline for every call the bot makes to the Bot Connector in a turn
 * (sending, updating or deleting an activity). botbuilder's ConnectorClient
 * sets no timeout and retries a failure up to three times with exponential
 * back-off (1 s, 2 s, 4 s; as long as a Retry-After header says for 429/503),
 * so a connector that hangs would hold the turn, and the HTTP request that
 * carried it, for ever. The ConnectorClientOptions cannot carry the deadline:
 * ConnectorFactoryImpl replaces their requestPolicyFactories. Each operation
 * accepts an abortSignal in its options, though, and the retry policy gives up
 * as soon as that signal aborts, in an attempt or in a back-off wait. So this
 * wraps the turn's ConnectorClient and passes a fresh deadline signal to every
 * call: one send makes at most four requests and ends within `ms`.
 */
import type { TurnContext } from 'botbuilder';
import { withFields } from '../text/withFields';

/** The Connector operations botbuilder calls during a turn, and where each takes its options. */
const OPTIONS_AT: Record<string, number> = {
  replyToActivity: 3,
  sendToConversation: 2,
  updateActivity: 3,
  deleteActivity: 2,
};

type Operation = (...args: unknown[]) => Promise<unknown>;

export function boundConnectorCalls(context: TurnContext, clientKey: symbol, ms: number): void {
  const client = context.turnState.get<{ conversations: object } | undefined>(clientKey);
  if (!client) return;
  const conversations = new Proxy(client.conversations, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      const at = typeof property === 'string' ? OPTIONS_AT[property] : undefined;
      if (at === undefined || typeof value !== 'function') return value;
      return (...args: unknown[]) => (value as Operation).apply(target, withDeadline(args, at, ms));
    },
  });
  context.turnState.set(
    clientKey,
    new Proxy(client, {
      get: (target, property, receiver): unknown =>
        property === 'conversations' ? conversations : Reflect.get(target, property, receiver),
    }),
  );
}

function withDeadline(args: unknown[], at: number, ms: number): unknown[] {
  const given = args[at];
  // A callback in the options' place (the old callback style) is left alone; botbuilder never passes one.
  if (typeof given === 'function') return args;
  const options = (given ?? {}) as { abortSignal?: AbortSignal };
  const deadline = AbortSignal.timeout(ms);
  const abortSignal = options.abortSignal ? AbortSignal.any([options.abortSignal, deadline]) : deadline;
  const copy = [...args];
  copy[at] = withFields(options, { abortSignal });
  return copy;
}
