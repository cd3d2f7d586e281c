/**
 * Which entry a phrase names by its title, Dutch or English ("sociaal
 * ondernemen", "the nine hats"), or quotes from its answer ("doen staat
 * voorop"): quoted in a message, it says what is asked.
 */
import type { KnowledgeBase } from './types';
import { normalizeText } from '../text/normalize';

/** The id of the entry `phrase` (normalised) is the title of, without a leading article. */
export function entryTitled(knowledge: KnowledgeBase, phrase: string): string | undefined {
  return titlesOf(knowledge).get(withoutArticle(phrase));
}

const ARTICLE = /^(de|het|een|the|a|an) /;
const withoutArticle = (phrase: string) => phrase.replace(ARTICLE, '');

/** Per knowledge: each entry's titles, normalised and without article → its id. */
const titles = new WeakMap<KnowledgeBase, ReadonlyMap<string, string>>();

function titlesOf(knowledge: KnowledgeBase): ReadonlyMap<string, string> {
  let byTitle = titles.get(knowledge);
  if (!byTitle) {
    const map = new Map<string, string>();
    for (const entry of knowledge.entries)
      for (const title of [entry.title, entry.translation_en?.title])
        if (title) map.set(withoutArticle(normalizeText(title)), entry.id);
    titles.set(knowledge, (byTitle = map));
  }
  return byTitle;
}

/**
 * The id of the entry whose title `phrase` (normalised) is or, failing that, whose own text quotes it
 * ("bij de kenmerken lees ik 'doen staat voorop'": the trait Beweging, not what social
 * entrepreneurship is; visitors-bq). A list's answer repeats its items' lines, so of the entries that
 * hold the phrase the list gives way to its item; more than one entry left, or a phrase of fewer than
 * three words, names none.
 */
export function entryQuoted(knowledge: KnowledgeBase, phrase: string): string | undefined {
  const titled = entryTitled(knowledge, phrase);
  if (titled !== undefined || phrase.split(' ').length < MIN_QUOTED_WORDS) return titled;
  const holding = textsOf(knowledge)
    .filter(({ text }) => text.includes(` ${phrase} `))
    .map(({ id }) => id);
  const parents = new Set(holding.map((id) => knowledge.get(id)?.partOf));
  const narrowest = [...new Set(holding)].filter((id) => !parents.has(id));
  return narrowest.length === 1 ? narrowest[0] : undefined;
}

/**
 * A shorter phrase names a term more than it quotes a passage: "vital professionals" stands in the
 * passage on courage, but a visitor who quotes it asks what vital craftsmanship is (visitors-aw).
 */
const MIN_QUOTED_WORDS = 3;

/** Per knowledge: each entry's answer and examples, Dutch and English, normalised, with its id. */
const texts = new WeakMap<KnowledgeBase, readonly { id: string; text: string }[]>();

function textsOf(knowledge: KnowledgeBase): readonly { id: string; text: string }[] {
  let all = texts.get(knowledge);
  if (!all) {
    all = knowledge.entries.flatMap((entry) =>
      [entry.answer, entry.examples, entry.translation_en?.answer, entry.translation_en?.examples]
        .filter((text): text is string => Boolean(text))
        .map((text) => ({ id: entry.id, text: ` ${normalizeText(text)} ` })),
    );
    texts.set(knowledge, all);
  }
  return all;
}

/** Whether the entry's own text (answer or examples, Dutch or English) holds `phrase` (normalised) as words. */
export function entryTextHolds(knowledge: KnowledgeBase, entryId: string, phrase: string): boolean {
  return textsOf(knowledge).some(({ id, text }) => id === entryId && text.includes(` ${phrase} `));
}
