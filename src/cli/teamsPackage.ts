/**
 * npm run teams:package
 * Writes dist/teams/quanta-faq-bot.zip, the Teams app for this deployment:
 * the manifest with MicrosoftAppId as the bot id and the command menu from the
 * knowledge base, and the icons. Refuses without a valid MicrosoftAppId.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { isGuid } from '../teamsAppPackage/manifest';
import { packageApp } from '../teamsAppPackage/packageApp';
import { runCli } from './runCli';

const OUTPUT = 'dist/teams/quanta-faq-bot.zip';

async function main(): Promise<number> {
  const config = loadConfig();
  const botId = config.auth.appId;
  if (!isGuid(botId)) {
    console.error(
      botId
        ? `teams:package: MicrosoftAppId "${botId}" is not a GUID. Set it to the application (client) id of the bot's Azure app registration.`
        : "teams:package: MicrosoftAppId is not set. Set it to the application (client) id of the bot's Azure app registration, e.g. MicrosoftAppId=… npm run teams:package",
    );
    return 1;
  }
  const { knowledge } = await loadKnowledge(config.knowledgeDir);
  const zip = await packageApp(botId, knowledge);
  await mkdir(path.dirname(OUTPUT), { recursive: true });
  await writeFile(OUTPUT, zip);
  console.log(`wrote ${OUTPUT} (${zip.length} bytes) for bot ${botId}`);
  return 0;
}

runCli('teams:package', main);
