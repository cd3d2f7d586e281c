/**
 * The Teams app manifest: deploy/teams/manifest.json with the bot id of this
 * deployment and the command menu drawn from the knowledge base, so what the
 * menu offers is always a question the bot knows.
 */
import type { KnowledgeBase } from '../knowledge/types';
import { inPageOrder } from '../knowledge/pageOrder';

export const TEAMS_DIR = 'deploy/teams';
/** The bot id in the committed manifest; `npm run teams:package` puts MicrosoftAppId in its place. */
export const PLACEHOLDER_BOT_ID = '00000000-0000-0000-0000-000000000000';
/** Teams' limits for a command in the bot's command menu. */
export const MAX_COMMANDS = 10;
export const MAX_COMMAND_TITLE = 32;
export const MAX_COMMAND_DESCRIPTION = 128;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: string): boolean {
  return GUID.test(value);
}

export interface TeamsCommand {
  title: string;
  description: string;
}

/** The manifest as far as this code changes it; everything else is kept as written. */
export interface TeamsManifest {
  bots: {
    botId: string;
    scopes: string[];
    commandLists?: { scopes: string[]; commands: TeamsCommand[] }[];
  }[];
  [field: string]: unknown;
}

/**
 * The command menu: the FAQ's main topics, then its other lists, in page order.
 * The title is how visitors ask it (the first alternative short enough for the
 * menu, else the question or the title, so a pick is a message the bot
 * understands); the description is the FAQ's question.
 */
export function topCommands(knowledge: KnowledgeBase): TeamsCommand[] {
  const topics = knowledge.entries.filter((e) => e.topic === true);
  const lists = knowledge.entries.filter((e) => e.topic !== true && e.items.length > 0);
  return [...inPageOrder(knowledge, topics), ...inPageOrder(knowledge, lists)]
    .flatMap((entry) => {
      // An entry with no phrasing short enough for the menu is left out rather than cut off.
      // A phrasing written as a question reads best in the menu; keywords only if there is none.
      const fits = [...(entry.alternatives ?? []), entry.question, entry.title].filter(
        (phrasing) => phrasing.length <= MAX_COMMAND_TITLE,
      );
      const title = fits.find((phrasing) => phrasing.endsWith('?')) ?? fits[0];
      if (!title) return [];
      // Keyword phrasings ("kenmerken sociaal ondernemer") start lower-case; a menu item starts with a capital.
      const capitalised = title.charAt(0).toLocaleUpperCase('nl') + title.slice(1);
      return [{ title: capitalised, description: entry.question.slice(0, MAX_COMMAND_DESCRIPTION) }];
    })
    .slice(0, MAX_COMMANDS);
}

/** The manifest for one deployment: its bot id, and the command menu in every scope the bot has. */
export function buildManifest(base: TeamsManifest, botId: string, knowledge: KnowledgeBase): TeamsManifest {
  if (!isGuid(botId))
    throw new Error(
      `MicrosoftAppId "${botId}" is not a GUID: set it to the application (client) id of the bot's Azure app registration`,
    );
  const commands = topCommands(knowledge);
  return {
    ...base,
    bots: base.bots.map((bot) => ({ ...bot, botId, commandLists: [{ scopes: bot.scopes, commands }] })),
  };
}
