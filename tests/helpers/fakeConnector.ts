/**
 * A fake Bot Connector on loopback: records every activity the bot sends to
 * /v3/conversations/{id}/activities[/{replyToId}], as the Emulator's connector
 * would receive them, and answers like the real one.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';

export interface ConnectorCall {
  path: string;
  activity: Partial<Activity>;
}

export class FakeConnector {
  readonly calls: ConnectorCall[] = [];
  private readonly server = http.createServer((req, res) => this.handle(req, res));
  private waiters: { count: number; resolve: () => void }[] = [];

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Activities sent to one conversation, in order. */
  activities(conversationId: string): Partial<Activity>[] {
    return this.calls
      .filter((c) => c.path.includes(`/v3/conversations/${encodeURIComponent(conversationId)}/`))
      .map((c) => c.activity);
  }

  /** Resolves once at least `count` activities have arrived in total. */
  waitFor(count: number): Promise<void> {
    if (this.calls.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count, resolve }));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      this.calls.push({ path: req.url ?? '', activity: body ? (JSON.parse(body) as Partial<Activity>) : {} });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `activity-${this.calls.length}` }));
      this.waiters = this.waiters.filter((w) => (this.calls.length >= w.count ? (w.resolve(), false) : true));
    });
  }
}
