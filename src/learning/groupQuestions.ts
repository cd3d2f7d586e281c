/**
 * Groups the questions visitors asked in different words for the same thing,
 * by their normalised stems (the matcher's own analysis: spelling corrected,
 * synonyms, stems, everyday words left out). The rule is deliberately simple:
 * a question joins the group of the most asked question it shares most of its
 * stems with (Dice coefficient at least SIMILAR), unless the visitors'
 * behaviour points the two at different entries.
 */
import { createHash } from 'node:crypto';
import type { Language } from '../text/language';
import { normalizeText } from '../text/normalize';
import { leadingEntry } from './evidence';
import type { Observation } from './observations';

/** How much of two questions' stems must be shared (2·shared / (stems of one + stems of the other)). */
export const SIMILAR = 0.6;

export interface QuestionGroup {
  /** Stable: a hash of the language and the stems every question of the group shares. */
  id: string;
  language: Language;
  /** The distinct questions, most asked first. */
  questions: { text: string; count: number }[];
  observations: Observation[];
}

/** The content stems of a question in a language. */
export type StemsOf = (text: string, language: Language) => string[];

interface Question {
  text: string;
  language: Language;
  count: number;
  stems: Set<string>;
  observations: Observation[];
  lead?: string;
}

export function groupQuestions(
  observations: readonly Observation[],
  stemsOf: StemsOf,
  exists: (entryId: string) => boolean = () => true,
): QuestionGroup[] {
  const groups: { leader: Question; members: Question[]; lead?: string }[] = [];
  for (const question of distinctQuestions(observations, stemsOf, exists)) {
    const group = groups.find(
      (g) =>
        g.leader.language === question.language &&
        dice(g.leader.stems, question.stems) >= SIMILAR &&
        (!g.lead || !question.lead || g.lead === question.lead),
    );
    if (group) {
      group.members.push(question);
      group.lead ??= question.lead;
    } else
      groups.push({
        leader: question,
        members: [question],
        ...(question.lead ? { lead: question.lead } : {}),
      });
  }
  const ids = new Set<string>();
  return groups.map(({ leader, members }) => {
    const id = uniqueId(leader, members, ids);
    return {
      id,
      language: leader.language,
      questions: members.map((m) => ({ text: m.text, count: m.count })),
      observations: members.flatMap((m) => m.observations),
    };
  });
}

/** One question per language and normalised text, with its stems; most asked first. */
function distinctQuestions(
  observations: readonly Observation[],
  stemsOf: StemsOf,
  exists: (entryId: string) => boolean,
): Question[] {
  const byKey = new Map<string, Question & { variants: Map<string, number> }>();
  for (const o of observations) {
    const key = `${o.language} ${normalizeText(o.text)}`;
    let question = byKey.get(key);
    if (!question) {
      question = {
        text: o.text.trim(),
        language: o.language,
        count: 0,
        stems: new Set(stemsOf(o.text, o.language)),
        observations: [],
        variants: new Map(),
      };
      byKey.set(key, question);
    }
    question.observations.push(o);
    if (o.asked) question.count++;
    question.variants.set(o.text.trim(), (question.variants.get(o.text.trim()) ?? 0) + 1);
  }
  return [...byKey.values()]
    .map(({ variants, ...question }) => {
      const lead = leadingEntry(question.observations, exists);
      // The way of writing it visitors used most ("Wat doet de verkenner?" over "wat doet de verkenner").
      const text = [...variants].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
      return { ...question, text, count: Math.max(question.count, 1), ...(lead ? { lead } : {}) };
    })
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const stem of a) if (b.has(stem)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function uniqueId(leader: Question, members: Question[], taken: Set<string>): string {
  const shared = [...leader.stems].filter((s) => members.every((m) => m.stems.has(s))).sort();
  const basis = `${leader.language}:${shared.join(' ')}`;
  let id = hashId(basis);
  // Two groups with the same shared stems (the visitors led them to different entries): the leader tells them apart.
  if (taken.has(id)) id = hashId(`${basis}:${normalizeText(leader.text)}`);
  taken.add(id);
  return id;
}

function hashId(basis: string): string {
  return `g-${createHash('sha256').update(basis).digest('hex').slice(0, 6)}`;
}
