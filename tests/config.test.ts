import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';
import { DEFAULT_MATCHER_OPTIONS } from '../src/matching/matcherOptions';

describe('loadConfig', () => {
  it('has defaults that run locally without any cloud account', () => {
    expect(loadConfig({})).toEqual({
      port: 3978,
      auth: { appId: '', appPassword: '', appType: 'MultiTenant', tenantId: '' },
      knowledgeDir: 'knowledge',
      unansweredLogPath: 'var/unanswered.jsonl',
      feedbackLogPath: 'var/feedback.jsonl',
      turnLogPath: 'var/turns.jsonl',
      signalLogPath: 'var/signals.jsonl',
      logRetentionDays: 90,
      botDebug: false,
      maxBodyBytes: 262144,
      maxTextChars: 2000,
      matcher: DEFAULT_MATCHER_OPTIONS,
      directLine: {
        secret: '',
        endpoint: 'https://directline.botframework.com',
        trustedOrigins: [],
        local: true,
      },
      knowledgeWatch: true,
      connectorTimeoutMs: 10_000,
      rateLimitPerMinute: 60,
      shutdownGraceMs: 10_000,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      MicrosoftAppId: ' app-id ',
      MicrosoftAppPassword: 'secret',
      MicrosoftAppType: 'singletenant',
      MicrosoftAppTenantId: 'tenant',
      KNOWLEDGE_DIR: '/srv/knowledge',
      UNANSWERED_LOG: '/var/log/unanswered.jsonl',
      FEEDBACK_LOG: '/var/log/feedback.jsonl',
      TURN_LOG: '/var/log/turns.jsonl',
      SIGNAL_LOG: '/var/log/signals.jsonl',
      LOG_RETENTION_DAYS: '0',
      BOT_DEBUG: 'true',
      MAX_BODY_BYTES: '65536',
      MAX_TEXT_CHARS: '500',
      MATCHER_OPTIONS: '{"answerThreshold":0.6}',
    });
    expect(config).toMatchObject({
      port: 8080,
      auth: { appId: 'app-id', appPassword: 'secret', appType: 'SingleTenant', tenantId: 'tenant' },
      knowledgeDir: '/srv/knowledge',
      unansweredLogPath: '/var/log/unanswered.jsonl',
      feedbackLogPath: '/var/log/feedback.jsonl',
      turnLogPath: '/var/log/turns.jsonl',
      signalLogPath: '/var/log/signals.jsonl',
      logRetentionDays: 0,
      botDebug: true,
      maxBodyBytes: 65536,
      maxTextChars: 500,
    });
    expect(config.matcher.answerThreshold).toBe(0.6);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT="abc" is not valid: a whole number from 0 to 65535'],
    [{ PORT: '70000' }, 'PORT="70000" is not valid'],
    [{ BOT_DEBUG: 'yes' }, 'BOT_DEBUG="yes" is not valid: true or false'],
    [
      { MicrosoftAppType: 'Personal' },
      'MicrosoftAppType="Personal" is not valid: one of MultiTenant, SingleTenant, UserAssignedMSI',
    ],
    [
      { MicrosoftAppId: 'x', MicrosoftAppType: 'SingleTenant' },
      'MicrosoftAppTenantId="" is not valid: required when MicrosoftAppType is SingleTenant',
    ],
    [{ MATCHER_OPTIONS: '{oops' }, 'MATCHER_OPTIONS="{oops" is not valid: a JSON object'],
    [{ MATCHER_OPTIONS: '{"answerThreshold":7}' }, 'answerThreshold=7 is out of range'],
    [{ MAX_TEXT_CHARS: '5' }, 'MAX_TEXT_CHARS="5" is not valid: a whole number from 10 to 100000'],
    [{ LOG_RETENTION_DAYS: '-1' }, 'LOG_RETENTION_DAYS="-1" is not valid: a whole number from 0 to 3650'],
    [{ LOG_RETENTION_DAYS: '30d' }, 'LOG_RETENTION_DAYS="30d" is not valid: a whole number from 0 to 3650'],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
