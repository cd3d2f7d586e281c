/**
 * The searchable form of the knowledge base in one language: every phrasing
 * (question, title, alternatives) as stems, every entry's content (concepts,
 * answer, examples, its list: entryFields.ts) as weighted stems, inverted
 * indexes from stem to both, and TF-IDF weights (natural's IDF formula) with
 * one document per entry. Built once per knowledge load; read-only afterwards.
 */
import type { KnowledgeBase, KnowledgeEntry } from '../knowledge/types';
import type { Language } from '../text/language';
import { TextPipeline } from '../text/pipeline';
import { SpellingCorrector } from '../text/spellingCorrector';
import { normalizeText } from '../text/normalize';
import { stopwordList } from '../text/stopwords';
import type { MatcherOptions } from './matcherOptions';
import { buildPostings, type Postings } from './pruned';
import type { ContentList } from './pruned/postings';
import { fieldsOf, type FieldName } from './entryFields';

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
  /** stem → the entries whose content uses it, with the weight it has there */
  contentWith: Map<string, ContentPosting[]>;
  /** stem → the numbers of the entries that hold it anywhere (a phrasing or the content), each once: for coverage */
  holdersWith: Map<string, Int32Array>;
  /**
   * stem → what exhaustive scoring reads about it (its IDF, phrasings, content and holders), in one
   * record: one look-up per question stem instead of four maps' (on a busy server each look-up
   * of a large map is a trip to memory).
   */
  stems: Map<string, StemPostings>;
  /** The postings again as typed arrays, phrasings shortest norm first: what topCandidates reads. */
  postings: Postings;
  /** entry id → indexes into `phrasings`, in index order, to score one entry directly */
  entryPhrasings: Map<string, number[]>;
  /** entry id → the stems of its content, with their weights */
  content: Map<string, ReadonlyMap<string, ContentWeight>>;
  /** normalised phrasing → entry id, for button values and exact questions */
  exact: Map<string, string>;
  /** Surface words of this language's texts, for language detection. */
  vocabulary: ReadonlySet<string>;
  idf(stem: string): number;
  /** The IDF of a word no entry uses: the highest there is. */
  maxIdf: number;
}

/** One stem's postings, as exhaustive scoring reads them (the same lists as the maps above). */
export interface StemPostings {
  idf: number;
  /** Indexes into `phrasings`. */
  phrasings: readonly number[] | undefined;
  content: ContentList | undefined;
  holders: Int32Array | undefined;
}

/** How much a question stem found in an entry's content counts. */
export interface ContentWeight {
  /** The weight of the heaviest field that holds the stem. */
  weight: number;
  /** Evidence: a concept is as telling as two answer words (one answer word alone is weak evidence). */
  units: number;
}

export interface ContentPosting extends ContentWeight {
  entryId: string;
}

/** Texts that lead to an entry, in one language. */
export function phrasingsOf(entry: KnowledgeEntry, language: Language): string[] {
  if (language === 'nl') return [entry.question, entry.title, ...(entry.alternatives ?? [])];
  const t = entry.translation_en;
  return [...(t ? [t.question, t.title] : []), ...(entry.alternatives_en ?? [])];
}

/**
 * A one-word concept is strong evidence on its own; each word of a phrase ("staat of valt") is
 * weaker, by the square root of its length, and counts as evidence like an answer word: "valt"
 * alone says little.
 */
function conceptWordWeight(concept: ContentWeight, words: number): ContentWeight {
  return words <= 1 ? concept : { weight: concept.weight / Math.sqrt(words), units: 1 };
}

/** The weight of each content field (options) and the evidence a stem found in it gives. */
function fieldWeights(options: MatcherOptions): Record<FieldName, ContentWeight> {
  return {
    concepts: { weight: options.conceptWeight, units: 2 },
    answer: { weight: options.answerTextWeight, units: 1 },
    examples: { weight: options.examplesWeight, units: 1 },
    context: { weight: options.contextWeight, units: 1 },
  };
}

/** @param foreignWords the other language's vocabulary, for words mixed in from it (TextPipeline) */
export function buildLanguageIndex(
  knowledge: KnowledgeBase,
  language: Language,
  options: MatcherOptions,
  foreignWords?: ReadonlySet<string>,
): LanguageIndex {
  const pipeline = new TextPipeline(
    language,
    knowledge.synonyms[language],
    knowledge.offTopic[language],
    foreignWords,
  );
  const texts = readTexts(knowledge, language, pipeline, fieldWeights(options));
  // One TF-IDF document per entry: its phrasings and its content together.
  const documents = new Map(knowledge.entries.map((e) => [e.id, new Set(texts.content.get(e.id)!.keys())]));
  for (const p of texts.phrasings) for (const stem of p.stems) documents.get(p.entryId)!.add(stem);
  const idfs = inverseDocumentFrequencies(documents.values(), documents.size);
  const maxIdf = unknownIdf(knowledge.entries.length);
  const idf = (stem: string) => idfs.get(stem) ?? maxIdf;

  const phrasings = distinctPerEntry(texts.phrasings).map((p) => {
    const stems = new Set(p.stems);
    return { entryId: p.entryId, text: p.text, stems, norm: Math.hypot(...[...stems].map(idf)) };
  });
  const words = spellingVocabulary(knowledge, language, texts.wordCounts);
  const phrasingsWith = invert(phrasings.map((p) => p.stems));
  const contentWith = invertContent(texts.content);
  const holders = new Map<string, Set<string>>();
  const hold = (stem: string, id: string) => {
    const set = holders.get(stem);
    if (set) set.add(id);
    else holders.set(stem, new Set([id]));
  };
  for (const [stem, list] of phrasingsWith) for (const p of list) hold(stem, phrasings[p]!.entryId);
  for (const [stem, list] of contentWith) for (const posting of list) hold(stem, posting.entryId);
  const numberOf = new Map(knowledge.entries.map((e, i) => [e.id, i]));
  const holdersWith = new Map(
    [...holders].map(([stem, ids]) => [stem, Int32Array.from(ids, (id) => numberOf.get(id)!)]),
  );
  const postings = buildPostings(
    knowledge.entries.map((e) => e.id),
    phrasings,
    contentWith,
    texts.content,
  );
  // Every stem with postings is some entry's, so it has an IDF: the IDFs' stems are all there are.
  const stems = new Map(
    [...idfs].map(([stem, idf]): [string, StemPostings] => [
      stem,
      {
        idf,
        phrasings: phrasingsWith.get(stem),
        content: postings.answers.get(stem),
        holders: holdersWith.get(stem),
      },
    ]),
  );
  return {
    language,
    pipeline,
    corrector: new SpellingCorrector(words, new Set(idfs.keys()), {
      minLength: options.minCorrectableLength,
      threshold: options.fuzzyThreshold,
    }),
    phrasings,
    phrasingsWith,
    contentWith,
    holdersWith,
    stems,
    postings,
    entryPhrasings: groupByEntry(phrasings),
    content: texts.content,
    exact: texts.exact,
    vocabulary: new Set(words.keys()),
    idf,
    maxIdf,
  };
}

/**
 * Every entry's phrasings as stems and its content as weighted stems, how many entries use each
 * word, and the exact phrasings.
 */
function readTexts(
  knowledge: KnowledgeBase,
  language: Language,
  pipeline: TextPipeline,
  weights: Record<FieldName, ContentWeight>,
) {
  const phrasings: { entryId: string; text: string; stems: string[] }[] = [];
  const content = new Map<string, Map<string, ContentWeight>>();
  const wordCounts = new Map<string, number>();
  const exact = new Map<string, string>();
  for (const entry of knowledge.entries) {
    const texts = phrasingsOf(entry, language);
    const fields = fieldsOf(entry, knowledge, language);
    for (const word of new Set([...texts, ...fields.map((f) => f.text)].flatMap((t) => pipeline.words(t)))) {
      wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1);
    }
    for (const text of texts) {
      const stems = pipeline.stems(text);
      if (stems.length > 0) phrasings.push({ entryId: entry.id, text, stems });
      if (!exact.has(normalizeText(text))) exact.set(normalizeText(text), entry.id);
    }
    const stems = new Map<string, ContentWeight>();
    for (const { field, text } of fields) {
      const words = pipeline.stems(text);
      const w = field === 'concepts' ? conceptWordWeight(weights.concepts, words.length) : weights[field];
      for (const stem of words) {
        const known = stems.get(stem);
        if (!known || w.weight > known.weight) stems.set(stem, w);
      }
    }
    content.set(entry.id, stems);
  }
  return { phrasings, content, wordCounts, exact };
}

/**
 * An entry's phrasings with the same stems score the same against any question ("Wat is een
 * dienst?", "Wat zijn diensten?"): only the first is kept, the one scoring would have reported.
 * About a fifth of the phrasings are such repeats, and each costs a posting in every question that
 * shares a stem with it.
 */
function distinctPerEntry<P extends { entryId: string; stems: string[] }>(phrasings: P[]): P[] {
  const seen = new Set<string>();
  return phrasings.filter((p) => {
    const key = `${p.entryId}\n${[...new Set(p.stems)].sort().join(' ')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The words a misspelling may be corrected to: the knowledge's own words, the
 * synonyms, the stopwords, and the off-topic words ("trainig" is a training,
 * not an FAQ word).
 */
function spellingVocabulary(knowledge: KnowledgeBase, language: Language, wordCounts: Map<string, number>) {
  const words = new Map(wordCounts);
  const extra = [
    ...knowledge.synonyms[language].flat(),
    ...stopwordList(language),
    ...knowledge.offTopic[language],
  ];
  for (const word of extra) words.set(word, words.get(word) ?? 1);
  return words;
}

/**
 * natural's TfIdf IDF, 1 + ln(N / (1 + documents with the stem)), from one
 * pass that counts documents per stem. natural's own `TfIdf.idf` scans every
 * document for each stem it is asked about, O(stems × entries): at 10 000
 * entries that alone took minutes of start-up (measured when the bench first reached that size).
 */
function inverseDocumentFrequencies(documents: Iterable<ReadonlySet<string>>, count: number) {
  const frequency = new Map<string, number>();
  for (const stems of documents)
    for (const stem of stems) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  const idfs = new Map<string, number>();
  for (const [stem, n] of frequency) idfs.set(stem, 1 + Math.log(count / (1 + n)));
  return idfs;
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

function groupByEntry(phrasings: Phrasing[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  phrasings.forEach((p, i) => addTo(groups, p.entryId, i));
  return groups;
}

function invertContent(content: Map<string, ReadonlyMap<string, ContentWeight>>) {
  const index = new Map<string, ContentPosting[]>();
  for (const [entryId, stems] of content)
    for (const [stem, w] of stems) addTo(index, stem, { entryId, weight: w.weight, units: w.units });
  return index;
}

function addTo<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}
