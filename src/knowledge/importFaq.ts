/**
 * Merges the entries parsed from the FAQ page into the curated YAML, by id
 * (or, when staff renamed an id, by the entry's place on the page). The page
 * owns the FAQ text; staff own everything else, which a re-import keeps.
 */
import type { StoredEntry } from './types';
import type { ParsedEntry } from './faqParser';
import { foldKey } from './faqParser';

export interface ExistingEntry {
  entry: StoredEntry;
  file: string;
}

export interface ImportChange {
  kind: 'added' | 'updated' | 'removed';
  id: string;
  file: string;
  fields?: string[];
}

export interface ImportResult {
  /** Entries per file (file name with extension), in the order they are written. */
  files: Map<string, StoredEntry[]>;
  changes: ImportChange[];
}

export function mergeImport(parsed: ParsedEntry[], existing: ExistingEntry[]): ImportResult {
  const match = matchExisting(parsed, existing);
  const idOf = new Map(parsed.map((p) => [p.entry.id, match.get(p)?.entry.id ?? p.entry.id]));
  const changes: ImportChange[] = [];
  const placed: { entry: StoredEntry; file: string }[] = [];

  for (const p of parsed) {
    const fromPage = remapIds(p.entry, idOf);
    const old = match.get(p);
    if (!old) {
      // A new item joins its list's file, wherever staff keep that list.
      const file = placed.find((e) => e.entry.id === fromPage.parent)?.file ?? `${p.file}.yaml`;
      placed.push({ entry: fromPage, file });
      changes.push({ kind: 'added', id: fromPage.id, file });
      continue;
    }
    const merged: StoredEntry = { ...old.entry };
    const fields: string[] = [];
    for (const field of p.sourceOwned) {
      if (JSON.stringify(old.entry[field]) !== JSON.stringify(fromPage[field])) fields.push(field);
      if (fromPage[field] === undefined) delete merged[field];
      else (merged as unknown as Record<string, unknown>)[field] = fromPage[field];
    }
    placed.push({ entry: merged, file: old.file });
    if (fields.length > 0) changes.push({ kind: 'updated', id: merged.id, file: old.file, fields });
  }

  const matched = new Set(match.values());
  for (const old of existing) {
    if (matched.has(old)) continue;
    if (old.entry.origin === 'excerpt') placed.push(old);
    else changes.push({ kind: 'removed', id: old.entry.id, file: old.file });
  }
  return { files: groupByFile(placed, existing), changes };
}

function matchExisting(parsed: ParsedEntry[], existing: ExistingEntry[]) {
  const byId = new Map(existing.map((e) => [e.entry.id, e]));
  const byAnchor = new Map<string, ExistingEntry>();
  const anchorOfId = new Map<string, string>();
  for (const e of existing) {
    if (e.entry.parent === undefined && e.entry.origin === undefined) {
      const anchor = `q:${foldKey(e.entry.question)}`;
      byAnchor.set(anchor, e);
      anchorOfId.set(e.entry.id, anchor);
    }
  }
  for (const e of existing) {
    const parentAnchor = e.entry.parent && anchorOfId.get(e.entry.parent);
    if (parentAnchor) byAnchor.set(`${parentAnchor}#${e.entry.position}`, e);
  }
  const match = new Map<ParsedEntry, ExistingEntry>();
  const taken = new Set<ExistingEntry>();
  for (const p of parsed) {
    const candidate = [byId.get(p.entry.id), byAnchor.get(p.anchor)].find(
      (c) => c !== undefined && !taken.has(c) && c.entry.origin === undefined,
    );
    if (candidate) {
      match.set(p, candidate);
      taken.add(candidate);
    }
  }
  return match;
}

/** Parsed entries refer to each other by derived ids; use the curated ids instead. */
function remapIds(entry: StoredEntry, idOf: Map<string, string>): StoredEntry {
  const mapped: StoredEntry = { ...entry, id: idOf.get(entry.id) ?? entry.id };
  if (entry.parent) mapped.parent = idOf.get(entry.parent) ?? entry.parent;
  if (entry.followUps) mapped.followUps = entry.followUps.map((id) => idOf.get(id) ?? id);
  return mapped;
}

/** Keeps page order, and keeps an excerpt right after the entry it followed before. */
function groupByFile(placed: { entry: StoredEntry; file: string }[], existing: ExistingEntry[]) {
  const files = new Map<string, StoredEntry[]>();
  const excerpts = placed.filter((p) => p.entry.origin === 'excerpt');
  for (const p of placed) {
    if (p.entry.origin === 'excerpt') continue;
    files.set(p.file, [...(files.get(p.file) ?? []), p.entry]);
  }
  for (const excerpt of excerpts) {
    const list = files.get(excerpt.file) ?? [];
    const before = existing.filter((e) => e.file === excerpt.file);
    const index = before.findIndex((e) => e.entry.id === excerpt.entry.id);
    const previousId = index > 0 ? before[index - 1]!.entry.id : undefined;
    const at = index === 0 ? -1 : list.findIndex((e) => e.id === previousId);
    list.splice(index === 0 ? 0 : at >= 0 ? at + 1 : list.length, 0, excerpt.entry);
    files.set(excerpt.file, list);
  }
  return files;
}
