/** The operations settings: hot reload, connector deadline, rate limit, shutdown grace. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';

describe('operations configuration', () => {
  it('reads every operations variable', () => {
    expect(
      loadConfig({
        KNOWLEDGE_WATCH: 'false',
        CONNECTOR_TIMEOUT_MS: '2500',
        RATE_LIMIT_PER_MINUTE: '0',
        SHUTDOWN_GRACE_MS: '3000',
      }),
    ).toMatchObject({
      knowledgeWatch: false,
      connectorTimeoutMs: 2500,
      rateLimitPerMinute: 0,
      shutdownGraceMs: 3000,
    });
  });

  it('does not watch the knowledge on App Service unless asked to', () => {
    expect(loadConfig({ WEBSITE_SITE_NAME: 'quanta-faq' }).knowledgeWatch).toBe(false);
    expect(loadConfig({ WEBSITE_SITE_NAME: 'quanta-faq', KNOWLEDGE_WATCH: 'true' }).knowledgeWatch).toBe(
      true,
    );
  });

  it.each([
    ['KNOWLEDGE_WATCH', 'sometimes', /true or false/],
    ['CONNECTOR_TIMEOUT_MS', '0', /from 100 to 120000/],
    ['RATE_LIMIT_PER_MINUTE', '-1', /from 0 to 1000000/],
    ['SHUTDOWN_GRACE_MS', 'soon', /from 0 to 120000/],
  ])('refuses %s=%s', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});
