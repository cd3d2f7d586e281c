/**
 * The labelled question sets in tests/eval/: single questions (`cases`) and
 * multi-turn scripts, each with the entry id (or `fallback`, `smalltalk`,
 * `out-of-range`) the reply must show.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';

export type Step = { say: string; expect: string } | { click: string; expect: string };

export interface EvalScript {
  name: string;
  steps: Step[];
}

export interface EvalCategory {
  file: string;
  category: string;
  /** Every single question is a script of one step, in a fresh conversation. */
  scripts: EvalScript[];
}

export const SPECIAL_LABELS = ['fallback', 'smalltalk', 'out-of-range'] as const;

/**
 * The single questions of each category asked in one conversation, in the file's order, as a visitor
 * who asks many things in a row: what an earlier answer leaves in focus must not steer an unrelated
 * later question. Categories of scripts (conversations already) are left as they are.
 */
export function asOneConversation(categories: readonly EvalCategory[]): EvalCategory[] {
  return categories.map((c) =>
    c.scripts.every((s) => s.steps.length === 1)
      ? {
          ...c,
          scripts: [{ name: `${c.file} as one conversation`, steps: c.scripts.flatMap((s) => s.steps) }],
        }
      : c,
  );
}

export async function loadEvalSets(dir: string, knownIds: ReadonlySet<string>): Promise<EvalCategory[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.yaml')).sort();
  return Promise.all(
    names.map(async (name) => parse(name, await readFile(path.join(dir, name), 'utf8'), knownIds)),
  );
}

function parse(file: string, text: string, knownIds: ReadonlySet<string>): EvalCategory {
  const data = yaml.load(text) as { category?: unknown; cases?: unknown; scripts?: unknown };
  if (typeof data?.category !== 'string') throw new Error(`${file}: "category" is missing`);
  const scripts: EvalScript[] = [];
  for (const [i, c] of asArray(data.cases, file).entries())
    scripts.push({ name: `${file} case ${i + 1}`, steps: [step(c, file, knownIds)] });
  for (const s of asArray(data.scripts, file)) {
    const script = s as { name?: unknown; turns?: unknown };
    scripts.push({
      name: `${file}: ${String(script.name)}`,
      steps: asArray(script.turns, file).map((t) => step(t, file, knownIds)),
    });
  }
  return { file, category: data.category, scripts };
}

function asArray(value: unknown, file: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`${file}: expected a list`);
  return value;
}

function step(raw: unknown, file: string, knownIds: ReadonlySet<string>): Step {
  const s = raw as { say?: unknown; click?: unknown; expect?: unknown };
  if (typeof s.expect !== 'string')
    throw new Error(`${file}: a step has no "expect": ${JSON.stringify(raw)}`);
  if (!knownIds.has(s.expect) && !(SPECIAL_LABELS as readonly string[]).includes(s.expect)) {
    throw new Error(`${file}: unknown label "${s.expect}"`);
  }
  if (typeof s.say === 'string') return { say: s.say, expect: s.expect };
  if (typeof s.click === 'string') return { click: s.click, expect: s.expect };
  throw new Error(`${file}: a step needs "say" or "click": ${JSON.stringify(raw)}`);
}
