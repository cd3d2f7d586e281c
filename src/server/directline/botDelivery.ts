/**
 * Hands an activity from the local Direct Line endpoint to the bot inside this
 * process and collects the bot's replies. It uses its own CloudAdapter without
 * authentication (nothing crosses the network, so there is nothing to
 * authenticate) and `expectReplies`, so botbuilder buffers the replies instead
 * of posting them to a Bot Connector: no HTTP, no serviceUrl that must answer,
 * and the same bot, turn-error handling and state as on /api/messages.
 */
import type { Activity, ActivityHandler } from 'botbuilder';
import type { Logger } from '../../logger';
import { createAdapter } from '../createAdapter';

/** The bot the local Direct Line hands activities to; named here so Web Chat needs no botbuilder import. */
export type LocalBot = ActivityHandler;

export type DeliverToBot = (activity: Partial<Activity>) => Promise<Partial<Activity>[]>;

/** Never called: replies come back in the turn. Bot Framework requires an http(s) URL here. */
const UNUSED_SERVICE_URL = 'http://localhost/local-directline';

export function inProcessDelivery(bot: LocalBot, logger: Logger): DeliverToBot {
  const adapter = createAdapter({ appId: '', appPassword: '', appType: 'MultiTenant', tenantId: '' }, logger);
  return async (activity) => {
    const replies: Partial<Activity>[] = [];
    const incoming = { ...activity, serviceUrl: UNUSED_SERVICE_URL, deliveryMode: 'expectReplies' };
    await adapter.processActivityDirect('', incoming as Activity, async (context) => {
      // Registered first, so the turn-error apology is collected as well.
      context.onSendActivities(async (_context, activities, next) => {
        replies.push(...activities);
        return next();
      });
      await bot.run(context);
    });
    return replies;
  };
}
