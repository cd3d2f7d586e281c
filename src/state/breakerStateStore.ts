/**
 * A circuit breaker in front of the shared state store. When Azure Blob
 * Storage hangs, every turn would otherwise wait out the storage deadline
 * (AZURE_STORAGE_TIMEOUT_MS) before answering from fresh memory, and every
 * instance would keep sending requests to a service that is not answering.
 * After a few failed calls in a row the breaker opens: turns skip the storage
 * at once (MemoryTurns answers from fresh memory and logs why), and after a
 * pause one call is let through to see whether the storage is back.
 *
 * A conflict (someone saved since this turn read) is the storage working as
 * intended, not a failure, and never opens the breaker.
 */
import {
  BrokenCircuitError,
  ConsecutiveBreaker,
  circuitBreaker,
  handleWhen,
  type CircuitBreakerPolicy,
} from 'cockatiel';
import type { Logger } from '../logger';
import { StateConflictError, type StateStore, type Versioned } from './stateStore';
import { errorReason } from './errorReason';

export interface BreakerOptions {
  /** Failed calls in a row that open the breaker. */
  failuresToOpen: number;
  /** How long the breaker stays open before one call may try the storage again. */
  retryAfterMs: number;
}

/** Three failures in a row: one slow call is bad luck, three are an outage. */
export const FAILURES_TO_OPEN = 3;

/** Thrown instead of calling the storage while the breaker is open. */
export class StorageSkippedError extends Error {
  constructor(retryAfterMs: number) {
    super(`storage failed repeatedly; not tried again for up to ${retryAfterMs} ms`);
    this.name = 'StorageSkippedError';
  }
}

export class BreakerStateStore implements StateStore {
  private readonly breaker: CircuitBreakerPolicy;

  constructor(
    private readonly inner: StateStore,
    logger: Logger,
    private readonly options: BreakerOptions,
  ) {
    this.breaker = circuitBreaker(
      handleWhen((error) => !(error instanceof StateConflictError)),
      { halfOpenAfter: options.retryAfterMs, breaker: new ConsecutiveBreaker(options.failuresToOpen) },
    );
    this.breaker.onBreak((reason) =>
      logger.warn('conversation storage unreachable; turns skip it until it answers again', {
        failures: options.failuresToOpen,
        retryAfterMs: options.retryAfterMs,
        reason: 'error' in reason ? errorReason(reason.error) : 'unexpected result',
      }),
    );
    this.breaker.onReset(() => logger.info('conversation storage reachable again'));
  }

  read(key: string): Promise<Versioned | undefined> {
    return this.call(() => this.inner.read(key));
  }

  write(key: string, value: unknown, expected: string | undefined): Promise<string> {
    return this.call(() => this.inner.write(key, value, expected));
  }

  private async call<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await this.breaker.execute(operation);
    } catch (error) {
      if (error instanceof BrokenCircuitError) throw new StorageSkippedError(this.options.retryAfterMs);
      throw error;
    }
  }
}
