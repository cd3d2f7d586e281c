/**
 * "Wat is een indicatiestelling precies?": a question for the meaning of a term
 * that the FAQ uses only in passing, in one of an entry's examples, and never
 * explains. The entry does not say what it is, so the visitor gets the fallback,
 * which offers that entry. A term the entry's own title, question, answer or
 * concepts hold is answered as usual, and so is anything its examples do not
 * name (compounds and diminutives the matcher reads in other ways: "de
 * partnerpet", "die hoedjes").
 */
import type { ConversationDeps, Turn } from '../conversation/turn';
import type { KnowledgeEntry } from '../knowledge/types';
import type { Language } from '../text/language';

/** "wat is/betekent/houdt … in", "wat wordt bedoeld met …", "what is/does … mean": the term is the rest. */
const DEFINITION: Record<Language, RegExp> = {
  nl: /^(?:wat (?:is|zijn|betekent|betekenen|houdt|houden)|wat (?:wordt|word) (?:er )?(?:bedoeld|verstaan) (?:met|onder)|wat bedoel(?:t|en)? (?:je|jij|jullie|u) met) (?<term>.+?)(?: (?:precies|eigenlijk|nou|dan|in|inhouden))*$/,
  en: /^(?:what (?:is|are|does|do)|what is meant by|what do you mean by) (?<term>.+?)(?: (?:exactly|actually|mean|means|stand for))*$/,
};
const OPENER: Record<Language, string> = { nl: 'wat', en: 'what' };
/** A term is a word or two ("indicatiestelling", "maatschappelijke meerwaarde"), not a whole question. */
const MAX_TERM_WORDS = 2;

/** Whether the turn asks what a term means that `best` only mentions in passing. */
export function asksForUndefinedTerm(turn: Turn, best: KnowledgeEntry): boolean {
  // Every DEFINITION opens with the word "wat" / "what": other questions (most) need no pattern run
  // over them (a fifth of what this cost: 2026-12-07, respond() profiled on the bench questions).
  if (turn.words[0] !== OPENER[turn.language]) return false;
  const match = DEFINITION[turn.language].exec(turn.words.join(' '));
  const term = match?.groups?.term;
  if (!term || POINTERS.has(term.split(' ')[0]!)) return false;
  const tokens = turn.deps.matcher.analyze(term, turn.language).filter((t) => !t.common);
  if (tokens.length === 0 || tokens.length > MAX_TERM_WORDS) return false;
  const { defining, examples } = stemsOf(turn.deps, best, turn.language);
  return tokens.some((t) => examples.has(t.stem) && !defining.has(t.stem));
}

/** "wat betekent dit allemaal voor een gemeente?": the question points back; what follows is no term. */
const POINTERS = new Set(['dit', 'dat', 'die', 'deze', 'het', 'this', 'that', 'these', 'those', 'it']);

interface EntryStems {
  /** Of the entry's title, question, answer and concepts (staff's phrasings are neither). */
  defining: ReadonlySet<string>;
  /** Of its examples. */
  examples: ReadonlySet<string>;
}

/** Per knowledge (its conversation deps), per language and entry. */
const remembered = new WeakMap<ConversationDeps, Map<string, EntryStems>>();

function stemsOf(deps: ConversationDeps, entry: KnowledgeEntry, language: Language): EntryStems {
  let byEntry = remembered.get(deps);
  if (!byEntry) remembered.set(deps, (byEntry = new Map<string, EntryStems>()));
  const key = `${language} ${entry.id}`;
  let stems = byEntry.get(key);
  if (!stems) {
    const english = language === 'en' ? entry.translation_en : undefined;
    const defining = english
      ? [english.title, english.question, english.answer, ...(entry.concepts_en ?? [])]
      : [entry.title, entry.question, entry.answer, ...(entry.concepts ?? [])];
    const examples = (english ? english.examples : entry.examples) ?? '';
    const analysed = (texts: string[]) =>
      new Set(texts.flatMap((text) => deps.matcher.analyze(text, language).map((t) => t.stem)));
    stems = { defining: analysed(defining), examples: analysed([examples]) };
    byEntry.set(key, stems);
  }
  return stems;
}
