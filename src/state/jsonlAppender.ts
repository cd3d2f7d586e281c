/**
 * Appends lines to a local file for the JSONL record logs (unanswered
 * questions, feedback, turns, signals). Lines that arrive while a write is in
 * progress are written together in the next one: under load one append (open,
 * write, close) carries many records instead of each paying its own. Every
 * write is one append (O_APPEND), so processes sharing the file never
 * interleave records. Deleting old lines (retention) takes its turn between
 * the appends, so no line of this process is lost to the rewrite.
 */
import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { rewriteLines } from './rewriteLines';

export class JsonlAppender {
  private lines: string[] = [];
  private written: (() => void)[] = [];
  private rewrites: (() => Promise<void>)[] = [];
  private writing = false;
  private directoryReady?: Promise<unknown>;

  /** @param onError told about a write that failed (the records of that write are lost) */
  constructor(
    private readonly file: string,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Resolves when the line is written, or its failure reported; never rejects. */
  append(line: string): Promise<void> {
    return new Promise((resolve) => {
      this.lines.push(line.endsWith('\n') ? line : `${line}\n`);
      this.written.push(resolve);
      if (!this.writing) void this.drain();
    });
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
    while (this.lines.length > 0 || this.rewrites.length > 0) {
      const rewrite = this.rewrites.shift();
      if (rewrite) {
        await rewrite();
        continue;
      }
      const lines = this.lines.splice(0);
      const written = this.written.splice(0);
      try {
        this.directoryReady ??= mkdir(path.dirname(this.file), { recursive: true });
        await this.directoryReady;
        await appendFile(this.file, lines.join(''), { encoding: 'utf8', flag: 'a' });
      } catch (error) {
        this.onError(error);
      }
      for (const resolve of written) resolve();
    }
    this.writing = false;
  }
}
