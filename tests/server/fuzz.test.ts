/**
 * Random and malformed activities against the real HTTP server on loopback:
 * random JSON of any shape, activity-like objects with wrong types, huge,
 * unicode and control-character texts, missing fields, odd channel ids,
 * attachments, values and deep nesting. None may crash the server or get a
 * 5xx; every refusal is JSON with a message; afterwards the bot answers as
 * usual. Seeded (fast-check), so a failure reproduces.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulatorActivity, post, startBot, type RunningBot } from '../helpers/runningBot';
import { FaultyConnector } from '../helpers/faultyConnector';

const SEED = 4242;
let bot: RunningBot;
let connector: FaultyConnector;
let serviceUrl: string;

beforeAll(async () => {
  connector = new FaultyConnector();
  serviceUrl = await connector.start();
  bot = await startBot({ RATE_LIMIT_PER_MINUTE: '0', CONNECTOR_TIMEOUT_MS: '300', MAX_BODY_BYTES: '65536' });
});

afterAll(async () => {
  await bot.stop();
  await connector.stop();
});

/** Any value, sometimes deeply nested. */
const junk = fc.oneof(
  { depthSize: 'small' },
  fc.anything({ maxDepth: 3 }),
  fc.letrec<{ node: unknown }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'large', maxDepth: 60 },
      fc.constant(null),
      fc.array(tie('node'), { maxLength: 1 }),
    ),
  })).node,
);

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({
    unit: fc.constantFrom('\u0000', '\u0007', '\u001b', '\u200b', '\ufeff', '\ud800', 'é', '👍', '\n'),
    maxLength: 100,
  }),
  fc.integer({ min: 1_900, max: 2_100 }).map((n) => 'wat is de tweede pet '.repeat(n).slice(0, n)),
  fc.constantFrom('Wat doet de schatbewaarder?', 'de tweede', 'volgende', '/debug', 'the third one'),
  junk,
);

/** The fake connector's address, read when a value is generated (it is known only once the test runs). */
const connectorUrl = fc.constant(null).map(() => serviceUrl);

const account = fc.oneof(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 40 }),
    name: fc.option(fc.string(), { nil: undefined }),
  }),
  fc.record({ id: fc.constantFrom('user-1', 'bot-1'), role: junk }),
  junk,
);

/** The activity types a channel sends to a bot. */
const ACTIVITY_TYPES = [
  'message',
  'conversationUpdate',
  'invoke',
  'event',
  'typing',
  'messageReaction',
  'installationUpdate',
  'endOfConversation',
];

const activityLike = fc.record(
  {
    type: fc.oneof(fc.constantFrom(...ACTIVITY_TYPES, 'trace', 'handoff', ''), junk),
    id: fc.oneof(fc.string({ maxLength: 40 }), junk),
    channelId: fc.oneof(
      fc.constantFrom(
        'emulator',
        'msteams',
        'webchat',
        'directline',
        'slack',
        '../../etc/passwd',
        'x'.repeat(300),
      ),
      junk,
    ),
    serviceUrl: fc.oneof(connectorUrl, connectorUrl, fc.webUrl(), junk),
    conversation: fc.oneof(fc.record({ id: fc.constantFrom('fuzz-1', 'fuzz-2', 'fuzz-3') }), account),
    from: account,
    recipient: account,
    text,
    value: junk,
    name: fc.oneof(
      fc.constantFrom('adaptiveCard/action', 'task/fetch', 'signin/verifyState', 'composeExtension/query'),
      junk,
    ),
    locale: fc.oneof(fc.constantFrom('nl-NL', 'en-US', 'xx', ''), junk),
    textFormat: fc.oneof(fc.constantFrom('markdown', 'plain', 'xml'), junk),
    deliveryMode: fc.oneof(fc.constantFrom('normal', 'expectReplies', 'notification'), junk),
    timestamp: fc.oneof(
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      junk,
    ),
    attachments: fc.oneof(
      fc.array(fc.record({ contentType: fc.string(), content: junk }), { maxLength: 3 }),
      junk,
    ),
    entities: fc.oneof(fc.array(fc.object(), { maxLength: 3 }), junk),
    membersAdded: fc.oneof(fc.array(account, { maxLength: 3 }), junk),
    channelData: junk,
  },
  { requiredKeys: [] },
);

/** A valid activity with one field replaced by something random. */
const oneFieldWrong = fc
  .tuple(
    fc.constantFrom(
      'type',
      'channelId',
      'serviceUrl',
      'conversation',
      'from',
      'recipient',
      'text',
      'value',
      'locale',
      'attachments',
      'membersAdded',
      'deliveryMode',
    ),
    junk,
  )
  .map(([field, value]) => ({
    ...emulatorActivity(serviceUrl, 'fuzz-valid', { type: 'message', text: 'Wat is vitaal vakmanschap?' }),
    [field]: value,
  }));

/** A usable activity whose content is random: these reach the bot itself, not only the validation. */
const usable = fc
  .record(
    {
      // Messages three times as often: they are what reaches the policy.
      type: fc.constantFrom('message', 'message', ...ACTIVITY_TYPES),
      channelId: fc.constantFrom('emulator', 'msteams', 'webchat', 'directline', 'slack', 'odd-channel'),
      conversation: fc.record({ id: fc.constantFrom('fuzz-1', 'fuzz-2', 'fuzz-3') }),
      text: fc.oneof(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.constantFrom(
          'Wat doet de schatbewaarder?',
          'de tweede',
          'volgende',
          '/debug',
          'the third one',
          'meer',
        ),
      ),
      value: junk,
      name: fc.constantFrom(
        'adaptiveCard/action',
        'task/fetch',
        'signin/verifyState',
        'composeExtension/query',
        'x',
      ),
      locale: fc.constantFrom('nl-NL', 'en-US', 'xx', 'de'),
      deliveryMode: fc.constantFrom('normal', 'expectReplies'),
      attachments: fc.array(fc.record({ contentType: fc.string(), content: junk }), { maxLength: 3 }),
      entities: fc.array(fc.object({ maxDepth: 2 }), { maxLength: 3 }),
      membersAdded: fc.array(fc.record({ id: fc.constantFrom('user-1', 'bot-1', 'other') }), {
        maxLength: 3,
      }),
      channelData: junk,
    },
    { requiredKeys: ['type', 'conversation'] },
  )
  .map((fields) => ({ ...emulatorActivity(serviceUrl, 'fuzz', {}), ...fields }));

const body = fc.oneof(
  usable.map((a) => JSON.stringify(a)),
  usable.map((a) => JSON.stringify(a)),
  activityLike.map((a) => JSON.stringify(a)),
  oneFieldWrong.map((a) => JSON.stringify(a)),
  junk.map((j) => JSON.stringify(j) ?? 'undefined'),
  fc.string({ maxLength: 200 }),
);

describe('fuzzing POST /api/messages', () => {
  it('never crashes and never answers 5xx; refusals are JSON with a message', async () => {
    await fc.assert(
      fc.asyncProperty(body, async (payload) => {
        const response = await post(bot.url, payload, undefined, { timeoutMs: 10_000 });
        const raw = await response.text();
        expect(response.status, `${response.status} ${raw} for ${payload.slice(0, 300)}`).toBeLessThan(500);
        if (response.status >= 400) {
          expect((JSON.parse(raw) as { message?: unknown }).message).toEqual(expect.any(String));
        }
      }),
      { seed: SEED, numRuns: 800 },
    );
  });

  it('answers as usual afterwards', async () => {
    connector.fault = 'ok';
    const delivered = connector.delivered.length;
    const response = await post(
      bot.url,
      emulatorActivity(serviceUrl, 'after-fuzz', { type: 'message', text: 'Wat doet de schatbewaarder?' }),
    );
    expect(response.status).toBe(200);
    expect(connector.delivered.slice(delivered).join('\n')).toContain(
      'U hebt oog voor de balans van kosten en opbrengsten.',
    );
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });
});
