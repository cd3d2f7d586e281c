/**
 * A fake Bot Connector for the turn benchmark's "connector" delivery mode: it
 * takes what a bot sends to POST /v3/conversations/:id/activities[/:replyTo]
 * (as Azure Bot Service, Teams and the Emulator receive a bot's replies),
 * answers 200 {"id": …} and counts the activities, so the bench can check
 * that every turn really sent its replies. Plain node:http, no framework: it
 * shares the cores with the bots and should cost as little as it can.
 */
import http from 'node:http';

/** What the connector received so far: activities (by type) and TCP connections. */
export interface ConnectorCounts {
  activities: number;
  byType: Record<string, number>;
  /** A client that reuses its connections opens a few; one that builds a new client per turn, one per turn. */
  connections: number;
}

const ACTIVITIES_PATH = /^\/v3\/conversations\/[^/]+\/activities(?:\/[^/]+)?$/;

/** True for the two paths botbuilder posts replies to (sendToConversation and replyToActivity). */
export function isActivitiesPath(pathname: string): boolean {
  return ACTIVITIES_PATH.test(pathname);
}

export function createFakeConnector(): { server: http.Server; counts: ConnectorCounts } {
  const counts: ConnectorCounts = { activities: 0, byType: {}, connections: 0 };
  const server = http.createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0]!;
    if (req.method === 'GET' && pathname === '/healthz') return json(res, 200, { status: 'ok' });
    if (req.method === 'GET' && pathname === '/counts') return json(res, 200, counts);
    if (req.method !== 'POST' || !isActivitiesPath(pathname))
      return json(res, 404, { error: 'NotFound', message: `no route for ${req.method} ${pathname}` });
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const type = activityType(Buffer.concat(chunks).toString('utf8'));
      if (type === undefined)
        return json(res, 400, {
          error: 'BadRequest',
          message: 'the body is not a JSON activity with a type',
        });
      counts.activities++;
      counts.byType[type] = (counts.byType[type] ?? 0) + 1;
      json(res, 200, { id: `fake-${counts.activities}` });
    });
  });
  server.on('connection', () => counts.connections++);
  return { server, counts };
}

function activityType(body: string): string | undefined {
  try {
    const activity = JSON.parse(body) as { type?: unknown } | null;
    return typeof activity?.type === 'string' ? activity.type : undefined;
  } catch {
    return undefined;
  }
}

function json(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
