/**
 * Memory of the local Direct Line endpoint: tokens, conversations and their
 * activities. Bounded so that a busy or hostile client cannot grow it: at most
 * `maxConversations` conversations (least recently used go first), idle ones
 * expire, each keeps only its last `maxActivities` activities, and tokens expire.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Activity } from 'botbuilder';

export interface StoreLimits {
  maxConversations: number;
  maxActivities: number;
  /** A conversation nobody touched for this long is forgotten. */
  idleMs: number;
  tokenTtlSeconds: number;
}

export const DEFAULT_STORE_LIMITS: StoreLimits = Object.freeze({
  maxConversations: 1000,
  maxActivities: 200,
  idleMs: 30 * 60 * 1000,
  tokenTtlSeconds: 3600,
});

export interface LocalConversation {
  id: string;
  userId: string;
  /** The retained activities; `firstSeq` is the sequence number of the first one. */
  activities: Partial<Activity>[];
  firstSeq: number;
  nextSeq: number;
  /** Turns run one after the other, so state is never written by two at once. */
  queue: Promise<void>;
}

export interface TokenGrant {
  token: string;
  conversationId: string;
  userId: string;
  expires_in: number;
}

export class ConversationStore {
  private readonly conversations: LRUCache<string, LocalConversation>;
  private readonly tokens: LRUCache<string, { conversationId: string; userId: string }>;
  private readonly signingKey = randomBytes(32);

  constructor(readonly limits: StoreLimits = DEFAULT_STORE_LIMITS) {
    this.conversations = new LRUCache({
      max: limits.maxConversations,
      ttl: limits.idleMs,
      updateAgeOnGet: true,
    });
    // Each conversation holds a few tokens at most (the first and its refreshes).
    this.tokens = new LRUCache({ max: limits.maxConversations * 4, ttl: limits.tokenTtlSeconds * 1000 });
  }

  /** A new conversation for a new visitor, and a token for it. */
  open(): TokenGrant {
    const conversation: LocalConversation = {
      id: randomId(16),
      userId: `dl_${randomId(12)}`,
      activities: [],
      firstSeq: 0,
      nextSeq: 0,
      queue: Promise.resolve(),
    };
    this.conversations.set(conversation.id, conversation);
    return this.grant(conversation);
  }

  /** A fresh token for the conversation of a valid one. */
  refresh(token: string): TokenGrant | undefined {
    const conversation = this.byToken(token);
    return conversation ? this.grant(conversation) : undefined;
  }

  /** The conversation a token belongs to, if both are still alive. */
  byToken(token: string): LocalConversation | undefined {
    const holder = this.tokens.get(token);
    return holder ? this.conversations.get(holder.conversationId) : undefined;
  }

  has(conversationId: string): boolean {
    return this.conversations.has(conversationId);
  }

  /** Stores an activity with its id, dropping the oldest beyond the limit; returns the id. */
  append(conversation: LocalConversation, activity: Partial<Activity>): string {
    const seq = conversation.nextSeq++;
    const id = `${conversation.id}|${String(seq).padStart(7, '0')}`;
    conversation.activities.push({ ...activity, id, timestamp: new Date() });
    const excess = conversation.activities.length - this.limits.maxActivities;
    if (excess > 0) {
      conversation.activities.splice(0, excess);
      conversation.firstSeq += excess;
    }
    return id;
  }

  /** The activities from `watermark` on, and the watermark to ask with next time. */
  since(
    conversation: LocalConversation,
    watermark: number,
  ): { activities: Partial<Activity>[]; watermark: string } {
    const from = Math.max(0, watermark - conversation.firstSeq);
    return { activities: conversation.activities.slice(from), watermark: String(conversation.nextSeq) };
  }

  /**
   * Tokens are shaped like the service's (a JWT whose `user` claim is the
   * visitor's id), because Web Chat reads the user id from the token: it shows
   * buttons only to their addressee. The store, not the signature, decides
   * whether a token is valid; the signature just makes it a well-formed JWT.
   */
  private grant(conversation: LocalConversation): TokenGrant {
    const token = this.jwt({ user: conversation.userId, conv: conversation.id, jti: randomId(16) });
    this.tokens.set(token, { conversationId: conversation.id, userId: conversation.userId });
    return {
      token,
      conversationId: conversation.id,
      userId: conversation.userId,
      expires_in: this.limits.tokenTtlSeconds,
    };
  }

  private jwt(claims: object): string {
    const unsigned = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(claims)}`;
    return `${unsigned}.${createHmac('sha256', this.signingKey).update(unsigned).digest('base64url')}`;
  }
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function randomId(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}
