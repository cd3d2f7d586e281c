/**
 * The log of questions the bot could not answer, one JSON object per line.
 * Writes are queued in this process and each record is one append (O_APPEND),
 * so concurrent turns never interleave or lose records. No personal data:
 * the text is redacted, and neither user ids nor names are stored.
 */
import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Language } from '../knowledge/types';
import { redactPersonalData } from './redact';

export interface UnansweredRecord {
  time: string;
  text: string;
  language: Language;
  candidates: { id: string; score: number }[];
  conversationId: string;
}

export interface UnansweredLog {
  record(entry: Omit<UnansweredRecord, 'time'>): Promise<void>;
}

export class JsonlUnansweredLog implements UnansweredLog {
  private queue: Promise<void> = Promise.resolve();
  private directoryReady?: Promise<unknown>;

  constructor(
    private readonly file: string,
    private readonly now: () => Date = () => new Date(),
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  record(entry: Omit<UnansweredRecord, 'time'>): Promise<void> {
    const record: UnansweredRecord = {
      time: this.now().toISOString(),
      ...entry,
      text: redactPersonalData(entry.text),
    };
    const line = `${JSON.stringify(record)}\n`;
    this.directoryReady ??= mkdir(path.dirname(this.file), { recursive: true });
    // A failed write is reported, never thrown into the visitor's turn.
    this.queue = this.queue
      .then(() => this.directoryReady)
      .then(() => appendFile(this.file, line, { encoding: 'utf8', flag: 'a' }))
      .catch((error: unknown) => {
        this.onError(error);
      });
    return this.queue;
  }
}
