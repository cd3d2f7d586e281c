/**
 * All configuration, read once from the environment and validated. Nothing
 * else in the program reads process.env. A bad value stops the start-up with a
 * message that names the variable and what it accepts.
 */
import { validateMatcherOptions, type MatcherOptions } from './matching/matcherOptions';

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
  /** Reload knowledge/ when a file changes (default on, except on App Service where only a deploy changes files). */
  knowledgeWatch: boolean;
  /** The longest one send to the Bot Connector may take, retries included. */
  connectorTimeoutMs: number;
  /** Messages one conversation may post per minute; 0 switches the limit off. */
  rateLimitPerMinute: number;
  /** How long SIGTERM waits for turns in flight before closing the remaining connections. */
  shutdownGraceMs: number;
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
    // App Service sets WEBSITE_SITE_NAME; there files change only by a deploy, which restarts the app.
    knowledgeWatch: boolean(env, 'KNOWLEDGE_WATCH', !env.WEBSITE_SITE_NAME),
    connectorTimeoutMs: integer(env, 'CONNECTOR_TIMEOUT_MS', 10_000, 100, 120_000),
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 60, 0, 1_000_000),
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 10_000, 0, 120_000),
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
