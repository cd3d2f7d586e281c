/**
 * Scale-out: two bot processes share conversation state in Azure Blob Storage
 * (Azurite). One conversation alternates between them in the middle of a
 * drill-down and never loses its focus.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Azurite } from '../helpers/azurite';
import { startBotProcess, type BotProcess } from '../helpers/botProcess';
import { answerOf, examplesOf } from '../helpers/knowledgeText';
import { askExpectingReplies } from '../helpers/runningBot';

let azurite: Azurite;
let a: BotProcess;
let b: BotProcess;

beforeAll(async () => {
  azurite = await Azurite.start();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'two-bots-'));
  const env = (name: string) => ({
    AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
    AZURE_STORAGE_STATE_CONTAINER: 'two-bots',
    UNANSWERED_LOG: path.join(dir, `${name}.jsonl`),
  });
  [a, b] = await Promise.all([startBotProcess(env('a')), startBotProcess(env('b'))]);
}, 90_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await azurite?.dispose();
});

async function say(bot: BotProcess, conversationId: string, text: string): Promise<string> {
  const reply = await askExpectingReplies(bot.url, conversationId, text);
  expect(reply.status).toBe(200);
  return reply.text;
}

describe('two instances sharing Azure Blob Storage', () => {
  it('keep the focus of one conversation that alternates between them', async () => {
    const conversation = 'scale-out-1';
    expect(await say(a, conversation, 'Wat zijn de negen petten?')).toContain(
      answerOf('negen-petten').split('\n')[0],
    );
    expect(await say(b, conversation, 'de derde')).toContain(answerOf('pet-verkoper'));
    expect(await say(a, conversation, 'volgende')).toContain(answerOf('pet-relatiebeheerder'));
    await say(b, conversation, 'Wat zijn de kenmerken van diensten?');
    expect(await say(a, conversation, 'de vierde')).toContain(answerOf('dienst-vergankelijk'));
    expect(await say(b, conversation, 'geef een voorbeeld')).toContain(examplesOf('dienst-vergankelijk'));
    expect(await say(a, conversation, 'vorige')).toContain(answerOf('dienst-afnemer-produceert-mee'));
  });

  it('keep two racing turns of one conversation consistent', async () => {
    const conversation = 'scale-out-race';
    await say(a, conversation, 'Wat zijn de negen petten?');
    const [third, services] = await Promise.all([
      say(a, conversation, 'de derde'),
      say(b, conversation, 'Wat zijn de kenmerken van diensten?'),
    ]);
    expect(services).toContain(answerOf('diensten-en-producten').split('\n')[0]);
    // Whichever order the two instances took, the next follow-up continues from the turn saved last.
    const next = await say(b, conversation, 'volgende');
    if (third.includes(answerOf('pet-verkoper'))) {
      // "de derde" ran first and the services list after it: "volgende" starts the services list.
      expect(next).toContain(answerOf('dienst-ontastbaar'));
    } else {
      expect(third).toContain(answerOf('dienst-afnemer-produceert-mee'));
      expect(next).toContain(answerOf('dienst-vergankelijk'));
    }
  });
});
