/**
 * The titles of the entries in knowledge/, for naming entries in the report.
 * Read leniently: a knowledge base with a problem elsewhere still names its
 * entries (kb:check is the place that refuses it).
 */
import { readKnowledgeFiles } from '../knowledge/knowledgeFiles';

export async function readEntryTitles(knowledgeDir: string): Promise<Map<string, string>> {
  const { entryFiles } = await readKnowledgeFiles(knowledgeDir);
  const titles = new Map<string, string>();
  for (const { data } of entryFiles) {
    if (!Array.isArray(data)) continue;
    for (const entry of data as unknown[]) {
      if (!entry || typeof entry !== 'object') continue;
      const { id, title } = entry as { id?: unknown; title?: unknown };
      if (typeof id === 'string' && typeof title === 'string') titles.set(id, title);
    }
  }
  return titles;
}
