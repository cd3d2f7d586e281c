/**
 * The Azure Blob Storage client as the bot uses it. Every operation gets a
 * deadline: the SDK's own retry timeout is only a hint to the server, so
 * without it a storage endpoint that accepts connections and never answers
 * would hold a visitor's turn for minutes.
 */
import { ContainerClient } from '@azure/storage-blob';

export interface BlobConnection {
  connectionString: string;
  /** The longest one storage operation, including its one retry, may take. */
  timeoutMs: number;
}

export interface BlobContainer {
  client: ContainerClient;
  /** A signal that aborts an operation (all its tries) once it has taken the configured time. */
  deadline(): AbortSignal;
}

export function blobContainer(connection: BlobConnection, name: string): BlobContainer {
  const client = new ContainerClient(connection.connectionString, name, {
    retryOptions: { maxTries: 2, retryDelayInMs: 100, maxRetryDelayInMs: 500 },
  });
  return { client, deadline: () => AbortSignal.timeout(connection.timeoutMs) };
}

export async function ensureContainer(container: BlobContainer): Promise<void> {
  await container.client.createIfNotExists({ abortSignal: container.deadline() });
}

/** The HTTP status of a failed storage request, if it got one. */
export function statusCode(error: unknown): number | undefined {
  const code = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof code === 'number' ? code : undefined;
}
