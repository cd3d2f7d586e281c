import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';

describe('Direct Line configuration', () => {
  it('runs locally without a cloud account: local endpoint on, no secret, the global service', () => {
    expect(loadConfig({}).directLine).toEqual({
      secret: '',
      endpoint: 'https://directline.botframework.com',
      trustedOrigins: [],
      local: true,
    });
  });

  it('turns the local endpoint off by default once there is a Bot Framework registration', () => {
    expect(loadConfig({ MicrosoftAppId: 'app-id' }).directLine.local).toBe(false);
    expect(loadConfig({ MicrosoftAppId: 'app-id', DIRECT_LINE_LOCAL: 'true' }).directLine.local).toBe(true);
    expect(loadConfig({ DIRECT_LINE_LOCAL: 'false' }).directLine.local).toBe(false);
  });

  it('reads the secret, a region or an endpoint URL, and trusted origins', () => {
    const config = loadConfig({
      DIRECT_LINE_SECRET: ' s3cret ',
      DIRECT_LINE_ENDPOINT: 'Europe',
      DIRECT_LINE_TRUSTED_ORIGINS: 'https://www.quanta.nl, https://quanta.nl/ ,http://localhost:8080',
    }).directLine;
    expect(config).toMatchObject({
      secret: 's3cret',
      endpoint: 'https://europe.directline.botframework.com',
      trustedOrigins: ['https://www.quanta.nl', 'https://quanta.nl', 'http://localhost:8080'],
    });
    expect(loadConfig({ DIRECT_LINE_ENDPOINT: 'global' }).directLine.endpoint).toBe(
      'https://directline.botframework.com',
    );
    expect(
      loadConfig({ DIRECT_LINE_ENDPOINT: 'https://europe.directline.botframework.com/' }).directLine.endpoint,
    ).toBe('https://europe.directline.botframework.com');
  });

  it.each([
    ['DIRECT_LINE_ENDPOINT', 'mars'],
    ['DIRECT_LINE_ENDPOINT', 'http://directline.botframework.com'],
    ['DIRECT_LINE_ENDPOINT', 'https://directline.botframework.com?x=1'],
    ['DIRECT_LINE_TRUSTED_ORIGINS', 'https://www.quanta.nl/chat'],
    ['DIRECT_LINE_TRUSTED_ORIGINS', 'www.quanta.nl'],
    ['DIRECT_LINE_TRUSTED_ORIGINS', 'ftp://quanta.nl'],
    ['DIRECT_LINE_LOCAL', 'sometimes'],
  ])('refuses %s=%s with a message naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });
});
