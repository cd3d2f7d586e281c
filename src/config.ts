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
  /** Lets staff toggle the score view with "/debug". */
  botDebug: boolean;
  maxBodyBytes: number;
  maxTextChars: number;
  matcher: MatcherOptions;
  /** Shared state and logs in Azure Blob Storage; absent = this process's memory and local files. */
  azureStorage?: AzureStorageConfig;
}

export interface AzureStorageConfig {
  connectionString: string;
  /** Container of the conversation memory (one blob per conversation, or per user per Teams thread). */
  stateContainer: string;
  /** Container of the record logs (unanswered questions), one append blob per log per day. */
  logContainer: string;
  /** The longest one storage operation (with its retry) may take; a turn makes at most two. */
  timeoutMs: number;
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
    botDebug: boolean(env, 'BOT_DEBUG', false),
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 256 * 1024, 1024, 16 * 1024 * 1024),
    maxTextChars: integer(env, 'MAX_TEXT_CHARS', 2000, 10, 100_000),
    matcher: matcherOptions(env),
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
