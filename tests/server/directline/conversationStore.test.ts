import { describe, expect, it } from 'vitest';
import { ConversationStore } from '../../../src/server/directline/conversationStore';

const limits = { maxConversations: 2, maxActivities: 3, idleMs: 60_000, tokenTtlSeconds: 60 };

describe('ConversationStore', () => {
  it('gives each visitor a conversation, a dl_ user id and a token whose user claim is that id', () => {
    const store = new ConversationStore(limits);
    const grant = store.open();
    expect(grant.userId).toMatch(/^dl_/);
    const claims = JSON.parse(Buffer.from(grant.token.split('.')[1]!, 'base64url').toString()) as {
      user: string;
    };
    expect(claims.user).toBe(grant.userId);
    expect(store.byToken(grant.token)?.id).toBe(grant.conversationId);
    expect(store.byToken('not-a-token')).toBeUndefined();
  });

  it('keeps at most maxConversations: the least recently used goes first', () => {
    const store = new ConversationStore(limits);
    const first = store.open();
    const second = store.open();
    store.byToken(first.token); // first is used again, so second is now the oldest
    const third = store.open();
    expect(store.has(first.conversationId)).toBe(true);
    expect(store.has(second.conversationId)).toBe(false);
    expect(store.has(third.conversationId)).toBe(true);
  });

  it('keeps the last maxActivities activities; the watermark still counts all of them', () => {
    const store = new ConversationStore(limits);
    const conversation = store.byToken(store.open().token)!;
    const ids = ['a', 'b', 'c', 'd', 'e'].map((text) =>
      store.append(conversation, { type: 'message', text }),
    );
    expect(ids[4]).toBe(`${conversation.id}|0000004`);
    expect(store.since(conversation, 0)).toMatchObject({
      activities: [{ text: 'c' }, { text: 'd' }, { text: 'e' }],
      watermark: '5',
    });
    expect(store.since(conversation, 4).activities.map((a) => a.text)).toEqual(['e']);
    expect(store.since(conversation, 5).activities).toEqual([]);
  });

  it('refreshes a valid token into a new one for the same conversation', () => {
    const store = new ConversationStore(limits);
    const grant = store.open();
    const fresh = store.refresh(grant.token)!;
    expect(fresh.token).not.toBe(grant.token);
    expect(fresh.conversationId).toBe(grant.conversationId);
    expect(store.refresh('nope')).toBeUndefined();
  });
});
