/**
 * FaqBot in Microsoft Teams: @mentions stripped before matching, greetings by
 * scope, lists as an Adaptive Card whose buttons work, never more than three
 * suggested actions, and the feedback pair recorded when clicked.
 */
import type { Activity } from 'botbuilder';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { createConversationDeps } from '../../src/conversation/createConversation';
import { DEFAULT_MATCHER_OPTIONS } from '../../src/matching/matcherOptions';
import type { ConversationDeps } from '../../src/conversation/turn';
import { MESSAGES } from '../../src/conversation/messages';
import { adaptiveCard, BOT, splitActions, TeamsBot, USER } from '../helpers/teamsBot';
import { topicQuestions, topicTitles } from '../helpers/knowledgeText';

let deps: ConversationDeps;
/** The nine hats' titles, in the FAQ's order, from the knowledge itself. */
let HATS: string[];
beforeAll(async () => {
  deps = createConversationDeps((await loadKnowledge('knowledge')).knowledge, DEFAULT_MATCHER_OPTIONS, true);
  HATS = deps.knowledge.get('negen-petten')!.items.map((id) => deps.knowledge.get(id)!.title);
});

describe('Teams input', () => {
  it('strips the @mention of the bot before matching', async () => {
    const teams = new TeamsBot(deps, 'channel');
    const [reply] = await teams.mention('Wat doet de verkenner?');
    expect(reply!.text).toContain('U ontwikkelt zicht op uw werkterrein');
    expect(reply!.text).not.toContain('<at>');
  });

  it('drops <at>…</at> leftovers that carry no entity (another person mentioned)', async () => {
    const teams = new TeamsBot(deps, 'groupChat');
    const [reply] = await teams.say('<at>Jan de Vries</at> wat doet de schatbewaarder?');
    expect(reply!.text).toContain('U hebt oog voor de balans van kosten en opbrengsten.');
  });

  it('a message that is only the mention is answered as an empty message, not matched on the bot name', async () => {
    const teams = new TeamsBot(deps, 'channel');
    const [reply] = await teams.mention('');
    expect(reply!.text).toContain(MESSAGES.nl.noWords(topicQuestions('nl')[0]));
  });

  it('a 👍 typed after an answer is an acknowledgement, not a message it cannot read', async () => {
    const teams = new TeamsBot(deps, 'personal');
    await teams.say('Wat doet de verkenner?');
    const [reply] = await teams.say('👍🏽');
    expect(reply!.text).toContain(MESSAGES.nl.smallTalk.acknowledge);
    expect(reply!.text).not.toContain(MESSAGES.nl.noWords(topicQuestions('nl')[0]));
  });
});

describe('Teams greetings', () => {
  // Fresh objects each time: TestAdapter fills in (mutates) the activities it receives.
  const install = (): Partial<Activity> => ({ type: 'installationUpdate', action: 'add' });
  const botAdded = (): Partial<Activity> => ({ type: 'conversationUpdate', membersAdded: [BOT] });

  it('welcomes once when installed in personal scope, however Teams announces it', async () => {
    const teams = new TeamsBot(deps, 'personal');
    const first = await teams.receive(install());
    expect(first.map((a) => a.text)).toEqual([MESSAGES.nl.welcome(topicTitles('nl'))]);
    expect(splitActions(first[0]!).leadOn.map((a) => a.title)).toEqual(topicTitles('nl'));
    // Teams also sends the bot's own join, and may repeat the install (an upgrade): no second welcome.
    expect(await teams.receive(botAdded())).toEqual([]);
    expect(await teams.receive({ type: 'installationUpdate', action: 'add-upgrade' })).toEqual([]);
    expect(await teams.receive(install())).toEqual([]);
  });

  it('does not welcome on uninstall', async () => {
    const teams = new TeamsBot(deps, 'personal');
    expect(await teams.receive({ type: 'installationUpdate', action: 'remove' })).toEqual([]);
  });

  it('introduces itself once when added to a team, and not when members join the team', async () => {
    const teams = new TeamsBot(deps, 'channel');
    const [added, join] = [await teams.receive(install()), await teams.receive(botAdded())];
    expect(added.map((a) => a.text)).toEqual([MESSAGES.nl.teamIntro]);
    expect(added[0]!.attachments).toBeUndefined();
    expect(join).toEqual([]);
    expect(await teams.receive({ type: 'conversationUpdate', membersAdded: [USER] })).toEqual([]);
    expect(
      await teams.receive({ type: 'conversationUpdate', membersAdded: [{ id: '29:bram', name: 'Bram' }] }),
    ).toEqual([]);
    expect(await teams.receive(install())).toEqual([]);
  });

  it('introduces itself in a group chat, and does not welcome a person who joins it', async () => {
    const teams = new TeamsBot(deps, 'groupChat');
    expect((await teams.receive(install())).map((a) => a.text)).toEqual([MESSAGES.nl.teamIntro]);
    expect(await teams.receive({ type: 'conversationUpdate', membersAdded: [USER] })).toEqual([]);
  });
});

describe('Teams cards', () => {
  it('shows the nine hats as an Adaptive Card with nine working buttons and the feedback pair', async () => {
    const teams = new TeamsBot(deps, 'personal');
    const [list] = await teams.say('Wat zijn de negen petten?');
    expect(list!.suggestedActions).toBeUndefined();
    const card = adaptiveCard(list!);
    expect(Number(card!.version)).toBeLessThanOrEqual(1.5);
    const { leadOn, feedback } = splitActions(list!);
    // More items than the three suggested actions Teams shows: they must all be on the card.
    expect(HATS.length).toBeGreaterThan(3);
    expect(leadOn.map((a) => a.title)).toEqual(HATS);
    expect(feedback.map((a) => a.title)).toEqual(['👍', '👎']);
    expect(card!.body.some((e) => e.text === MESSAGES.nl.feedback.question)).toBe(true);

    // Every hat button shows that hat, and only that hat.
    for (const [i, action] of leadOn.entries()) {
      const [item] = await teams.click(action);
      expect(item!.text).toContain(`**${HATS[i]}**`);
      for (const other of HATS.filter((h) => h !== HATS[i])) expect(item!.text).not.toContain(`**${other}**`);
    }
  });

  it('navigates with Volgende, Vorige and Hele lijst as card buttons', async () => {
    const teams = new TeamsBot(deps, 'personal');
    const [item] = await teams.say('Wat doet de partner?');
    const nav = splitActions(item!).leadOn;
    expect(nav.map((a) => a.title)).toEqual(['Volgende ›', '‹ Vorige', 'Hele lijst']);
    const [next] = await teams.click(nav[0]!);
    expect(next!.text).toContain('**Specialist**');
    const [whole] = await teams.click(splitActions(next!).leadOn.find((a) => a.title === 'Hele lijst')!);
    expect(splitActions(whole!).leadOn).toHaveLength(HATS.length);
  });

  it('never sends more than three suggested actions in Teams', async () => {
    const teams = new TeamsBot(deps, 'personal');
    const said = [
      ...(await teams.receive({ type: 'installationUpdate', action: 'add' })),
      ...(await teams.say('Wat zijn de negen petten?')),
      ...(await teams.say('de tweede')),
      ...(await teams.say('het tweede kenmerk')),
      ...(await teams.say('Wat kost een training?')),
      ...(await teams.say('de twaalfde pet')),
      ...(await teams.say('hallo')),
      ...(await teams.say('geef een voorbeeld')),
    ];
    expect(said.length).toBeGreaterThanOrEqual(8);
    for (const activity of said)
      expect(activity.suggestedActions?.actions.length ?? 0).toBeLessThanOrEqual(3);
    // The buttons went into cards instead.
    expect(said.filter((a) => adaptiveCard(a)).length).toBeGreaterThanOrEqual(6);
  });
});

describe('feedback in Teams', () => {
  it('records a 👎 on the answer it was shown under, and thanks briefly', async () => {
    const teams = new TeamsBot(deps, 'personal');
    const [answer] = await teams.say('Wat is vitaal vakmanschap?');
    await teams.say('Wat doet de verkenner?'); // the conversation moves on; the old card still rates its own answer
    const down = splitActions(answer!).feedback.find((a) => a.title === '👎')!;
    const ack = await teams.click(down);
    expect(ack.map((a) => a.text)).toEqual([MESSAGES.nl.feedback.thanks]);
    // The question that led to the rated answer is no longer the last one asked: it is left out.
    expect(teams.ratings).toEqual([{ entryId: 'vitaal-vakmanschap', rating: 'down', language: 'nl' }]);
  });

  it('asks and thanks in English after an English answer', async () => {
    const teams = new TeamsBot(deps, 'personal', 'en-US');
    const [answer] = await teams.say('What are the nine hats?');
    expect(adaptiveCard(answer!)!.body.some((e) => e.text === MESSAGES.en.feedback.question)).toBe(true);
    const ack = await teams.click(splitActions(answer!).feedback[0]!);
    expect(ack[0]!.text).toBe(MESSAGES.en.feedback.thanks);
    expect(teams.ratings).toEqual([
      { entryId: 'negen-petten', rating: 'up', language: 'en', question: 'What are the nine hats?' },
    ]);
  });

  it('ignores a forged rating of an entry that does not exist', async () => {
    const teams = new TeamsBot(deps, 'personal');
    const replies = await teams.receive({
      type: 'message',
      value: { feedback: 'up', entryId: 'no-such-entry', language: 'nl' },
    });
    expect(replies.map((a) => a.text)).not.toContain(MESSAGES.nl.feedback.thanks);
    expect(teams.ratings).toEqual([]);
  });
});

describe('user text is never echoed as markup', () => {
  const hostile =
    '**vet** <script>alert(1)</script> [klik](https://evil.example) <img src=x onerror=alert(1)>';

  it.each(['personal', 'channel'] as const)('in %s, also in the staff debug view', async (scope) => {
    const teams = new TeamsBot(deps, scope);
    await teams.say('/debug');
    const replies = [...(await teams.say(hostile)), ...(await teams.mention(hostile))];
    expect(replies.length).toBeGreaterThanOrEqual(2);
    const shown = JSON.stringify(replies);
    expect(shown).toContain('intent:'); // the debug view is on, so the visitor's words are shown there
    for (const fragment of ['<script', '**vet**', '](https://evil', '<img', 'onerror=']) {
      expect(shown).not.toContain(fragment);
    }
  });
});
