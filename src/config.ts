/**
 * All configuration, read once from the environment and validated. Nothing
 * else in the program reads process.env. A bad value stops the start-up with a
 * message that names the variable and what it accepts.
 */
import { validateMatcherOptions, type MatcherOptions } from './matching/matcherOptions';
import { connectionStringProblem, isContainerName } from './state/storageSettings';

export type AppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';

export interface Config {
  port: number;
  /** Bot Framework authentication; an empty app id means local use without auth (the Emulator). */
  auth: { appId: string; appPassword: string; appType: AppType; tenantId: string };
  knowledgeDir: string;
  unansweredLogPath: string;
  /** JSONL log of the 👍/👎 ratings of answers. */
  feedbackLogPath: string;
  /** JSONL log of every message handled: its outcome, intent, language and entry; no text. */
  turnLogPath: string;
  /** JSONL log of the learning signals: options chosen after an ask-back, questions rephrased. */
  signalLogPath: string;
  /** Records older than this many days are deleted from every log (0 keeps them). */
  logRetentionDays: number;
  /** Lets staff toggle the score view with "/debug". */
  botDebug: boolean;
  maxBodyBytes: number;
  maxTextChars: number;
  matcher: MatcherOptions;
  directLine: DirectLineConfig;
  /** Reload knowledge/ when a file changes (default on, except on App Service where only a deploy changes files). */
  knowledgeWatch: boolean;
  /** The longest one send to the Bot Connector may take, retries included. */
  connectorTimeoutMs: number;
  /** Messages one conversation may post per minute; 0 switches the limit off. */
  rateLimitPerMinute: number;
  /** How long SIGTERM waits for turns in flight before closing the remaining connections. */
  shutdownGraceMs: number;
  /** Shared state and logs in Azure Blob Storage; absent = this process's memory and local files. */
  azureStorage?: AzureStorageConfig;
}

export interface AzureStorageConfig {
  connectionString: string;
  /** Container of the conversation memory (one blob per conversation, or per user per Teams thread). */
  stateContainer: string;
  /** Container of the record logs (unanswered questions, feedback, turns, signals), one append blob per log per day. */
  logContainer: string;
  /** The longest one storage operation (with its retry) may take; a turn makes at most two. */
  timeoutMs: number;
  /** After repeated failures, how long turns skip the state storage before trying it again (circuit breaker). */
  retryAfterMs: number;
}

/** Web Chat's Direct Line: the production token exchange and the local endpoint for development. */
export interface DirectLineConfig {
  /** DIRECT_LINE_SECRET: exchanged for tokens server-side; never sent to a browser. */
  secret: string;
  /** DIRECT_LINE_ENDPOINT: `global`, `europe` or an https URL of the Direct Line service. */
  endpoint: string;
  /** DIRECT_LINE_TRUSTED_ORIGINS: origins allowed to use a token, and to fetch one from us (CORS). */
  trustedOrigins: string[];
  /** DIRECT_LINE_LOCAL: a Direct Line 3.0 endpoint inside the bot, for development without a cloud account. */
  local: boolean;
}

export class ConfigError extends Error {
  constructor(variable: string, value: string, allowed: string) {
    super(`${variable}="${value}" is not valid: ${allowed}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): Config {
  const appId = env.MicrosoftAppId?.trim() ?? '';
  const appType = oneOf(
    env,
    'MicrosoftAppType',
    ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'],
    'MultiTenant',
  );
  const tenantId = env.MicrosoftAppTenantId?.trim() ?? '';
  if (appId && appType !== 'MultiTenant' && !tenantId) {
    throw new ConfigError('MicrosoftAppTenantId', '', `required when MicrosoftAppType is ${appType}`);
  }
  return Object.freeze({
    port: integer(env, 'PORT', 3978, 0, 65535),
    auth: { appId, appPassword: env.MicrosoftAppPassword ?? '', appType, tenantId },
    knowledgeDir: env.KNOWLEDGE_DIR?.trim() || 'knowledge',
    unansweredLogPath: env.UNANSWERED_LOG?.trim() || 'var/unanswered.jsonl',
    feedbackLogPath: env.FEEDBACK_LOG?.trim() || 'var/feedback.jsonl',
    turnLogPath: env.TURN_LOG?.trim() || 'var/turns.jsonl',
    signalLogPath: env.SIGNAL_LOG?.trim() || 'var/signals.jsonl',
    logRetentionDays: integer(env, 'LOG_RETENTION_DAYS', 90, 0, 3650),
    botDebug: boolean(env, 'BOT_DEBUG', false),
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 256 * 1024, 1024, 16 * 1024 * 1024),
    maxTextChars: integer(env, 'MAX_TEXT_CHARS', 2000, 10, 100_000),
    matcher: matcherOptions(env),
    // App Service sets WEBSITE_SITE_NAME; there files change only by a deploy, which restarts the app.
    knowledgeWatch: boolean(env, 'KNOWLEDGE_WATCH', !env.WEBSITE_SITE_NAME),
    connectorTimeoutMs: integer(env, 'CONNECTOR_TIMEOUT_MS', 10_000, 100, 120_000),
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 60, 0, 1_000_000),
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 10_000, 0, 120_000),
    directLine: directLineConfig(env, appId),
    ...azureStorage(env),
  });
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, raw, `a whole number from ${min} to ${max}`);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(name, raw, 'true or false');
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const found = allowed.find((a) => a.toLowerCase() === raw.toLowerCase());
  if (!found) throw new ConfigError(name, raw, `one of ${allowed.join(', ')}`);
  return found;
}

/** MATCHER_OPTIONS: JSON that overrides some of the matcher's tunables, e.g. {"answerThreshold":0.5}. */
function matcherOptions(env: Env): MatcherOptions {
  const raw = env.MATCHER_OPTIONS?.trim();
  if (!raw) return validateMatcherOptions({});
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigError('MATCHER_OPTIONS', raw, 'a JSON object, e.g. {"answerThreshold":0.5}');
  }
  try {
    return validateMatcherOptions(parsed);
  } catch (error) {
    throw new ConfigError('MATCHER_OPTIONS', raw, (error as Error).message);
  }
}

/** AZURE_STORAGE_*: only when a connection string is set; the containers are created when missing. */
function azureStorage(env: Env): { azureStorage?: AzureStorageConfig } {
  const connectionString = env.AZURE_STORAGE_CONNECTION_STRING?.trim();
  if (!connectionString) return {};
  const problem = connectionStringProblem(connectionString);
  // The value holds a secret: the message names the problem, never the value.
  if (problem)
    throw new ConfigError(
      'AZURE_STORAGE_CONNECTION_STRING',
      '…',
      `an Azure Storage connection string (${problem})`,
    );
  return {
    azureStorage: {
      connectionString,
      stateContainer: containerName(env, 'AZURE_STORAGE_STATE_CONTAINER', 'bot-state'),
      logContainer: containerName(env, 'AZURE_STORAGE_LOG_CONTAINER', 'bot-logs'),
      timeoutMs: integer(env, 'AZURE_STORAGE_TIMEOUT_MS', 2000, 100, 60_000),
      retryAfterMs: integer(env, 'AZURE_STORAGE_RETRY_AFTER_MS', 10_000, 100, 600_000),
    },
  };
}

function containerName(env: Env, name: string, fallback: string): string {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!isContainerName(raw)) {
    throw new ConfigError(
      name,
      raw,
      '3 to 63 lowercase letters, digits and single hyphens (an Azure container name)',
    );
  }
  return raw;
}

const DIRECT_LINE_REGIONS: Record<string, string> = {
  global: 'https://directline.botframework.com',
  europe: 'https://europe.directline.botframework.com',
};

function directLineConfig(env: Env, appId: string): DirectLineConfig {
  return {
    secret: env.DIRECT_LINE_SECRET?.trim() ?? '',
    endpoint: directLineEndpoint(env.DIRECT_LINE_ENDPOINT?.trim() || 'global'),
    trustedOrigins: trustedOrigins(env.DIRECT_LINE_TRUSTED_ORIGINS ?? ''),
    // Local by default only where there is no Bot Framework registration: a developer's machine.
    local: boolean(env, 'DIRECT_LINE_LOCAL', appId === ''),
  };
}

function directLineEndpoint(raw: string): string {
  const region = DIRECT_LINE_REGIONS[raw.toLowerCase()];
  if (region) return region;
  const allowed = 'global, europe, or an https URL such as https://europe.directline.botframework.com';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DIRECT_LINE_ENDPOINT', raw, allowed);
  }
  if (url.protocol !== 'https:' || url.search || url.hash || url.username)
    throw new ConfigError('DIRECT_LINE_ENDPOINT', raw, allowed);
  return url.href.replace(/\/+$/, '');
}

function trustedOrigins(raw: string): string[] {
  const origins = raw
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.origin !== origin.replace(/\/$/, '') || !/^https?:$/.test(parsed.protocol)) {
      throw new ConfigError(
        'DIRECT_LINE_TRUSTED_ORIGINS',
        raw,
        `a comma-separated list of origins such as https://www.quanta.nl (scheme and host, no path); "${origin}" is not one`,
      );
    }
  }
  return origins.map((o) => new URL(o).origin);
}
