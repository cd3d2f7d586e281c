/**
 * The searchable form of the knowledge base in one language: every phrasing
 * (question, title, alternatives) and every answer as stems, an inverted index
 * from stem to the phrasings that hold it, and TF-IDF weights from natural with
 * one document per entry. Built once per knowledge load; read-only afterwards.
 */
import natural from 'natural';
import type { KnowledgeBase, KnowledgeEntry, Language } from '../knowledge/types';
import { TextPipeline } from '../text/pipeline';
import { SpellingCorrector } from '../text/spellingCorrector';
import { normalizeText } from '../text/normalize';
import { stopwordList } from '../text/stopwords';
import type { MatcherOptions } from './matcherOptions';

export interface Phrasing {
  entryId: string;
  text: string;
  stems: ReadonlySet<string>;
  /** Euclidean length of the phrasing's IDF vector. */
  norm: number;
}

export interface LanguageIndex {
  language: Language;
  pipeline: TextPipeline;
  corrector: SpellingCorrector;
  phrasings: Phrasing[];
  /** stem → indexes into `phrasings` */
  phrasingsWith: Map<string, number[]>;
  /** stem → ids of the entries whose answer (or examples) uses it */
  answersWith: Map<string, string[]>;
  /** normalised phrasing → entry id, for button values and exact questions */
  exact: Map<string, string>;
  /** Surface words of this language's texts, for language detection. */
  vocabulary: ReadonlySet<string>;
  idf(stem: string): number;
  /** The IDF of a word no entry uses: the highest there is. */
  maxIdf: number;
}

/** Texts that lead to an entry, in one language. */
export function phrasingsOf(entry: KnowledgeEntry, language: Language): string[] {
  if (language === 'nl') return [entry.question, entry.title, ...(entry.alternatives ?? [])];
  const t = entry.translation_en;
  return [...(t ? [t.question, t.title] : []), ...(entry.alternatives_en ?? [])];
}

/** The answer text of an entry in one language (the Dutch one when there is no translation). */
function answerTextOf(entry: KnowledgeEntry, language: Language): string {
  const t = language === 'en' ? entry.translation_en : undefined;
  return t ? `${t.answer}\n${t.examples ?? ''}` : `${entry.answer}\n${entry.examples ?? ''}`;
}

export function buildLanguageIndex(
  knowledge: KnowledgeBase,
  language: Language,
  options: MatcherOptions,
): LanguageIndex {
  const pipeline = new TextPipeline(language, knowledge.synonyms[language], knowledge.offTopic[language]);
  const tfidf = new natural.TfIdf();
  const phrasingStems: { entryId: string; text: string; stems: string[] }[] = [];
  const answerStems = new Map<string, Set<string>>();
  const wordCounts = new Map<string, number>();
  const exact = new Map<string, string>();

  for (const entry of knowledge.entries) {
    const texts = phrasingsOf(entry, language);
    const answer = language === 'nl' || entry.translation_en ? answerTextOf(entry, language) : '';
    const entryWords = new Set([...texts, answer].flatMap((t) => pipeline.words(t)));
    for (const word of entryWords) wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1);
    const stems = texts.map((text) => ({ entryId: entry.id, text, stems: pipeline.stems(text) }));
    phrasingStems.push(...stems.filter((p) => p.stems.length > 0));
    for (const text of texts) if (!exact.has(normalizeText(text))) exact.set(normalizeText(text), entry.id);
    const answerSet = new Set(pipeline.stems(answer));
    answerStems.set(entry.id, answerSet);
    tfidf.addDocument([...new Set([...stems.flatMap((p) => p.stems), ...answerSet])], entry.id);
  }
  for (const group of knowledge.synonyms[language])
    for (const word of group) wordCounts.set(word, wordCounts.get(word) ?? 1);
  for (const word of stopwordList(language)) wordCounts.set(word, wordCounts.get(word) ?? 1);
  // Off-topic words are spelled right too ("trainig" is a training, not an FAQ word).
  for (const word of knowledge.offTopic[language]) wordCounts.set(word, wordCounts.get(word) ?? 1);

  const idfs = new Map<string, number>();
  const idf = (stem: string) => idfs.get(stem) ?? unknownIdf(knowledge.entries.length);
  for (const p of phrasingStems) for (const s of p.stems) idfs.set(s, tfidf.idf(s));
  for (const set of answerStems.values()) for (const s of set) idfs.set(s, tfidf.idf(s));

  const phrasings = phrasingStems.map((p) => {
    const stems = new Set(p.stems);
    return { entryId: p.entryId, text: p.text, stems, norm: Math.hypot(...[...stems].map(idf)) };
  });
  return {
    language,
    pipeline,
    corrector: new SpellingCorrector(wordCounts, new Set(idfs.keys()), {
      minLength: options.minCorrectableLength,
      threshold: options.fuzzyThreshold,
    }),
    phrasings,
    phrasingsWith: invert(phrasings.map((p) => p.stems)),
    answersWith: invertById(answerStems),
    exact,
    vocabulary: new Set(wordCounts.keys()),
    idf,
    maxIdf: unknownIdf(knowledge.entries.length),
  };
}

/** natural's IDF for a term no entry uses: 1 + ln(N / 1). */
function unknownIdf(documents: number): number {
  return 1 + Math.log(documents);
}

function invert(sets: ReadonlySet<string>[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const stem of set) addTo(index, stem, i);
  });
  return index;
}

function invertById(sets: Map<string, Set<string>>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [id, set] of sets) for (const stem of set) addTo(index, stem, id);
  return index;
}

function addTo<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}
