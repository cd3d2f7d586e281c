/**
 * A load test (autocannon, loopback, a few seconds): many concurrent
 * conversations asking questions through the real HTTP server and a fake Bot
 * Connector. Every request must succeed, and the bot's memory after a second
 * burst, after garbage collection, must not have grown beyond a generous bound
 * over the first (a leak per request would show). Nothing here is timed: the
 * throughput is printed for the record, not asserted.
 */
import { fork, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulatorActivity } from '../helpers/runningBot';

const QUESTIONS = [
  'Wat doet de schatbewaarder?',
  'Welke petten zet een sociaal ondernemer op?',
  'de tweede',
  'volgende',
  'Wat is vitaal vakmanschap?',
  'Waarom zijn diensten vergankelijk?',
  'geef een voorbeeld',
  'What does the treasurer hat mean?',
  'Hoe kan ik jullie bellen?',
  'Wat is een sociale ondernemer?',
];
const CONVERSATIONS = 40;
const MB = 1024 * 1024;

interface Memory {
  heapUsed: number;
  rss: number;
  delivered: number;
}

let child: ChildProcess;
let url: string;
let serviceUrl: string;

beforeAll(async () => {
  child = fork('tests/load/loadTarget.ts', [], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  ({ url, serviceUrl } = await next<{ url: string; serviceUrl: string }>());
}, 30_000);

afterAll(() => {
  child.kill('SIGKILL');
});

function next<T>(): Promise<T> {
  return new Promise((resolve) => child.once('message', (m) => resolve(m as T)));
}

async function memory(): Promise<Memory> {
  const reply = next<Memory>();
  child.send('memory');
  return reply;
}

async function burst(seconds: number): Promise<autocannon.Result> {
  let i = 0;
  return autocannon({
    url: `${url}/api/messages`,
    method: 'POST',
    connections: 8,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => {
          i++;
          const activity = emulatorActivity(serviceUrl, `load-${i % CONVERSATIONS}`, {
            type: 'message',
            text: QUESTIONS[i % QUESTIONS.length],
          });
          return { ...request, body: JSON.stringify(activity) };
        },
      },
    ],
  });
}

describe('under load', () => {
  it('answers every request, and memory stays flat from one burst to the next', async () => {
    await burst(1); // warm-up: code paths compiled, caches filled
    const first = await burst(2);
    const afterFirst = await memory();
    const second = await burst(2);
    const afterSecond = await memory();

    for (const result of [first, second]) {
      expect(result.errors).toBe(0);
      expect(result.timeouts).toBe(0);
      expect(result.non2xx).toBe(0);
      expect(result.requests.total).toBeGreaterThan(0);
    }
    expect(afterSecond.delivered).toBeGreaterThanOrEqual(first.requests.total + second.requests.total);
    // Generous: the heap moves by well under a MB between collections here; 6 MB over a burst of a hundred or more
    // requests still catches a leak of tens of kilobytes per request.
    expect(afterSecond.heapUsed).toBeLessThan(afterFirst.heapUsed + 6 * MB);
    expect(afterSecond.rss).toBeLessThan(afterFirst.rss * 1.5 + 32 * MB);
    console.info(
      `load: ${first.requests.total} + ${second.requests.total} requests, ` +
        `${Math.round(second.requests.average)} req/s, p99 ${second.latency.p99} ms; heap ` +
        `${(afterFirst.heapUsed / MB).toFixed(1)} → ${(afterSecond.heapUsed / MB).toFixed(1)} MB, rss ` +
        `${(afterFirst.rss / MB).toFixed(1)} → ${(afterSecond.rss / MB).toFixed(1)} MB`,
    );
  });
});
