import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeConnector, isActivitiesPath, type ConnectorCounts } from '../../bench/lib/fakeConnector';

describe('fake Bot Connector paths', () => {
  it.each([
    ['/v3/conversations/c1/activities', true], // sendToConversation
    ['/v3/conversations/bench-conversation-7/activities/bench-12', true], // replyToActivity
    ['/v3/conversations/a%3Ab/activities/x', true],
    ['/v3/conversations/c1/members', false],
    ['/v3/conversations/c1/activities/x/members', false],
    ['/v3/conversations//activities', false],
    ['/api/messages', false],
  ])('%s → %s', (path, expected) => {
    expect(isActivitiesPath(path)).toBe(expected);
  });
});

describe('fake Bot Connector server', () => {
  let url: string;
  let close: () => Promise<void>;

  beforeEach(async () => {
    const { server } = createFakeConnector();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
  });
  afterEach(() => close());

  const post = (path: string, body: string) =>
    fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const counts = async () => (await (await fetch(`${url}/counts`)).json()) as ConnectorCounts;

  it('answers a reply with 200 and an id, and counts it by type', async () => {
    const first = await post(
      '/v3/conversations/c1/activities/a1',
      JSON.stringify({ type: 'message', text: 'x' }),
    );
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ id: 'fake-1' });
    await post('/v3/conversations/c1/activities', JSON.stringify({ type: 'typing' }));
    await post('/v3/conversations/c2/activities/a2', JSON.stringify({ type: 'message' }));
    expect(await counts()).toMatchObject({ activities: 3, byType: { message: 2, typing: 1 } });
  });

  it('does not count what is not an activity, and says why', async () => {
    const notJson = await post('/v3/conversations/c1/activities', 'Echo: hoi');
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ error: 'BadRequest' });
    expect((await post('/v3/conversations/c1/activities', '{"text":"no type"}')).status).toBe(400);
    expect((await post('/v3/conversations/c1/members', '{"type":"message"}')).status).toBe(404);
    expect((await counts()).activities).toBe(0);
  });

  it('counts the TCP connections the clients open', async () => {
    const before = (await counts()).connections; // fetch keeps this connection for the next /counts
    for (let i = 0; i < 2; i++)
      await postOnNewConnection('/v3/conversations/c1/activities', '{"type":"message"}');
    const after = await counts();
    expect(after.connections - before).toBe(2);
    expect(after.activities).toBe(2);
  });

  /** One POST on a connection of its own (no agent, so no keep-alive pool), as a client built per turn does. */
  function postOnNewConnection(path: string, body: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const request = http.request(
        `${url}${path}`,
        { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } },
        (response) => {
          response.resume();
          response.on('end', () => resolve(response.statusCode ?? 0));
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  }
});
