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
  const complete: KnowledgeEntry[] = entries.map((entry) =>
    Object.freeze({
      ...entry,
      items: (items.get(entry.id) ?? []).sort((a, b) => a.position - b.position).map((i) => i.id),
    }),
  );
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
