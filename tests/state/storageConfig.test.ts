/** AZURE_STORAGE_* configuration: off by default, validated, the secret never echoed. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';

const AZURE =
  'DefaultEndpointsProtocol=https;AccountName=quantabot;AccountKey=c2VjcmV0LWtleQ==;EndpointSuffix=core.windows.net';

describe('Azure Storage configuration', () => {
  it('is absent by default: state in memory, unanswered questions in a local file', () => {
    expect(loadConfig({}).azureStorage).toBeUndefined();
    expect(loadConfig({ AZURE_STORAGE_CONNECTION_STRING: '  ' }).azureStorage).toBeUndefined();
  });

  it('has defaults for the containers, the deadline and the pause after repeated failures', () => {
    expect(loadConfig({ AZURE_STORAGE_CONNECTION_STRING: AZURE }).azureStorage).toEqual({
      connectionString: AZURE,
      stateContainer: 'bot-state',
      logContainer: 'bot-logs',
      timeoutMs: 2000,
      retryAfterMs: 10_000,
    });
  });

  it.each([
    'UseDevelopmentStorage=true',
    'BlobEndpoint=https://quantabot.blob.core.windows.net;SharedAccessSignature=sv=2024-01-01&sig=abc',
    'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;',
  ])('accepts the connection string %s', (connectionString) => {
    expect(
      loadConfig({ AZURE_STORAGE_CONNECTION_STRING: connectionString }).azureStorage?.connectionString,
    ).toBe(connectionString);
  });

  it('reads the containers and the deadline', () => {
    const config = loadConfig({
      AZURE_STORAGE_CONNECTION_STRING: AZURE,
      AZURE_STORAGE_STATE_CONTAINER: 'faq-state',
      AZURE_STORAGE_LOG_CONTAINER: 'faq-logs-2',
      AZURE_STORAGE_TIMEOUT_MS: '5000',
      AZURE_STORAGE_RETRY_AFTER_MS: '30000',
    });
    expect(config.azureStorage).toMatchObject({
      stateContainer: 'faq-state',
      logContainer: 'faq-logs-2',
      timeoutMs: 5000,
      retryAfterMs: 30_000,
    });
  });

  it.each([
    ['https://quantabot.blob.core.windows.net', 'every part must be Key=Value, separated by ;'],
    ['AccountName=quantabot;EndpointSuffix=core.windows.net', 'AccountName and AccountKey are required'],
    ['AccountName=quantabot;AccountKey=a2V5', 'DefaultEndpointsProtocol or BlobEndpoint is required'],
    ['SharedAccessSignature=sv=1&sig=abc', 'a SharedAccessSignature needs a BlobEndpoint'],
  ])('refuses the connection string %s without echoing it', (connectionString, reason) => {
    const load = () => loadConfig({ AZURE_STORAGE_CONNECTION_STRING: connectionString });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(
      `AZURE_STORAGE_CONNECTION_STRING="…" is not valid: an Azure Storage connection string (${reason})`,
    );
  });

  it.each(['Bot-State', 'ab', 'bot--state', '-bot', 'bot_state', 'a'.repeat(64)])(
    'refuses the container name %s',
    (name) => {
      expect(() =>
        loadConfig({ AZURE_STORAGE_CONNECTION_STRING: AZURE, AZURE_STORAGE_STATE_CONTAINER: name }),
      ).toThrow(`AZURE_STORAGE_STATE_CONTAINER="${name}" is not valid: 3 to 63 lowercase letters`);
    },
  );

  it('refuses a deadline out of range', () => {
    expect(() =>
      loadConfig({ AZURE_STORAGE_CONNECTION_STRING: AZURE, AZURE_STORAGE_TIMEOUT_MS: '10' }),
    ).toThrow('AZURE_STORAGE_TIMEOUT_MS="10" is not valid: a whole number from 100 to 60000');
  });
});
