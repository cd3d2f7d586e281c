/**
 * The FAQ's own text of an entry, read straight from knowledge/*.yaml, so a
 * test can check that a reply carries the right item without repeating it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';

interface Entry {
  id: string;
  answer: string;
  examples?: string;
}

const entries: Entry[] = readdirSync('knowledge')
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => load(readFileSync(path.join('knowledge', f), 'utf8')) as Entry[]);

function entry(id: string): Entry {
  const found = entries.find((e) => e.id === id);
  if (!found) throw new Error(`no entry ${id} in knowledge/`);
  return found;
}

export const answerOf = (id: string): string => entry(id).answer;

export function examplesOf(id: string): string {
  const examples = entry(id).examples;
  if (!examples) throw new Error(`entry ${id} has no examples`);
  return examples;
}
