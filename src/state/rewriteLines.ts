/**
 * Rewrites a local log file without some of its lines, atomically: the kept
 * lines go to a temporary file that is then renamed over the log, so a reader
 * (kb:suggest, another instance) sees either the old file or the new one.
 * Another process may append while the file is rewritten (App Service
 * instances sharing /home/data): when the file grew in the meantime, the
 * rewrite starts again from the grown file, so those lines are kept too (a
 * line appended between the last check and the rename is the one case left;
 * shared instances that log a lot should log to Blob Storage).
 */
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';

const ATTEMPTS = 3;

/** @returns how many lines were removed (0 when the file does not exist) */
export async function rewriteLines(file: string, remove: (line: string) => boolean): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw error;
    }
    const lines = text.split('\n');
    const kept = lines.filter((line) => line === '' || !remove(line));
    const removed = lines.length - kept.length;
    if (removed === 0) return 0;
    const temp = `${file}.retention-${process.pid}`;
    await writeFile(
      temp,
      kept
        .filter((line) => line !== '')
        .map((line) => `${line}\n`)
        .join(''),
      'utf8',
    );
    if ((await stat(file)).size === Buffer.byteLength(text)) {
      await rename(temp, file);
      return removed;
    }
    await rm(temp, { force: true });
    if (attempt >= ATTEMPTS)
      throw new Error(`${file} grew during each of ${ATTEMPTS} rewrites; left as it was, tried again later`);
  }
}
