/**
 * Retention of the record logs: records older than the configured number of
 * days are deleted from every log, at start-up and then once a day. The timer
 * is unref'd (it never keeps the process alive) and stopped on shutdown. A log
 * that cannot be cleaned is reported and tried again the next day; it never
 * stops the bot.
 */
import type { Logger } from '../logger';

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionResult {
  deleted: number;
  /** Local files lose single records; Blob Storage loses whole days (one blob per day). */
  unit: 'records' | 'days';
}

/** A record log that can forget its old records. */
export interface RetainedLog {
  /** Where the log is, for the log line: a file, or a folder in the log container. */
  readonly location: string;
  deleteOlderThan(cut: Date): Promise<RetentionResult>;
}

export interface LogRetention {
  /** Deletes what is older than the retention now (the timer calls it once a day). */
  sweep(): Promise<void>;
  /** Stops the timer and waits for a sweep in progress. */
  stop(): Promise<void>;
}

export interface LogRetentionOptions {
  logs: readonly RetainedLog[];
  /** Records older than this many days are deleted; 0 keeps everything. */
  days: number;
  logger: Logger;
  now?: () => Date;
  intervalMs?: number;
}

export function startLogRetention({
  logs,
  days,
  logger,
  now = () => new Date(),
  intervalMs = DAY_MS,
}: LogRetentionOptions): LogRetention {
  if (days === 0) return { sweep: () => Promise.resolve(), stop: () => Promise.resolve() };
  let running: Promise<void> | undefined;
  const sweepOnce = async () => {
    const cut = new Date(now().getTime() - days * DAY_MS);
    for (const log of logs) {
      try {
        const { deleted, unit } = await log.deleteOlderThan(cut);
        if (deleted > 0)
          logger.info('log retention: deleted old records', { log: log.location, deleted, unit, days });
      } catch (error) {
        logger.error('log retention failed; tried again tomorrow', {
          log: log.location,
          error: error as Error,
        });
      }
    }
  };
  const sweep = () => {
    running ??= sweepOnce().finally(() => {
      running = undefined;
    });
    return running;
  };
  void sweep();
  const timer = setInterval(() => void sweep(), intervalMs);
  timer.unref();
  return {
    sweep,
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}

/**
 * Whether a JSONL record's `time` is before the cut. A line without a readable time is kept:
 * the bot writes none, and what cannot be dated is not deleted by a guess.
 */
export function recordOlderThan(cut: Date): (line: string) => boolean {
  return (line) => {
    let time: unknown;
    try {
      time = (JSON.parse(line) as { time?: unknown } | null)?.time;
    } catch {
      return false;
    }
    const at = typeof time === 'string' ? Date.parse(time) : NaN;
    return !Number.isNaN(at) && at < cut.getTime();
  };
}
