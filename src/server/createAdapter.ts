/**
 * The Bot Framework CloudAdapter with authentication from configuration. An
 * empty app id means local use without authentication, as the Emulator expects.
 */
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { MESSAGES, localeLanguage } from '../conversation/messages';
import type { AuthenticateRequestResult, BotFrameworkAuthentication } from 'botframework-connector';
import { boundConnectorCalls } from './connectorDeadline';
import { ReusedClientsAuthentication } from './reusedClients';

/**
 * CloudAdapter.process answers an authentication failure with a 500 or a 401
 * in plain text (forged and wrong-audience tokens surface as jsonwebtoken
 * errors, not AuthenticationError) and logs with console.error. The server
 * calls `handle` instead and decides the HTTP answer itself.
 */
export class BotAdapter extends CloudAdapter {
  /** @param connectorTimeoutMs the longest one call to the Bot Connector may take, retries included */
  constructor(
    authentication: BotFrameworkAuthentication,
    private readonly connectorTimeoutMs: number,
  ) {
    super(authentication);
  }

  /**
   * Checks the request's token (throws on a bad one, see isAuthenticationFailure). Separate from
   * `handle` so the server can refuse an authenticated request (rate limit) before its turn runs, and
   * never counts a request it could not authenticate against a conversation.
   */
  authenticate(authorization: string, activity: Activity): Promise<AuthenticateRequestResult> {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authorization);
  }

  handle(
    authentication: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authentication, withDates(activity), (context) => {
      boundConnectorCalls(context, this.ConnectorClientKey, this.connectorTimeoutMs);
      return logic(context);
    });
  }
}

export function createAdapter(auth: Config['auth'], logger: Logger, connectorTimeoutMs = 10_000): BotAdapter {
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: auth.appId,
    MicrosoftAppPassword: auth.appPassword,
    MicrosoftAppType: auth.appType,
    MicrosoftAppTenantId: auth.tenantId,
  };
  const adapter = new BotAdapter(
    new ReusedClientsAuthentication(new ConfigurationBotFrameworkAuthentication(options)),
    connectorTimeoutMs,
  );
  adapter.onTurnError = (context, error) => onTurnError(context, error, logger);
  return adapter;
}

/** As CloudAdapter.process does (validateAndFixActivity, not exported): ISO strings become Dates, the raw text is kept. */
function withDates(activity: Activity): Activity {
  const fixed = activity as Activity & Record<string, unknown>;
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
    ['expiration', 'rawExpiration'],
  ] as const) {
    const value = fixed[field];
    if (typeof value === 'string') {
      fixed[raw] = value;
      fixed[field] = new Date(value);
    }
  }
  return fixed;
}

/** jsonwebtoken's errors for a bad signature, audience, issuer or date, and botbuilder's own. */
const AUTH_ERRORS = ['AuthenticationError', 'JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError'];

export function isAuthenticationFailure(error: unknown): error is Error {
  if (!(error instanceof Error)) return false;
  const status = (error as { statusCode?: unknown }).statusCode;
  return AUTH_ERRORS.includes(error.name) || status === 401 || status === 403;
}

/**
 * A turn that fails is logged and, if the connector can still be reached, the
 * visitor hears that something went wrong. It never takes the server down.
 */
async function onTurnError(context: TurnContext, error: Error, logger: Logger): Promise<void> {
  logger.error('turn failed', { conversation: context.activity.conversation?.id, error });
  try {
    await context.sendActivity(MESSAGES[localeLanguage(context.activity.locale) ?? 'nl'].turnFailed);
  } catch (sendError) {
    logger.warn('could not tell the visitor about the failed turn', { error: sendError as Error });
  }
}
