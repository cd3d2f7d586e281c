/**
 * The connector and token clients are built once per bot identity, service
 * URL and audience instead of once per turn, and a reused client still sends
 * each reply to the service URL of the activity it answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthenticationConstants,
  BotFrameworkAuthentication,
  ClaimsIdentity,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { ReusedClientsAuthentication } from '../../src/server/reusedClients';
import { FakeConnector } from '../helpers/fakeConnector';
import { emulatorActivity, post, startBot, type RunningBot } from '../helpers/runningBot';

const message = { type: 'message', serviceUrl: 'http://127.0.0.1:1' } as Activity;

function identity(appId: string): ClaimsIdentity {
  return new ClaimsIdentity([{ type: AuthenticationConstants.AudienceClaim, value: appId }], true);
}

/** Counts what the wrapped authentication creates, and can fail the next creation. */
class CountingAuthentication extends BotFrameworkAuthentication {
  connectorsCreated = 0;
  tokenClientsCreated = 0;
  failNext = false;
  private readonly real = new ConfigurationBotFrameworkAuthentication({});

  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await this.real.authenticateRequest(activity, authHeader);
    return { ...result, connectorFactory: this.counting(result.connectorFactory!) };
  }
  authenticateStreamingRequest(): Promise<AuthenticateRequestResult> {
    throw new Error('not used');
  }
  createConnectorFactory(claims: ClaimsIdentity): ConnectorFactory {
    return this.counting(this.real.createConnectorFactory(claims));
  }
  createUserTokenClient(claims: ClaimsIdentity): Promise<UserTokenClient> {
    this.tokenClientsCreated++;
    return this.real.createUserTokenClient(claims);
  }
  private counting(factory: ConnectorFactory): ConnectorFactory {
    const create = (serviceUrl: string, audience?: string): Promise<ConnectorClient> => {
      this.connectorsCreated++;
      if (this.failNext) {
        this.failNext = false;
        return Promise.reject(new Error('no credentials'));
      }
      return factory.create(serviceUrl, audience);
    };
    return Object.assign(Object.create(ConnectorFactory.prototype) as ConnectorFactory, { create });
  }
}

describe('ReusedClientsAuthentication', () => {
  it('builds one connector client per service URL and audience, and shares it between requests', async () => {
    const counting = new CountingAuthentication();
    const auth = new ReusedClientsAuthentication(counting);
    const first = await auth.authenticateRequest(message, '');
    const second = await auth.authenticateRequest(message, '');

    const a = await first.connectorFactory!.create('http://127.0.0.1:1', 'audience-1');
    const b = await second.connectorFactory!.create('http://127.0.0.1:1', 'audience-1');
    const otherUrl = await second.connectorFactory!.create('http://127.0.0.1:2', 'audience-1');
    const otherAudience = await second.connectorFactory!.create('http://127.0.0.1:1', 'audience-2');

    expect(b).toBe(a);
    expect(otherUrl).not.toBe(a);
    expect(otherAudience).not.toBe(a);
    expect(otherAudience).not.toBe(otherUrl);
    expect(counting.connectorsCreated).toBe(3);
    expect((a as unknown as { baseUri: string }).baseUri).toBe('http://127.0.0.1:1');
    expect((otherUrl as unknown as { baseUri: string }).baseUri).toBe('http://127.0.0.1:2');
  });

  it('keeps the clients of different bot identities apart', async () => {
    const counting = new CountingAuthentication();
    const auth = new ReusedClientsAuthentication(counting);
    const forA = await auth.createConnectorFactory(identity('app-a')).create('http://127.0.0.1:1');
    const forB = await auth.createConnectorFactory(identity('app-b')).create('http://127.0.0.1:1');
    const forAAgain = await auth.createConnectorFactory(identity('app-a')).create('http://127.0.0.1:1');

    expect(forB).not.toBe(forA);
    expect(forAAgain).toBe(forA);
    expect(counting.connectorsCreated).toBe(2);

    const tokenA = await auth.createUserTokenClient(identity('app-a'));
    const tokenB = await auth.createUserTokenClient(identity('app-b'));
    expect(await auth.createUserTokenClient(identity('app-a'))).toBe(tokenA);
    expect(tokenB).not.toBe(tokenA);
    expect(counting.tokenClientsCreated).toBe(2);
  });

  it('forgets a failed creation, so the next turn builds the client again', async () => {
    const counting = new CountingAuthentication();
    const auth = new ReusedClientsAuthentication(counting);
    const factory = auth.createConnectorFactory(identity('app-a'));
    counting.failNext = true;

    await expect(factory.create('http://127.0.0.1:1')).rejects.toThrow('no credentials');
    const client = await factory.create('http://127.0.0.1:1');

    expect(client).toBeDefined();
    expect(counting.connectorsCreated).toBe(2);
  });
});

describe('replies through reused connector clients', () => {
  let bot: RunningBot;
  const connectors = [new FakeConnector(), new FakeConnector()];
  let urls: string[];

  beforeAll(async () => {
    urls = await Promise.all(connectors.map((c) => c.start()));
    bot = await startBot();
  });

  afterAll(async () => {
    await bot.stop();
    await Promise.all(connectors.map((c) => c.stop()));
  });

  it('send every reply to the service URL of the activity it answers', async () => {
    const turns = 6;
    for (let i = 0; i < turns; i++) {
      const which = i % 2;
      const response = await post(
        bot.url,
        emulatorActivity(urls[which]!, `reuse-${which}`, {
          type: 'message',
          text: 'Wat is vitaal vakmanschap?',
        }),
      );
      expect(response.status).toBe(200);
    }
    await Promise.all(connectors.map((c) => c.waitFor(turns / 2)));

    for (const [which, connector] of connectors.entries()) {
      const conversations = new Set(
        connector.calls.map((c) => /\/v3\/conversations\/([^/]+)\//.exec(c.path)?.[1]),
      );
      expect(conversations).toEqual(new Set([`reuse-${which}`]));
      expect(connector.activities(`reuse-${which}`).filter((a) => a.type === 'message')).toHaveLength(
        turns / 2,
      );
    }
  });
});
