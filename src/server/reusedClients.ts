/**
 * Bot Framework authentication that reuses the clients it hands to a turn.
 *
 * CloudAdapter asks for a new ConnectorClient and a new UserTokenClient on
 * every activity it receives. Each is an Azure SDK ServiceClient whose
 * request pipeline (retry, proxy, user agent, tracing, logging policies, its
 * sanitizer) is built from scratch: about a sixth of a whole echo turn's CPU,
 * spent even when the turn never calls the connector (expectReplies, which is
 * how the local Direct Line and the benchmark deliver) and for a token client
 * this bot never uses. A client holds nothing of the turn: only its service
 * URL, its credentials (which cache their own token) and its pipeline, so one
 * client per bot identity, service URL and audience serves every turn that
 * would have built an identical one. Authentication itself is untouched:
 * every request is still validated by the wrapped instance.
 */
import { LRUCache } from 'lru-cache';
import {
  AuthenticationConstants,
  BotFrameworkAuthentication,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botbuilder';

/**
 * Service URLs come from the activities: a handful per channel in practice
 * (Teams uses one per region), but without authentication anyone could send
 * new ones, so the memory is bounded.
 */
const MAX_CONNECTOR_CLIENTS = 200;
const MAX_TOKEN_CLIENTS = 20;

export class ReusedClientsAuthentication extends BotFrameworkAuthentication {
  private readonly connectors = new LRUCache<string, Promise<ConnectorClient>>({
    max: MAX_CONNECTOR_CLIENTS,
  });
  private readonly tokenClients = new LRUCache<string, Promise<UserTokenClient>>({ max: MAX_TOKEN_CLIENTS });

  constructor(private readonly inner: BotFrameworkAuthentication) {
    super();
  }

  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.reusing(await this.inner.authenticateRequest(activity, authHeader));
  }

  async authenticateStreamingRequest(
    authHeader: string,
    channelIdHeader: string,
  ): Promise<AuthenticateRequestResult> {
    return this.reusing(await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new ReusingConnectorFactory(
      this.inner.createConnectorFactory(claimsIdentity),
      appIdOf(claimsIdentity),
      this.connectors,
    );
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return remembered(this.tokenClients, appIdOf(claimsIdentity), () =>
      this.inner.createUserTokenClient(claimsIdentity),
    );
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  private reusing(result: AuthenticateRequestResult): AuthenticateRequestResult {
    if (!result.connectorFactory) return result;
    return {
      ...result,
      connectorFactory: new ReusingConnectorFactory(
        result.connectorFactory,
        appIdOf(result.claimsIdentity),
        this.connectors,
      ),
    };
  }
}

class ReusingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly appId: string,
    private readonly clients: LRUCache<string, Promise<ConnectorClient>>,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    // JSON keeps the parts apart whatever characters a service URL holds.
    const key = JSON.stringify([this.appId, serviceUrl, audience ?? null]);
    return remembered(this.clients, key, () => this.inner.create(serviceUrl, audience));
  }
}

/** The bot's app id as botframework-connector's own factories read it (audience, else appid claim). */
function appIdOf(identity: ClaimsIdentity): string {
  return (
    identity.getClaimValue(AuthenticationConstants.AudienceClaim) ??
    identity.getClaimValue(AuthenticationConstants.AppIdClaim) ??
    ''
  );
}

/** The cached promise, or a new one; a failed creation is forgotten so the next turn tries again. */
function remembered<T>(
  cache: LRUCache<string, Promise<T>>,
  key: string,
  create: () => Promise<T>,
): Promise<T> {
  const known = cache.get(key);
  if (known) return known;
  const created = create();
  cache.set(key, created);
  created.catch(() => {
    if (cache.get(key) === created) cache.delete(key);
  });
  return created;
}
