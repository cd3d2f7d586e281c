/**
 * An append-only log of JSON records in Azure Blob Storage, shared by every
 * instance: one append blob per day (`<name>/2026-11-27.jsonl`), one record
 * per appended block. Azure applies each Append Block atomically, so
 * concurrent writers in any number of processes never interleave or lose a
 * record. A day's blob holds up to 50,000 records (Azure's block limit).
 * Retention deletes whole days: a day's blob goes once all of that day is
 * older than the cut.
 */
import { text } from 'node:stream/consumers';
import { ensureContainer, statusCode, type BlobContainer } from './azureBlobs';
import { DAY_MS } from './logRetention';

export class BlobRecordLog<T> {
  private ready?: Promise<void>;
  private readonly created = new Set<string>();

  /** @param name the log's folder in the container, e.g. "unanswered" */
  constructor(
    private readonly container: BlobContainer,
    private readonly name: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Where the log is, for messages: the container and the folder. */
  get location(): string {
    return `${this.container.client.containerName}/${this.name}/`;
  }

  /** Appends one record; rejects when the storage cannot be reached. */
  async record(record: T): Promise<void> {
    const line = `${JSON.stringify(record)}\n`;
    const blob = this.container.client.getAppendBlobClient(
      `${this.name}/${this.now().toISOString().slice(0, 10)}.jsonl`,
    );
    try {
      await this.prepare(blob.name, () => blob.createIfNotExists({ abortSignal: this.container.deadline() }));
      await blob.appendBlock(line, Buffer.byteLength(line), { abortSignal: this.container.deadline() });
    } catch (error) {
      if (statusCode(error) !== 404) throw error;
      // The blob or its container was removed since we created it: create them again, once.
      this.ready = undefined;
      this.created.delete(blob.name);
      await this.prepare(blob.name, () => blob.createIfNotExists({ abortSignal: this.container.deadline() }));
      await blob.appendBlock(line, Buffer.byteLength(line), { abortSignal: this.container.deadline() });
    }
  }

  /** Every record's line, oldest day first (for staff tools such as kb:unanswered). */
  async readAll(): Promise<string> {
    const days: string[] = [];
    for (const name of await this.blobNames()) {
      const body = (await this.container.client.getBlobClient(name).download()).readableStreamBody;
      if (body) days.push(await text(body));
    }
    return days.join('');
  }

  /** Deletes the blobs of the days that ended before `cut`; resolves with how many were deleted. */
  async deleteDaysBefore(cut: Date): Promise<number> {
    let deleted = 0;
    for (const name of await this.blobNames(this.container.deadline())) {
      const day = /^(\d{4}-\d{2}-\d{2})\.jsonl$/.exec(name.slice(this.name.length + 1))?.[1];
      if (!day || Date.parse(`${day}T00:00:00Z`) + DAY_MS > cut.getTime()) continue;
      await this.container.client
        .getBlobClient(name)
        .deleteIfExists({ abortSignal: this.container.deadline() });
      this.created.delete(name);
      deleted++;
    }
    return deleted;
  }

  /**
   * The names of this log's blobs, oldest day first; none when the container does not exist.
   * @param abortSignal a deadline, for the bot (staff tools wait as long as the listing takes)
   */
  private async blobNames(abortSignal?: AbortSignal): Promise<string[]> {
    const names: string[] = [];
    try {
      const listing = this.container.client.listBlobsFlat({
        prefix: `${this.name}/`,
        ...(abortSignal ? { abortSignal } : {}),
      });
      for await (const item of listing) names.push(item.name);
    } catch (error) {
      if (statusCode(error) === 404) return [];
      throw error;
    }
    return names.sort();
  }

  /** Creates the container once per process and each day's blob once (createIfNotExists never truncates). */
  private async prepare(blobName: string, create: () => Promise<unknown>): Promise<void> {
    this.ready ??= ensureContainer(this.container).catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    await this.ready;
    if (this.created.has(blobName)) return;
    await create();
    this.created.add(blobName);
  }
}
