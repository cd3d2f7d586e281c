/**
 * Part 4: peers on the same knowledge. NLP.js (node-nlp; Dutch and English
 * models, one intent per entry, trained on the entry's phrasings) and
 * MiniSearch (one document per phrasing, fuzzy and prefix search) next to our
 * matcher, judged alike: the top entry id against the expected id, and for
 * out-of-scope questions whether the library abstains under its own rule
 * (NLP.js: intent "None", under its threshold; MiniSearch: no result; ours:
 * rank() says "none"). Single-question categories only: peers have no
 * conversation, so follow-ups and ordinals are ours alone.
 */
import MiniSearch from 'minisearch';
import { NlpManager } from 'node-nlp';
import type { KnowledgeBase } from '../src/knowledge/types';
import { Matcher } from '../src/matching/matcher';
import { DEFAULT_MATCHER_OPTIONS } from '../src/matching/matcherOptions';
import { rank } from '../src/matching/rank';
import { MINISEARCH_OPTIONS, type Doc } from '../src/matching/secondOpinion';
import { phrasingsOf } from '../src/matching/languageIndex';
import { SINGLE_QUESTION_CATEGORIES, type LabelledQuestion } from './lib/questions';
import { nowMs, summarize, type Summary } from './lib/stats';

/** The top entry id, or undefined when the system abstains. */
export type Classify = (text: string) => Promise<string | undefined> | string | undefined;

/** The peers, built the same way for accuracy (here) and for latency by size (peerLatency.ts). */
export const PEERS = [
  { name: 'NLP.js (node-nlp)', build: nlpJs },
  { name: 'MiniSearch', build: miniSearch },
] as const satisfies readonly {
  name: string;
  build: (knowledge: KnowledgeBase) => Promise<Classify> | Classify;
}[];

export type PeerName = (typeof PEERS)[number]['name'];

export interface PeerResult {
  name: string;
  trainMs: number;
  /** category → correct / total */
  accuracy: Record<string, { correct: number; total: number }>;
  overall: { correct: number; total: number };
  perQuestion: Summary;
}

const REPEATS = 5;

export async function peersBench(
  knowledge: KnowledgeBase,
  labelled: LabelledQuestion[],
): Promise<PeerResult[]> {
  const questions = labelled.filter((q) => SINGLE_QUESTION_CATEGORIES.includes(q.category));
  const systems: { name: string; build: () => Promise<Classify> | Classify }[] = [
    { name: 'ours (matcher + rank)', build: () => ours(knowledge) },
    ...PEERS.map(({ name, build }) => ({ name, build: () => build(knowledge) })),
  ];
  const results: PeerResult[] = [];
  for (const { name, build } of systems) {
    const start = nowMs();
    const classify = await build();
    const trainMs = nowMs() - start;
    results.push({ name, trainMs, ...(await judge(classify, questions)) });
  }
  return results;
}

async function judge(classify: Classify, questions: LabelledQuestion[]) {
  const accuracy: PeerResult['accuracy'] = {};
  for (const q of questions) {
    const top = await classify(q.text);
    const ok = q.expect === 'fallback' ? top === undefined : top === q.expect;
    const a = (accuracy[q.category] ??= { correct: 0, total: 0 });
    a.total++;
    if (ok) a.correct++;
  }
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    for (const q of questions) {
      const t0 = nowMs();
      await classify(q.text);
      times.push(nowMs() - t0);
    }
  }
  const values = Object.values(accuracy);
  return {
    accuracy,
    overall: {
      correct: values.reduce((n, a) => n + a.correct, 0),
      total: values.reduce((n, a) => n + a.total, 0),
    },
    perQuestion: summarize(times),
  };
}

/** Our matcher and ranking, without the conversation around them. */
function ours(knowledge: KnowledgeBase): Classify {
  const matcher = new Matcher(knowledge, DEFAULT_MATCHER_OPTIONS);
  return (text) => {
    const ranking = rank(
      matcher.match(text, { preferred: 'nl' }).candidates,
      DEFAULT_MATCHER_OPTIONS,
      (id) => knowledge.get(id)?.partOf,
    );
    if (ranking.kind === 'answer') return ranking.best.entryId;
    if (ranking.kind === 'clarify') return ranking.options[0]!.entryId;
    return undefined;
  };
}

async function nlpJs(knowledge: KnowledgeBase): Promise<Classify> {
  const manager = new NlpManager({
    languages: ['nl', 'en'],
    forceNER: false,
    autoSave: false,
    nlu: { log: false },
  });
  for (const entry of knowledge.entries) {
    for (const text of phrasingsOf(entry, 'nl')) manager.addDocument('nl', text, entry.id);
    for (const text of phrasingsOf(entry, 'en')) manager.addDocument('en', text, entry.id);
  }
  await manager.train();
  return async (text) => {
    const { intent } = await manager.process(text);
    return intent === 'None' ? undefined : intent;
  };
}

/** MiniSearch as the bot's second opinion configures it (MINISEARCH_OPTIONS), over the phrasings only. */
function miniSearch(knowledge: KnowledgeBase): Classify {
  const search = new MiniSearch<Doc>(MINISEARCH_OPTIONS);
  let id = 0;
  search.addAll(
    knowledge.entries.flatMap((entry) =>
      [...phrasingsOf(entry, 'nl'), ...phrasingsOf(entry, 'en')].map((text) => ({
        id: id++,
        entryId: entry.id,
        text,
      })),
    ),
  );
  return (text) => {
    const [top] = search.search(text);
    return top ? String(top['entryId']) : undefined;
  };
}
