/**
 * kb:suggest's logic: from the visitors' questions and what they did next, the
 * groups staff review. Each group proposes the entry the visitors' behaviour
 * points at, or "gap" when nothing does, with its evidence and the matcher's
 * view now. Questions that already are a phrasing, and groups or questions
 * staff rejected, are not proposed; decisions staff already made are kept.
 */
import type { KnowledgeBase } from '../knowledge/types';
import type { Language } from '../text/language';
import { normalizeText } from '../text/normalize';
import { leadingEntry } from './evidence';
import { groupQuestions, type QuestionGroup, type StemsOf } from './groupQuestions';
import type { Observation } from './observations';
import { GAP, type Evidence, type RejectedGroup, type Suggestion } from './reviewFile';

/** How many of the matcher's candidates the evidence shows. */
const MATCHER_CANDIDATES = 3;

export interface SuggestInput {
  observations: readonly Observation[];
  knowledge: KnowledgeBase;
  stemsOf: StemsOf;
  /** The matcher's best candidates for a question now. */
  nearest: (text: string, language: Language) => { id: string; score: number }[];
  rejected?: readonly RejectedGroup[];
  /** The suggestions of the last run, whose decisions are kept. */
  previous?: readonly Suggestion[];
  /** Groups asked fewer times are left out. */
  minCount?: number;
}

export function suggest({
  observations,
  knowledge,
  stemsOf,
  nearest,
  rejected = [],
  previous = [],
  minCount = 1,
}: SuggestInput): Suggestion[] {
  const known = knownQuestions(knowledge, rejected);
  const fresh = observations.filter((o) => !known.has(questionKey(o.language, o.text)));
  const rejectedIds = new Set(rejected.map((r) => r.group));
  const decisions = new Map(previous.map((s) => [s.group, s.decision]));
  const exists = (id: string) => knowledge.get(id) !== undefined;
  return groupQuestions(fresh, stemsOf, exists)
    .filter((g) => !rejectedIds.has(g.id))
    .map((g) => proposal(g, exists, nearest, decisions.get(g.id) ?? 'pending'))
    .filter((s) => s.count >= minCount)
    .sort((a, b) => b.count - a.count || a.group.localeCompare(b.group));
}

function proposal(
  group: QuestionGroup,
  exists: (id: string) => boolean,
  nearest: SuggestInput['nearest'],
  decision: string,
): Suggestion {
  const lead = leadingEntry(group.observations, exists);
  // Clicks and rephrasings count for the entry proposed; ratings and fallbacks whatever the entry.
  const of = (kind: Observation['kind']) =>
    group.observations.filter(
      (o) => o.kind === kind && (!lead || (kind !== 'chosen' && kind !== 'rephrased') || o.entryId === lead),
    ).length;
  const top = group.questions[0]!.text;
  const evidence: Evidence = {
    chosen: of('chosen'),
    rephrased: of('rephrased'),
    ratedDown: of('ratedDown'),
    unanswered: of('unanswered'),
    matcher: nearest(top, group.language)
      .slice(0, MATCHER_CANDIDATES)
      .map((c) => `${c.id} ${c.score.toFixed(2)}`),
  };
  return {
    group: group.id,
    questions: group.questions.map((q) => q.text),
    count: group.questions.reduce((sum, q) => sum + q.count, 0),
    language: group.language,
    proposal: lead ?? GAP,
    evidence,
    decision,
  };
}

/** The phrasings the knowledge has, and the questions staff rejected, per language. */
function knownQuestions(knowledge: KnowledgeBase, rejected: readonly RejectedGroup[]): Set<string> {
  const known = new Set<string>();
  for (const e of knowledge.entries) {
    for (const text of [e.question, ...(e.alternatives ?? [])]) known.add(questionKey('nl', text));
    const en = [...(e.translation_en ? [e.translation_en.question] : []), ...(e.alternatives_en ?? [])];
    for (const text of en) known.add(questionKey('en', text));
  }
  for (const r of rejected) for (const q of r.questions) known.add(questionKey(r.language, q));
  return known;
}

export function questionKey(language: Language, text: string): string {
  return `${language} ${normalizeText(text)}`;
}
