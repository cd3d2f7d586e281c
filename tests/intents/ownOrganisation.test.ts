/**
 * The visitor's own phone and waiting room are part of a service the FAQ describes (a service is
 * personal), not a question how to reach Quanta, though the contact details share the words.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { createConversationDeps } from '../../src/conversation/createConversation';
import { DEFAULT_MATCHER_OPTIONS } from '../../src/matching/matcherOptions';
import type { ConversationDeps } from '../../src/conversation/turn';
import { respond } from '../../src/intents/respond';
import { newMemory } from '../../src/conversation/memory';

let deps: ConversationDeps;

beforeAll(async () => {
  deps = createConversationDeps((await loadKnowledge('knowledge')).knowledge, DEFAULT_MATCHER_OPTIONS);
});

const shown = (text: string) =>
  respond({ text, locale: 'nl-NL' }, newMemory(), deps).replies.flatMap((r) =>
    r.entryId ? [r.entryId] : [],
  );

describe('the contact details and the visitor’s own organisation', () => {
  it.each([
    'Wat heeft de telefonische bereikbaarheid en onze wachtruimte te maken met de kwaliteit van de organisatie?',
    'onze balie is slecht bereikbaar via de telefoon en de wachtruimte is oud, maakt dat uit voor hoe mensen onze dienst beoordelen?',
    'Why would bad phone availability or an ugly reception room make people judge our whole organisation badly?',
    'Why is a care organisation judged by its staff and how easy it is to reach by phone?',
    // the story shares the words, the sentence that asks does not ask how to reach Quanta
    'Hier in de straat zitten nog drie andere restaurants. Welke gaat daarover?',
  ])('%j does not show the contact details', (text) => {
    expect(shown(text)).not.toContain('contact');
  });

  it.each([
    'kunnen we langskomen?',
    'Hoe is jullie telefonische bereikbaarheid?',
    'what is your phone number?',
    'Ik wil graag eens langskomen. In welke straat is jullie kantoor?',
  ])('%j still shows them', (text) => {
    expect(shown(text)).toContain('contact');
  });

  it('answers the personal service for the first, which it had shown beside the contact details', () => {
    expect(
      shown(
        'Wat heeft de telefonische bereikbaarheid en onze wachtruimte te maken met de kwaliteit van de organisatie?',
      ),
    ).toEqual(['dienst-persoonsgebonden']);
  });
});
