/**
 * The Bot Framework CloudAdapter with authentication from configuration. An
 * empty app id means local use without authentication, as the Emulator expects.
 */
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { MESSAGES, localeLanguage } from '../conversation/messages';

export function createAdapter(auth: Config['auth'], logger: Logger): CloudAdapter {
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: auth.appId,
    MicrosoftAppPassword: auth.appPassword,
    MicrosoftAppType: auth.appType,
    MicrosoftAppTenantId: auth.tenantId,
  };
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(options));
  adapter.onTurnError = (context, error) => onTurnError(context, error, logger);
  return adapter;
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
