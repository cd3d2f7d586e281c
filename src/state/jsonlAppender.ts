/**
 * Appends lines to a local file for the JSONL record logs (unanswered
 * questions, feedback, turns, signals). Lines that arrive while a write is in
 * progress are written together in the next one: under load one append carries
 * many records instead of each paying its own. Every write is one append
 * (O_APPEND), so processes sharing the file never interleave records. Deleting
 * old lines (retention) takes its turn between the appends, so no line of this
 * process is lost to the rewrite.
 *
 * The file stays open between writes: opening and closing it for every batch
 * (fs.appendFile) cost three times the CPU of the write itself, and with a
 * record per turn that showed in the turn benchmark. It is closed after a
 * second without writes and before this process rewrites it. Another process
 * that renames a rewritten file over it (App Service instances sharing
 * /home/data) is noticed within a second (the path's inode is checked), and
 * the file is opened anew; lines written in that second go to the old file.
 * Instances that share logs should share them in Blob Storage.
 */
import { mkdir, open, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { rewriteLines } from './rewriteLines';

export class JsonlAppender {
  private lines: string[] = [];
  /**
   * The lines waiting for the next write share one promise, resolved when that write is done: a
   * promise (and its resolver) per line was most of what a record cost the turn that made it.
   */
  private batch?: { written: Promise<void>; resolve: () => void };
  private rewrites: (() => Promise<void>)[] = [];
  private writing = false;
  private directoryReady?: Promise<unknown>;
  /** The open file, its inode, and when the path was last checked to still lead to it. */
  private handle?: { file: FileHandle; inode: number; checkedAt: number };
  private idleTimer?: NodeJS.Timeout;
  private lastWriteAt = 0;
  private readonly timing: AppenderTiming;

  /**
   * @param onError told about a write that failed (the records of that write are lost)
   * @param timing when the file is closed when idle, how often its path is checked, and the least
   *   time between two writes (ms)
   */
  constructor(
    private readonly file: string,
    private readonly onError: (error: unknown) => void,
    timing: Partial<AppenderTiming> = {},
  ) {
    this.timing = { ...DEFAULT_TIMING, ...timing };
  }

  /**
   * Resolves when the line is written, or its failure reported; never rejects. Lines appended before
   * the same write get the same promise.
   */
  append(line: string): Promise<void> {
    this.lines.push(line.endsWith('\n') ? line : `${line}\n`);
    const batch = (this.batch ??= newBatch());
    if (!this.writing) void this.drain();
    return batch.written;
  }

  /**
   * Rewrites the file without the lines `remove` picks (atomically: a reader sees the old file or
   * the new one). Appends that arrive meanwhile wait and follow. Resolves with how many were removed.
   */
  removeLines(remove: (line: string) => boolean): Promise<number> {
    return new Promise((resolve, reject) => {
      this.rewrites.push(() => rewriteLines(this.file, remove).then(resolve, reject));
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    clearTimeout(this.idleTimer);
    while (this.lines.length > 0 || this.rewrites.length > 0) {
      const rewrite = this.rewrites.shift();
      if (rewrite) {
        await this.close();
        await rewrite();
        continue;
      }
      // Lines arriving within a few milliseconds of the last write wait for each other: under load
      // a write per turn or two (each a round trip through libuv's thread pool) cost the bot a
      // tenth of its turns per second; a quiet bot still writes at once.
      const wait = this.lastWriteAt + this.timing.writeIntervalMs - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      this.lastWriteAt = Date.now();
      const lines = this.lines.splice(0);
      const batch = this.batch;
      this.batch = undefined;
      try {
        const handle = await this.openFile();
        await handle.write(lines.join(''));
      } catch (error) {
        await this.close();
        this.onError(error);
      }
      batch?.resolve();
    }
    this.writing = false;
    // Closed when idle, so that a quiet bot (or a finished test) holds no file open.
    this.idleTimer = setTimeout(() => {
      if (!this.writing) void this.close();
    }, this.timing.idleCloseMs).unref();
  }

  /** The open file; opened (again) when it is not, or when the path now leads to another file. */
  private async openFile(): Promise<FileHandle> {
    const now = Date.now();
    if (this.handle && now - this.handle.checkedAt >= this.timing.checkPathMs) {
      const current = await stat(this.file).catch(() => undefined);
      if (current?.ino === this.handle.inode) this.handle.checkedAt = now;
      else await this.close();
    }
    if (!this.handle) {
      this.directoryReady ??= mkdir(path.dirname(this.file), { recursive: true });
      await this.directoryReady;
      const file = await open(this.file, 'a');
      this.handle = { file, inode: (await file.stat()).ino, checkedAt: now };
    }
    return this.handle.file;
  }

  private async close(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    await handle?.file.close().catch(() => undefined);
  }
}

function newBatch(): { written: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const written = new Promise<void>((done) => {
    resolve = done;
  });
  return { written, resolve };
}

export interface AppenderTiming {
  /** The least time between two writes: what arrives meanwhile goes in the next one. */
  writeIntervalMs: number;
  /** A file not written for this long is closed. */
  idleCloseMs: number;
  /** How often the path is checked to still lead to the open file (another process may replace it). */
  checkPathMs: number;
}

const DEFAULT_TIMING: AppenderTiming = { writeIntervalMs: 20, idleCloseMs: 1000, checkPathMs: 1000 };
