/**
 * Conversation state in Azure Blob Storage, shared by every instance of the
 * bot: one JSON blob per memory key. Writes are conditional (If-Match on the
 * version read, If-None-Match: * when the item was absent), so concurrent
 * turns on different instances cannot overwrite each other unseen.
 *
 * Written on @azure/storage-blob rather than botbuilder-azure-blobs'
 * BlobsStorage because that one writes new items unconditionally, remembers
 * a failed container creation for ever (no recovery when storage was down at
 * the first turn) and gives the upload a character count as its byte length.
 */
import { createHash } from 'node:crypto';
import { text } from 'node:stream/consumers';
import { StateConflictError, type StateStore, type Versioned } from './stateStore';
import { ensureContainer, statusCode, type BlobContainer } from './azureBlobs';

export class BlobStateStore implements StateStore {
  private ready?: Promise<void>;

  constructor(private readonly container: BlobContainer) {}

  async read(key: string): Promise<Versioned | undefined> {
    await this.containerReady();
    try {
      const blob = await this.container.client
        .getBlobClient(blobName(key))
        .download(0, undefined, { abortSignal: this.container.deadline() });
      if (!blob.readableStreamBody || !blob.etag) return undefined;
      return { value: JSON.parse(await text(blob.readableStreamBody)) as unknown, eTag: blob.etag };
    } catch (error) {
      if (statusCode(error) === 404) return undefined;
      throw error;
    }
  }

  async write(key: string, value: unknown, expected: string | undefined): Promise<string> {
    await this.containerReady();
    const body = JSON.stringify(value);
    try {
      const response = await this.container.client
        .getBlockBlobClient(blobName(key))
        .upload(body, Buffer.byteLength(body), {
          conditions: expected === undefined ? { ifNoneMatch: '*' } : { ifMatch: expected },
          blobHTTPHeaders: { blobContentType: 'application/json' },
          abortSignal: this.container.deadline(),
        });
      return response.etag ?? '';
    } catch (error) {
      // 412: changed since read; 409: created since read as absent.
      if (statusCode(error) === 412 || statusCode(error) === 409) throw new StateConflictError(key);
      // The container vanished (deleted, or an emulator restarted empty): create it on the next turn.
      if (statusCode(error) === 404) this.ready = undefined;
      throw error;
    }
  }

  private containerReady(): Promise<void> {
    this.ready ??= ensureContainer(this.container).catch((error: unknown) => {
      this.ready = undefined; // try again on the next turn instead of failing for ever
      throw error;
    });
    return this.ready;
  }
}

/** Blob names allow at most 1024 characters; keys (Teams ids) are encoded, and hashed when too long. */
function blobName(key: string): string {
  const encoded = encodeURIComponent(key);
  return encoded.length <= 1000
    ? `${encoded}.json`
    : `${createHash('sha256').update(key).digest('hex')}.json`;
}
