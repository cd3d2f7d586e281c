/**
 * "Wat voor type mens is iemand die een onderneming met een maatschappelijk doel begint?", "what kind
 * of personality do you need to start a business that solves problems in society?": a question for
 * what kind of something is, where that something is a word of a list's concept lexicon ("type mens",
 * "personality": the traits of a social entrepreneur), asks for that list. The words describing whom
 * it is about matched social entrepreneurship itself better, and the bot showed that (visitors-dj).
 */
import type { Candidate } from '../matching/scorer';
import type { KnowledgeEntry } from '../knowledge/types';
import type { Language } from '../text/language';
import type { Turn } from '../conversation/turn';
import type { Matcher } from '../matching/matcher';

/** How near the top the list must be among the candidates (in the examples above second and fourth). */
const NEAR_TOP = 4;

/** "wat voor (een)", "what kind of (a)", "what sort of", "what type of": the words after it name the kind. */
const KIND_OF = /\b(?:wat voor(?: een)?|what (?:kind|sort|type)s? of(?: an?)?) (\S+)(?: (\S+))?/;

export function listOfKindAskedFor(turn: Turn, candidates: readonly Candidate[]): KnowledgeEntry | undefined {
  const kind = KIND_OF.exec(turn.normalized);
  if (!kind) return undefined;
  const phrases = [kind[1]!, ...(kind[2] ? [`${kind[1]} ${kind[2]}`] : [])];
  const { suggestThreshold } = turn.deps.options;
  const lists = candidates
    .slice(0, NEAR_TOP)
    .filter((c) => c.score >= suggestThreshold)
    .map((c) => turn.knowledge.get(c.entryId))
    .filter((e): e is KnowledgeEntry => e !== undefined && e.items.length > 0)
    .filter((list) => phrases.some((phrase) => isConceptOf(turn, list, phrase)));
  return lists.length === 1 ? lists[0] : undefined;
}

/** Whether the phrase, read as its stems, is one of the list's concepts in either language. */
function isConceptOf(turn: Turn, list: KnowledgeEntry, phrase: string): boolean {
  return LANGUAGES.some((language) => {
    const said = stemsOf(turn.deps.matcher, phrase, language);
    return said !== '' && conceptStems(turn.deps.matcher, list, language).has(said);
  });
}
const LANGUAGES: readonly Language[] = ['nl', 'en'];

/**
 * The list's concepts read as stems, once per matcher (a reload brings another): "wat voor" opens
 * many questions, and each would otherwise read every concept of the lists near the top again.
 */
const CONCEPT_STEMS = new WeakMap<Matcher, Map<string, ReadonlySet<string>>>();
function conceptStems(matcher: Matcher, list: KnowledgeEntry, language: Language): ReadonlySet<string> {
  let byList = CONCEPT_STEMS.get(matcher);
  if (!byList) CONCEPT_STEMS.set(matcher, (byList = new Map<string, ReadonlySet<string>>()));
  const key = `${language} ${list.id}`;
  let stems = byList.get(key);
  if (!stems) {
    const concepts = (language === 'nl' ? list.concepts : list.concepts_en) ?? [];
    stems = new Set(concepts.map((concept) => stemsOf(matcher, concept, language)));
    byList.set(key, stems);
  }
  return stems;
}

function stemsOf(matcher: Matcher, text: string, language: Language): string {
  return matcher
    .analyze(text, language)
    .map((t) => t.stem)
    .join(' ');
}
