/**
 * A deadline for every call the bot makes to the Bot Connector (sending a
 * reply). botbuilder's ConnectorClient sets no timeout of its own and retries
 * failures up to three times with exponential back-off (1 s, 2 s, 4 s; longer
 * with a Retry-After header), so a connector that hangs would hold the turn, and
 * the HTTP request that carried it, for ever. The deadline covers the whole
 * call including those retries: the retry policy gives up as soon as the signal
 * aborts, so one send makes at most four requests and ends within `ms`.
 */
import type { ConfigurationBotFrameworkAuthentication } from 'botbuilder';

/** The ConnectorClientOptions that ConfigurationBotFrameworkAuthentication passes to every ConnectorClient. */
export type ConnectorClientOptions = NonNullable<
  ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[4]
>;

type RequestPolicyFactory = Extract<
  NonNullable<ConnectorClientOptions['requestPolicyFactories']>,
  unknown[]
>[number];

export function connectorDeadline(ms: number): ConnectorClientOptions {
  const factory: RequestPolicyFactory = {
    create: (next) => ({
      sendRequest: (request) => {
        const deadline = AbortSignal.timeout(ms);
        // The policy sits outside the retry policy, so the signal bounds every attempt and every wait.
        const given = request.abortSignal as AbortSignal | undefined;
        request.abortSignal = given ? AbortSignal.any([given, deadline]) : deadline;
        return next.sendRequest(request);
      },
    }),
  };
  return { requestPolicyFactories: [factory] };
}
