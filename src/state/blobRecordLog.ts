/**
 * An append-only log of JSON records in Azure Blob Storage, shared by every
 * instance: one append blob per day (`<name>/2026-11-27.jsonl`), one record
 * per appended block. Azure applies each Append Block atomically, so
 * concurrent writers in any number of processes never interleave or lose a
 * record. A day's blob holds up to 50,000 records (Azure's block limit).
 */
import { text } from 'node:stream/consumers';
import { ensureContainer, statusCode, type BlobContainer } from './azureBlobs';

export class BlobRecordLog<T> {
  private ready?: Promise<void>;
  private readonly created = new Set<string>();

  /** @param name the log's folder in the container, e.g. "unanswered" */
  constructor(
    private readonly container: BlobContainer,
    private readonly name: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

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
    const names: string[] = [];
    try {
      for await (const item of this.container.client.listBlobsFlat({ prefix: `${this.name}/` }))
        names.push(item.name);
    } catch (error) {
      if (statusCode(error) === 404) return '';
      throw error;
    }
    const days: string[] = [];
    for (const name of names.sort()) {
      const body = (await this.container.client.getBlobClient(name).download()).readableStreamBody;
      if (body) days.push(await text(body));
    }
    return days.join('');
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
