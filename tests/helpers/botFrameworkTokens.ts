/**
 * The Bot Framework's token service, faked: nock serves the OpenID metadata
 * and the signing keys (JWKS) at the addresses botframework-connector reads,
 * and tokens are signed with an RSA key made for the test. Claims as the Bot
 * Connector sends them (ChannelValidation): issuer https://api.botframework.com,
 * audience the bot's app id, the activity's serviceUrl in "serviceurl".
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import nock from 'nock';

export const ISSUER = 'https://api.botframework.com';
const METADATA_HOST = 'https://login.botframework.com';
const KEY_ID = 'test-signing-key';
/** The channels the published key is endorsed for; a token for another channel must be refused. */
export const ENDORSED_CHANNELS = ['emulator', 'webchat', 'msteams'];

export interface TokenService {
  /** A token as the Bot Connector would send it, with claims overridable. */
  sign(claims: Record<string, unknown>, options?: { key?: KeyObject; expiresInSeconds?: number }): string;
  /** A key the bot has never seen, for forged tokens. */
  strangerKey: KeyObject;
}

export function fakeBotFrameworkTokenService(): TokenService {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });
  nock(METADATA_HOST)
    .persist()
    .get('/v1/.well-known/openidconfiguration')
    .reply(200, {
      issuer: ISSUER,
      jwks_uri: `${METADATA_HOST}/v1/.well-known/keys`,
      id_token_signing_alg_values_supported: ['RS256'],
      token_endpoint_auth_methods_supported: ['private_key_jwt'],
    })
    .get('/v1/.well-known/keys')
    .reply(200, {
      keys: [
        { ...publicKey.export({ format: 'jwk' }), kid: KEY_ID, use: 'sig', endorsements: ENDORSED_CHANNELS },
      ],
    });
  return {
    strangerKey: stranger.privateKey,
    sign: (claims, { key = privateKey, expiresInSeconds = 300 } = {}) => {
      const now = Math.floor(Date.now() / 1000);
      return jwt.sign(
        { iss: ISSUER, nbf: now - 10, iat: now - 10, exp: now + expiresInSeconds, ...claims },
        key,
        {
          algorithm: 'RS256',
          keyid: KEY_ID,
        },
      );
    },
  };
}
