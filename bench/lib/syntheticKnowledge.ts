/**
 * Synthetic knowledge for measuring the matcher at sizes the real FAQ will not
 * reach soon: the real entries plus generated ones, up to `size` entries in
 * all. Built as a KnowledgeBase directly (createKnowledgeBase), not written as
 * YAML: the loader checks every answer word for word against the FAQ page,
 * which generated text cannot pass, and the benchmark measures the matcher,
 * not the loader.
 *
 * The generated text is Dutch-like (and English-like for the translations):
 * words built from the syllables and suffixes of the language, drawn with
 * Zipf's law from a large lexicon in which the real FAQ's own words are the
 * most common ones, joined with real function words. So the index grows as a
 * real one would: shared domain stems with long postings, and a vocabulary
 * that keeps growing, ever more slowly (Heaps' law). Same seed, same knowledge.
 */
import type { KnowledgeBase, KnowledgeEntry, StoredEntry } from '../../src/knowledge/types';
import { createKnowledgeBase } from '../../src/knowledge/knowledgeBase';
import { normalizeText } from '../../src/text/normalize';
import { Random, Zipf } from './prng';

interface LanguageShape {
  onsets: string[];
  nuclei: string[];
  codas: string[];
  suffixes: string[];
  /** Function words that glue sentences together. */
  glue: string[];
  questions: ((a: string, b: string, c: string) => string)[];
}

const DUTCH: LanguageShape = {
  onsets: 'b d f g h j k l m n p r s t v w z st sch pr tr kr gr bl br dr fl kl sl sp str zw'.split(' '),
  nuclei: 'a e i o u aa ee oo uu ie oe eu ui ij ei ou au'.split(' '),
  codas: ['', '', 'n', 'r', 'l', 'k', 't', 's', 'm', 'ng', 'cht', 'rd', 'nd', 'rk', 'lt', 'st'],
  suffixes: ['', '', '', 'ing', 'heid', 'en', 'er', 'lijk', 'schap', 'te', 'baar', 'isch', 'ers'],
  glue: 'de het een van en in op voor met die dat is zijn bij om aan als ook uw u door naar of'.split(' '),
  questions: [
    (a, b) => `Wat is ${a} bij ${b}?`,
    (a, b, c) => `Hoe werkt de ${a} van ${b} ${c}?`,
    (a, b) => `Waarom is ${a} belangrijk voor ${b}?`,
    (a, b, c) => `Wat betekent ${a} ${b} voor een ${c}?`,
    (a, b) => `Welke ${a} heeft een ${b}?`,
    (a, b, c) => `Hoe zit het met ${a} en ${b} ${c}?`,
  ],
};

const ENGLISH: LanguageShape = {
  onsets: 'b c d f g h j l m n p r s t v w st th sh pr tr cr gr bl br dr fl cl sl sp str'.split(' '),
  nuclei: 'a e i o u ea ee oo ai ou ow'.split(' '),
  codas: ['', '', 'n', 'r', 'l', 'ck', 't', 's', 'm', 'ng', 'ght', 'rd', 'nd', 'rk', 'lt', 'st'],
  suffixes: ['', '', '', 'ing', 'ness', 'ed', 'er', 'ly', 'ship', 'ment', 'able', 'ic', 'ers'],
  glue: 'the a an of and in on for with that which is are by to at as also your you through or'.split(' '),
  questions: [
    (a, b) => `What is ${a} in ${b}?`,
    (a, b, c) => `How does the ${a} of ${b} ${c} work?`,
    (a, b) => `Why is ${a} important for ${b}?`,
    (a, b, c) => `What does ${a} ${b} mean for a ${c}?`,
    (a, b) => `Which ${a} does a ${b} have?`,
  ],
};

/** Generated words per language: enough that 10 000 entries never exhaust the tail. */
const LEXICON_SIZE = 60_000;

export interface SyntheticOptions {
  /** Entries in all, the real ones included. */
  size: number;
  seed?: number;
  /**
   * Whether generated entries get a concept lexicon (three concepts of one to three words per
   * language), as curated entries have: the heaviest content field, which pruning must bound.
   */
  concepts?: boolean;
}

/** The real knowledge plus generated entries up to `size`; deterministic for a seed. */
export function syntheticKnowledge(
  real: KnowledgeBase,
  { size, seed = 20261127, concepts = false }: SyntheticOptions,
) {
  const random = new Random(seed);
  const realWords = (language: 'nl' | 'en') =>
    [
      ...new Set(
        real.entries.flatMap((e) =>
          normalizeText(language === 'nl' ? e.answer : (e.translation_en?.answer ?? '')).split(' '),
        ),
      ),
    ].filter((w) => w.length > 3);
  const writers = {
    nl: new Writer(DUTCH, lexicon(DUTCH, realWords('nl'), random), random),
    en: new Writer(ENGLISH, lexicon(ENGLISH, realWords('en'), random), random),
  };
  const generated: Omit<KnowledgeEntry, 'items'>[] = [];
  for (let i = real.entries.length; i < size; i++) {
    const entry = syntheticEntry(i, writers);
    // Drawn only when asked for: without concepts a seed gives the entries it always gave.
    if (concepts) Object.assign(entry, conceptsOf(writers));
    generated.push({ ...entry, location: { file: 'synthetic', line: i } });
  }
  const entries = [...real.entries.map(({ items: _items, partOf: _partOf, ...rest }) => rest), ...generated];
  return createKnowledgeBase(entries, real.synonyms, real.sourceText, real.offTopic);
}

function syntheticEntry(i: number, writers: { nl: Writer; en: Writer }): StoredEntry {
  const { nl, en } = writers;
  const topic = nl.phrase(2);
  return {
    id: `synth-${String(i).padStart(5, '0')}`,
    title: topic,
    question: nl.question(),
    answer: nl.paragraph(),
    alternatives: Array.from({ length: 3 + (i % 3) }, () => nl.question()),
    translation_en: { title: en.phrase(2), question: en.question(), answer: en.paragraph() },
    alternatives_en: Array.from({ length: 2 }, () => en.question()),
  };
}

function conceptsOf({ nl, en }: { nl: Writer; en: Writer }): Pick<StoredEntry, 'concepts' | 'concepts_en'> {
  const three = (writer: Writer) => [1, 2, 3].map((length) => writer.phrase(length).toLowerCase());
  return { concepts: three(nl), concepts_en: three(en) };
}

/** The real FAQ's words first (the most common), then generated words, without repeats. */
function lexicon(shape: LanguageShape, realWords: string[], random: Random): string[] {
  const words = new Set(realWords);
  while (words.size < LEXICON_SIZE) words.add(word(shape, random));
  return [...words];
}

function word(shape: LanguageShape, random: Random): string {
  let text = '';
  const syllables = random.int(1, 3);
  for (let s = 0; s < syllables; s++)
    text += random.pick(shape.onsets) + random.pick(shape.nuclei) + random.pick(shape.codas);
  return text + random.pick(shape.suffixes);
}

class Writer {
  private readonly zipf: Zipf;

  constructor(
    private readonly shape: LanguageShape,
    private readonly words: string[],
    private readonly random: Random,
  ) {
    this.zipf = new Zipf(words.length, random);
  }

  content(): string {
    return this.words[this.zipf.rank()]!;
  }

  phrase(length: number): string {
    const text = Array.from({ length }, () => this.content()).join(' ');
    return text[0]!.toUpperCase() + text.slice(1);
  }

  question(): string {
    return this.random.pick(this.shape.questions)(this.content(), this.content(), this.content());
  }

  paragraph(): string {
    const sentences = Array.from({ length: this.random.int(2, 4) }, () => {
      const words = Array.from({ length: this.random.int(8, 15) }, (_, k) =>
        k % 2 === 0 ? this.random.pick(this.shape.glue) : this.content(),
      );
      return `${words.join(' ')}.`;
    });
    return sentences.map((s) => s[0]!.toUpperCase() + s.slice(1)).join(' ');
  }
}
