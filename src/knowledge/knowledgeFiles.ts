/**
 * Reading and writing the YAML files in `knowledge/`. Parsing uses js-yaml's
 * safe `load` (no tags that construct code); a syntax error is reported with the
 * file and line js-yaml found it on.
 */
import { readdir, readFile, writeFile, rename } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import type { StoredEntry } from './types';
import type { KnowledgeIssue } from './issues';

export interface KnowledgeFile {
  /** Path relative to the knowledge directory, e.g. "negen-petten.yaml". */
  file: string;
  text: string;
  /** The parsed YAML, not yet checked against the schema. */
  data: unknown;
}

export const SOURCE_DIR = 'source';
/**
 * Staff's review of suggested alternatives (kb:suggest writes it, kb:accept reads it). Not
 * knowledge: it is never loaded, and editing it does not reload the bot; accepting does.
 */
export const REVIEW_DIR = 'review';
export const SYNONYMS_DIR = 'synonyms';
export const OFF_TOPIC_DIR = 'out-of-scope';

/**
 * Reads every `*.yaml` file directly in `dir` (entries) and in `dir/synonyms` and `dir/out-of-scope`;
 * other folders (source/, review/) hold no entries.
 */
export async function readKnowledgeFiles(dir: string): Promise<{
  entryFiles: KnowledgeFile[];
  synonymFiles: KnowledgeFile[];
  offTopicFiles: KnowledgeFile[];
  issues: KnowledgeIssue[];
}> {
  const issues: KnowledgeIssue[] = [];
  const read = async (sub: string) => {
    const names = (await listYaml(path.join(dir, sub))).sort();
    const files: KnowledgeFile[] = [];
    for (const name of names) {
      const file = sub ? `${sub}/${name}` : name;
      const text = await readFile(path.join(dir, file), 'utf8');
      try {
        files.push({ file, text, data: yaml.load(text, { filename: file }) });
      } catch (error) {
        issues.push(yamlSyntaxIssue(file, error));
      }
    }
    return files;
  };
  return {
    entryFiles: await read(''),
    synonymFiles: await read(SYNONYMS_DIR),
    offTopicFiles: await read(OFF_TOPIC_DIR),
    issues,
  };
}

async function listYaml(dir: string): Promise<string[]> {
  try {
    const dirents = await readdir(dir, { withFileTypes: true });
    return dirents.filter((d) => d.isFile() && /\.ya?ml$/.test(d.name)).map((d) => d.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

function yamlSyntaxIssue(file: string, error: unknown): KnowledgeIssue {
  if (error instanceof yaml.YAMLException) {
    return {
      file,
      line: error.mark.line + 1,
      message: `YAML syntax: ${error.reason}`,
      fix: 'correct the YAML at that line (indentation, a missing colon, an unclosed quote, or a tag such as !!js/function, which is not allowed)',
    };
  }
  return { file, message: `cannot parse: ${String(error)}`, fix: 'check that the file is valid YAML' };
}

const HEADER = `# Knowledge base of the Quanta NpM FAQ bot: one entry per question or list item.
# Written by \`npm run kb:import\` from knowledge/source/; staff curate it by hand:
# alternatives, alternatives_en, translation_en, followUps, titles and item questions
# are kept by the importer, the FAQ text itself (answer, examples) is not edited here.
# Check your edits with \`npm run kb:check\`. YAML comments are not kept by the importer.
`;

/** The order of an entry's fields in the YAML, as the importer writes them. */
const KEY_ORDER: (keyof StoredEntry)[] = [
  'id',
  'title',
  'question',
  'topic',
  'parent',
  'position',
  'origin',
  'answer',
  'examples',
  'itemNouns',
  'followUps',
  'alternatives',
  'concepts',
  'translation_en',
  'alternatives_en',
  'concepts_en',
  'itemNouns_en',
];

/**
 * The entry with its fields in the order of the YAML files (a field staff add goes to its place);
 * a field this list does not know stays, last, for validation to judge.
 */
export function orderKeys(entry: StoredEntry): StoredEntry {
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (entry[key] !== undefined) ordered[key] = entry[key];
  for (const [key, value] of Object.entries(entry))
    if (!(key in ordered) && value !== undefined) ordered[key] = value;
  return ordered as unknown as StoredEntry;
}

/** Writes entries as YAML, atomically (a reader never sees half a file). */
export async function writeEntriesFile(filePath: string, entries: StoredEntry[]): Promise<void> {
  const body = yaml.dump(entries, { lineWidth: -1, noRefs: true, quotingType: '"' });
  const temp = `${filePath}.tmp-${process.pid}`;
  await writeFile(temp, `${HEADER}\n${body}`, 'utf8');
  await rename(temp, filePath);
}

/** The 1-based line of `- id: <id>` in a YAML text, if it can be found. */
export function lineOfEntry(text: string, id: string): number | undefined {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^\\s*-\\s+id:\\s*["']?${escaped}["']?\\s*$`);
  const index = text.split('\n').findIndex((line) => pattern.test(line));
  return index >= 0 ? index + 1 : undefined;
}

/** The 1-based line of `field:` inside the entry that starts at `entryLine`. */
export function lineOfField(text: string, entryLine: number, field: string): number {
  const lines = text.split('\n');
  for (let i = entryLine - 1; i < lines.length; i++) {
    if (i > entryLine - 1 && /^\s*-\s+id:/.test(lines[i]!)) break;
    if (new RegExp(`^\\s*(-\\s+)?${field}:`).test(lines[i]!)) return i + 1;
  }
  return entryLine;
}
