/**
 * A Bot Connector on loopback that fails on purpose: answers 500, or never
 * answers, or works; it counts every request so a test can see how often the
 * bot tried (retries must stay bounded).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type ConnectorFault = 'ok' | 'error500' | 'hang' | { delayMs: number };

export class FaultyConnector {
  fault: ConnectorFault = 'ok';
  requests = 0;
  /** Texts of the activities it accepted. */
  readonly delivered: string[] = [];
  private readonly server = http.createServer((req, res) => this.handle(req, res));

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    this.requests++;
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const fault = this.fault;
      if (fault === 'hang') return;
      if (fault === 'error500') {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'ServiceError', message: 'connector broke' } }));
        return;
      }
      const reply = () => {
        this.delivered.push(String((JSON.parse(body || '{}') as { text?: string }).text ?? ''));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `activity-${this.requests}` }));
      };
      if (fault === 'ok') reply();
      else setTimeout(reply, fault.delayMs);
    });
  }
}

/** The URL of a loopback port where nothing listens (connection refused). */
export async function closedPortUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}
