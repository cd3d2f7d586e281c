/**
 * The app settings the Bicep template gives the Web App must be exactly the
 * environment variables src/config.ts reads: a variable added to the config
 * without the template (or a setting the bot never reads) fails here. The
 * variables read are recorded by handing loadConfig a Proxy as environment.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { AZURE_DIR, appSettingNames, params, readBicep, type BicepFile } from './bicepSource';

/** Set by the template for App Service itself; the bot does not read them. */
const PLATFORM_SETTINGS: Record<string, string> = {
  WEBSITE_RUN_FROM_PACKAGE: 'App Service mounts the deployed zip read-only as the app directory',
  SCM_DO_BUILD_DURING_DEPLOYMENT:
    'no build on the server: the zip already holds dist/ and the production node_modules',
  APPLICATIONINSIGHTS_CONNECTION_STRING: 'read by the App Service Application Insights agent, not by the bot',
  ApplicationInsightsAgent_EXTENSION_VERSION: 'switches that agent on',
};

/** Read by src/config.ts but deliberately left to their defaults (or to the platform) in Azure. */
const NOT_SET_BY_TEMPLATE: Record<string, string> = {
  PORT: 'App Service sets PORT itself and sends the traffic there',
  KNOWLEDGE_DIR:
    'the default, knowledge/, is in the zip, relative to the working directory /home/site/wwwroot',
  BOT_DEBUG:
    'off in production; staff switch it on for a while with az webapp config appsettings set, and the next deployment switches it off',
  MAX_BODY_BYTES: 'the default is the production limit',
  MAX_TEXT_CHARS: 'the default is the production limit',
  AZURE_STORAGE_TIMEOUT_MS: 'the default (2 s per storage call) keeps a turn prompt when storage is slow',
  AZURE_STORAGE_RETRY_AFTER_MS:
    'the default (10 s) pause after repeated storage failures is short enough to notice recovery quickly',
  DIRECT_LINE_ENDPOINT:
    'the global Direct Line service is the default; set europe only for a bot deployed as a regional Europe bot',
  DIRECT_LINE_LOCAL:
    'the in-process Direct Line is for development; with MicrosoftAppId set it is off by default, as production needs',
  KNOWLEDGE_WATCH:
    'off by default on App Service, where only a deploy (which restarts the app) changes the files',
  WEBSITE_SITE_NAME: 'set by App Service itself; the config reads it to know it runs there',
  CONNECTOR_TIMEOUT_MS: 'the default (10 s per send, retries included) suits the Bot Connector',
  RATE_LIMIT_PER_MINUTE: 'the default (60 messages a minute per conversation) is the production limit',
  SHUTDOWN_GRACE_MS:
    'the default (10 s) covers a turn in flight, whose connector sends are bounded by CONNECTOR_TIMEOUT_MS',
  MATCHER_OPTIONS:
    'the defaults are what the labelled question sets are measured with; overrides are for experiments',
};

/**
 * Set by the template for variables that other branches add to src/config.ts
 * (Web Chat, Teams feedback, shared state). When the merged config reads one,
 * the test below fails until it is taken off this list; a branch that names
 * it differently renames it here and in main.bicep.
 */
const AWAITING_CONFIG: Record<string, string> = {};

/**
 * Environments loadConfig is run with. A variable read only under some
 * condition (e.g. only when an app id is set) is recorded only if one of these
 * meets the condition: add a realistic environment here when config needs one.
 */
const ENVIRONMENTS: Record<string, string>[] = [
  {},
  {
    MicrosoftAppType: 'SingleTenant',
    MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
    MicrosoftAppPassword: 'client-secret',
    MicrosoftAppTenantId: '00000000-0000-0000-0000-000000000002',
    UNANSWERED_LOG: '/home/data/quanta-faq-bot/unanswered.jsonl',
    AZURE_STORAGE_CONNECTION_STRING:
      'DefaultEndpointsProtocol=https;AccountName=example;AccountKey=a2V5;EndpointSuffix=core.windows.net',
  },
];

/** Every variable name loadConfig looks at, through a Proxy that records reads. */
function variablesRead(env: Record<string, string>): Set<string> {
  const read = new Set<string>();
  const recorder = new Proxy(env, {
    get(target, key) {
      if (typeof key === 'string') read.add(key);
      return Reflect.get(target, key) as unknown;
    },
    has(target, key) {
      if (typeof key === 'string') read.add(key);
      return Reflect.has(target, key);
    },
    ownKeys() {
      throw new Error('loadConfig lists the environment; this test can then no longer tell what it reads');
    },
  });
  loadConfig(recorder);
  return read;
}

let main: BicepFile;
let settings: string[];
let configReads: Set<string>;

beforeAll(async () => {
  main = await readBicep(path.join(AZURE_DIR, 'main.bicep'));
  settings = appSettingNames(main, 'appSettings');
  configReads = new Set(ENVIRONMENTS.flatMap((env) => [...variablesRead(env)]));
});

describe('the app settings of deploy/azure/main.bicep', () => {
  it('records what loadConfig reads (the recorder itself works)', () => {
    expect([...configReads]).toEqual(expect.arrayContaining(['MicrosoftAppId', 'PORT', 'MATCHER_OPTIONS']));
  });

  it('are each set once', () => {
    expect(settings.filter((name, i) => settings.indexOf(name) !== i)).toEqual([]);
  });

  it('set every variable src/config.ts reads, except those left to their defaults on purpose', () => {
    const missing = [...configReads].filter((v) => !settings.includes(v) && !(v in NOT_SET_BY_TEMPLATE));
    expect(
      missing,
      'add these to the app settings in main.bicep, or to NOT_SET_BY_TEMPLATE with a reason',
    ).toEqual([]);
  });

  it('contain nothing the bot does not read, except platform settings and variables awaiting the merge', () => {
    const unread = settings.filter(
      (s) => !configReads.has(s) && !(s in PLATFORM_SETTINGS) && !(s in AWAITING_CONFIG),
    );
    expect(unread, 'remove these from main.bicep, or list them with a reason').toEqual([]);
  });

  it('keep the exception lists true: each entry is still an exception', () => {
    const stale = [
      ...Object.keys(NOT_SET_BY_TEMPLATE).filter((v) => !configReads.has(v) || settings.includes(v)),
      ...Object.keys(PLATFORM_SETTINGS).filter((v) => configReads.has(v) || !settings.includes(v)),
      ...Object.keys(AWAITING_CONFIG).filter((v) => configReads.has(v) || !settings.includes(v)),
    ];
    expect(stale, 'take these off their exception list').toEqual([]);
  });

  it('offer only bot identities that the config loader accepts', () => {
    const appType = params(main).find((p) => p.name === 'appType')!;
    const allowed = [
      ...(appType.decorators.find((d) => d.startsWith('@allowed('))?.matchAll(/'(\w+)'/g) ?? []),
    ];
    expect(allowed.map((m) => m[1])).toEqual(['SingleTenant', 'UserAssignedMSI', 'MultiTenant']);
    for (const [, type] of allowed) {
      const config = loadConfig({ ...ENVIRONMENTS[1], MicrosoftAppType: type });
      expect(config.auth.appType).toBe(type);
    }
  });
});
