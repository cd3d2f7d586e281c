import type { KnowledgeBase, KnowledgeEntry, OffTopicWords, SynonymGroups } from './types';

type EntryWithoutItems = Omit<KnowledgeEntry, 'items'>;

/** Builds the read-only knowledge base from validated entries; derives each list's items. */
export function createKnowledgeBase(
  entries: EntryWithoutItems[],
  synonyms: SynonymGroups,
  sourceText: string,
  offTopic: OffTopicWords = { nl: new Set(), en: new Set() },
): KnowledgeBase {
  const items = new Map<string, { id: string; position: number }[]>();
  for (const entry of entries) {
    if (entry.parent === undefined || entry.position === undefined) continue;
    items.set(entry.parent, [...(items.get(entry.parent) ?? []), { id: entry.id, position: entry.position }]);
  }
  const complete: KnowledgeEntry[] = entries.map((entry) => {
    const partOf = entry.parent ?? (entry.origin === 'excerpt' ? sourceOf(entry, entries) : undefined);
    return Object.freeze({
      ...entry,
      items: (items.get(entry.id) ?? []).sort((a, b) => a.position - b.position).map((i) => i.id),
      ...(partOf ? { partOf } : {}),
    });
  });
  const byId = new Map(complete.map((e) => [e.id, e]));
  return Object.freeze({
    entries: Object.freeze(complete),
    synonyms,
    offTopic,
    sourceText,
    get: (id: string) => byId.get(id),
    require: (id: string) => {
      const entry = byId.get(id);
      if (!entry) throw new Error(`no knowledge entry "${id}"`);
      return entry;
    },
  });
}

/** The entry an excerpt was cut from: the other entry whose answer contains the excerpt's. */
function sourceOf(excerpt: EntryWithoutItems, entries: EntryWithoutItems[]): string | undefined {
  return entries.find(
    (e) => e.id !== excerpt.id && e.origin !== 'excerpt' && e.answer.includes(excerpt.answer),
  )?.id;
}
