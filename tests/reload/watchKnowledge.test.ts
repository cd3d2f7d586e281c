/**
 * The knowledge watcher: a burst of writes (as editors make) becomes one
 * reload, and files that are not knowledge do not trigger one.
 */
import os from 'node:os';
import path from 'node:path';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchKnowledge, type KnowledgeWatcher } from '../../src/reload/watchKnowledge';
import { eventually } from '../helpers/eventually';

let dir: string;
let watcher: KnowledgeWatcher;
const calls: string[][] = [];

beforeEach(async () => {
  calls.length = 0;
  dir = await mkdtemp(path.join(os.tmpdir(), 'faq-watch-'));
  await mkdir(path.join(dir, 'synonyms'));
  watcher = await watchKnowledge({ dir, onChange: (files) => calls.push(files), onError: () => undefined });
});

afterEach(async () => {
  await watcher.close();
  await rm(dir, { recursive: true, force: true });
});

describe('watchKnowledge', () => {
  it('turns a burst of writes into one change', async () => {
    const file = path.join(dir, 'plan.yaml');
    for (let i = 0; i < 5; i++) await writeFile(file, `- id: versie-${i}\n`);
    await eventually(() => calls.length > 0 || undefined, 'the first change');
    // A later, separate write is a second change: so the first really was one, not one still arriving.
    await writeFile(path.join(dir, 'synonyms', 'nl.yaml'), '- [a, b]\n');
    await eventually(() => calls.length > 1 || undefined, 'the second change');
    expect(calls).toEqual([[file], [path.join(dir, 'synonyms', 'nl.yaml')]]);
  });

  it('ignores files that are not knowledge', async () => {
    await writeFile(path.join(dir, 'notes.md'), 'todo');
    await writeFile(path.join(dir, '.plan.yaml.swp'), 'x');
    await writeFile(path.join(dir, 'plan.yaml'), '- id: plan\n');
    await eventually(() => calls.length > 0 || undefined, 'the change to plan.yaml');
    expect(calls.flat()).toEqual([path.join(dir, 'plan.yaml')]);
  });

  it('ignores the staff review (kb:suggest, kb:accept): it is not knowledge', async () => {
    await mkdir(path.join(dir, 'review'));
    await writeFile(path.join(dir, 'review', 'suggestions.yaml'), '- group: g-1\n');
    await writeFile(path.join(dir, 'review', 'rejected.yaml'), '[]\n');
    await writeFile(path.join(dir, 'plan.yaml'), '- id: plan\n');
    await eventually(() => calls.length > 0 || undefined, 'the change to plan.yaml');
    expect(calls.flat()).toEqual([path.join(dir, 'plan.yaml')]);
  });
});
