/**
 * Reads a record log for the staff tools (kb:unanswered, kb:feedback): from
 * Azure Blob Storage when AZURE_STORAGE_CONNECTION_STRING is set (every
 * instance's records), else from the local file.
 */
import { readFile } from 'node:fs/promises';
import type { Config } from '../config';
import { createBlobRecordLog } from '../sharedStorage';

/** @returns the log's text (undefined when nothing was recorded yet) and where it was read from */
export async function readRecordLog(
  config: Config,
  name: string,
  localFile: string,
): Promise<{ text?: string; source: string }> {
  const azure = config.azureStorage;
  if (azure) {
    const source = `container ${azure.logContainer}, ${name}/*.jsonl`;
    const text = await createBlobRecordLog(azure, name).readAll();
    return text ? { text, source } : { source };
  }
  try {
    return { text: await readFile(localFile, 'utf8'), source: localFile };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return { source: localFile };
  }
}
