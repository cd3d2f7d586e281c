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
  /** JSONL log of the 👍/👎 ratings of answers. */
  feedbackLogPath: string;
  /** Lets staff toggle the score view with "/debug". */
  botDebug: boolean;
  maxBodyBytes: number;
  maxTextChars: number;
  matcher: MatcherOptions;
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
    botDebug: boolean(env, 'BOT_DEBUG', false),
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 256 * 1024, 1024, 16 * 1024 * 1024),
    maxTextChars: integer(env, 'MAX_TEXT_CHARS', 2000, 10, 100_000),
    matcher: matcherOptions(env),
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
