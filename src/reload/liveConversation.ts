/**
 * The conversation dependencies for the knowledge currently served, replaced
 * whole when the knowledge is reloaded. A turn reads `current()` once, so it
 * sees either the old knowledge or the new, never a mix. A reload that finds
 * errors keeps the last good knowledge and logs every problem with its file,
 * line and fix, exactly as kb:check and the start-up report them.
 */
import type { Logger } from '../logger';
import type { MatcherOptions } from '../matching/matcherOptions';
import type { ConversationDeps } from '../conversation/turn';
import type { KnowledgeBase } from '../knowledge/types';
import { createConversationDeps } from '../conversation/createConversation';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { KnowledgeError, formatIssue } from '../knowledge/issues';

export interface LiveConversationOptions {
  dir: string;
  matcher: MatcherOptions;
  debugAllowed: boolean;
  logger: Logger;
}

export class LiveConversation {
  private deps: ConversationDeps;
  /** 1 for the knowledge loaded at start-up, one more for every reload that was accepted. */
  private version = 1;
  private loadedAt = new Date();
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    knowledge: KnowledgeBase,
    private readonly options: LiveConversationOptions,
  ) {
    this.deps = createConversationDeps(knowledge, options.matcher, options.debugAllowed);
  }

  current(): ConversationDeps {
    return this.deps;
  }

  /** What /healthz shows about the knowledge being served. */
  health(): Record<string, unknown> {
    return {
      entries: this.deps.knowledge.entries.length,
      knowledgeVersion: this.version,
      knowledgeLoadedAt: this.loadedAt.toISOString(),
    };
  }

  /**
   * Loads the knowledge again and swaps it in if it is valid. Reloads never
   * overlap: a request during a reload runs once more after it, so the last
   * change is always the one that counts.
   */
  reload(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loadOnce().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        void this.reload();
      }
    });
    return this.running;
  }

  private async loadOnce(): Promise<void> {
    const { logger, dir, matcher, debugAllowed } = this.options;
    try {
      const { knowledge, warnings } = await loadKnowledge(dir);
      for (const warning of warnings) logger.warn('knowledge warning', { issue: formatIssue(warning) });
      this.deps = createConversationDeps(knowledge, matcher, debugAllowed);
      this.version++;
      this.loadedAt = new Date();
      logger.info('knowledge reloaded', {
        entries: knowledge.entries.length,
        knowledgeVersion: this.version,
      });
    } catch (error) {
      if (!(error instanceof KnowledgeError)) {
        logger.error('knowledge reload failed; still serving the last good knowledge', {
          error: error as Error,
          knowledgeVersion: this.version,
        });
        return;
      }
      for (const issue of error.issues) {
        logger.error('knowledge reload refused; still serving the last good knowledge', {
          file: issue.file,
          line: issue.line,
          entry: issue.entryId,
          issue: formatIssue(issue),
          knowledgeVersion: this.version,
        });
      }
    }
  }
}
