/**
 * The questions the matcher benchmarks ask: every message of the labelled
 * sets in tests/eval/*.yaml (single questions and the "say" steps of scripts),
 * plus a misspelt variant of each Dutch question, made deterministically.
 */
import path from 'node:path';
import { loadEvalSets } from '../../src/eval/evalSet';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { Random } from './prng';

export interface LabelledQuestion {
  text: string;
  category: string;
  /** An entry id, or `fallback` / `smalltalk` / `out-of-range`. */
  expect: string;
}

/** Categories of one question each, judged by the entry id alone (no conversation). */
export const SINGLE_QUESTION_CATEGORIES = ['dutch', 'misspelt', 'english', 'out-of-scope'];

export async function labelledQuestions(
  knowledge: KnowledgeBase,
  dir = 'tests/eval',
): Promise<LabelledQuestion[]> {
  const sets = await loadEvalSets(path.resolve(dir), new Set(knowledge.entries.map((e) => e.id)));
  return sets.flatMap(({ category, scripts }) =>
    scripts.flatMap((s) =>
      s.steps.flatMap((step) => ('say' in step ? [{ text: step.say, category, expect: step.expect }] : [])),
    ),
  );
}

/** The questions of the matcher benchmark: all eval messages and a misspelt copy of each Dutch one. */
export function benchmarkQuestions(labelled: readonly LabelledQuestion[], seed = 7): string[] {
  const random = new Random(seed);
  const dutch = labelled.filter((q) => q.category === 'dutch').map((q) => misspell(q.text, random));
  return [...labelled.map((q) => q.text), ...dutch];
}

/**
 * One typo in each word of five letters or more, as people make them: a letter
 * dropped, doubled, swapped with the next one, or replaced by a neighbour.
 */
export function misspell(text: string, random: Random): string {
  return text.replace(/\p{L}{5,}/gu, (word) => {
    const at = random.int(1, word.length - 2);
    switch (random.int(0, 3)) {
      case 0:
        return word.slice(0, at) + word.slice(at + 1);
      case 1:
        return word.slice(0, at) + word[at] + word.slice(at);
      case 2:
        return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
      default:
        return word.slice(0, at) + String.fromCharCode(word.charCodeAt(at) + 1) + word.slice(at + 1);
    }
  });
}
