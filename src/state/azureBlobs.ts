/**
 * The Azure Blob Storage client as the bot uses it: a container from a
 * connection string with bounded retries and a per-try timeout, so a storage
 * account that is down slows a turn by a few seconds at most instead of the
 * SDK's default of minutes.
 */
import { ContainerClient } from '@azure/storage-blob';

export interface BlobConnection {
  connectionString: string;
  /** Per-request timeout; one retry follows a failure. */
  timeoutMs: number;
}

export function containerClient(connection: BlobConnection, name: string): ContainerClient {
  return new ContainerClient(connection.connectionString, name, {
    retryOptions: {
      maxTries: 2,
      tryTimeoutInMs: connection.timeoutMs,
      retryDelayInMs: 100,
      maxRetryDelayInMs: 500,
    },
  });
}

export async function ensureContainer(container: ContainerClient): Promise<void> {
  await container.createIfNotExists();
}

/** The HTTP status of a failed storage request, if it got one. */
export function statusCode(error: unknown): number | undefined {
  const code = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof code === 'number' ? code : undefined;
}
