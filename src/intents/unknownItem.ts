/**
 * A question for an item of one of our lists by a name none of its items has:
 * "What does the leader hat stand for?", "de pet van de leider", "het kenmerk
 * creativiteit". The FAQ has nine hats and six traits, and none of them is the
 * one asked about: answering the item that shares some other word with the
 * question would mislead, so the bot says it has no answer and offers the list.
 */
import type { ConversationDeps, Turn } from '../conversation/turn';
import type { Language } from '../text/language';
import { memoize } from '../text/memoize';
import { normalizedWords } from '../text/normalize';
import { INDEFINITE_ARTICLES } from '../text/fillerWords';

/** Words that join an item noun to its name: "de pet van de leider", "the hat for the innovator". */
const NAME_AFTER: Record<Language, ReadonlySet<string>> = {
  nl: new Set(['van', 'voor']),
  en: new Set(['of', 'for']),
};
const ARTICLES = new Set(['de', 'het', 'een', 'the', 'a', 'an']);

/**
 * The lists to offer when the question names an item of theirs that does not exist; undefined when
 * it names none, or names one the list's entries know ("de pet van de boekhouding", "the treasurer
 * hat", "de pet van de sociaal ondernemer").
 */
export function listsOfUnknownItem(turn: Turn): readonly string[] | undefined {
  // The question itself, not the story around it: "Wij willen als gemeente de rol van onze
  // ambtenaren opnieuw bekijken. Welke rollen onderscheiden jullie …?" asks for the hats.
  const asked = turn.askedSentence;
  const words = asked ? normalizedWords(asked) : turn.words;
  const { itemNouns } = turn.deps;
  const languages: readonly Language[] = turn.language === 'nl' ? ['nl', 'en'] : ['en', 'nl'];
  for (let i = 0; i < words.length; i++) {
    // Most words name no list's items: a look-up per language, nothing made.
    const language = languages.find((l) => itemNouns[l].singular.has(words[i]!));
    if (language === undefined) continue;
    const lists = itemNouns[language].singular.get(words[i]!)!;
    const names = nameWords(words, i, language);
    if (names.some((name) => !namesPartOf(turn.deps, turn.language, name))) return lists;
  }
  return undefined;
}

/**
 * The words around the item noun that may be its name, up to two ("the treasure keeper hat"): those
 * before it, and those after it, directly ("het kenmerk creativiteit") or after "van"/"of" and an
 * article ("de pet van de leider").
 */
function nameWords(words: readonly string[], at: number, language: Language): string[] {
  const before = words.slice(Math.max(0, at - 2), at);
  let next = at + 1;
  const joined = NAME_AFTER[language].has(words[next] ?? '');
  if (joined) next++;
  if (ARTICLES.has(words[next] ?? '')) {
    // An article straight after the noun starts another phrase, not its name: "Isn't a competitor
    // hat a bit aggressive …?" names no "bit aggressive" hat (visitors-bj). Nor does an indefinite
    // one after "van": "op de centjes letten als eigenschap van een idealist" says whose trait, and
    // "idealist" is no trait the FAQ lacks (visitors-co); "de pet van de leider" names one.
    if (!joined || INDEFINITE_ARTICLES.has(words[next]!)) return before.length > 0 ? [before.join(' ')] : [];
    next++;
  }
  return [before, words.slice(next, next + 2)].map((name) => name.join(' ')).filter((name) => name !== '');
}

/** Names asked about, per knowledge (its conversation deps): a name's answer depends on the knowledge alone. */
const NAMES_REMEMBERED = 5_000;
const rememberedNames = new WeakMap<ConversationDeps, (key: string) => boolean>();

function namesPartOf(deps: ConversationDeps, language: Language, name: string): boolean {
  let remembered = rememberedNames.get(deps);
  if (!remembered) {
    remembered = memoize(NAMES_REMEMBERED, (key) =>
      namesPartOfAList(deps, key.slice(0, 2) as Language, key.slice(3)),
    );
    rememberedNames.set(deps, remembered);
  }
  return remembered(`${language} ${name}`);
}

/**
 * Whether the words name something a list of the FAQ holds: a list or an item, of the named lists or
 * another ("de kwaliteit van een dienst": "kwaliteit" names the traits, but "dienst" the services). Words
 * that carry no topic (stopwords, everyday words, ordinals, numbers) name no item either, so they
 * are no unknown name.
 */
function namesPartOfAList(deps: ConversationDeps, language: Language, name: string): boolean {
  const { knowledge, options, matcher } = deps;
  const words = name.split(' ');
  if (words.some((w) => /\d/.test(w) || matcher.words.mayStartOrdinal(w))) return true;
  // What the FAQ follows a list with is about that list too ("de kwaliteit van een zorgorganisatie":
  // the consequences of the services' characteristics for care organisations).
  const continuesAList = (id: string) =>
    knowledge.entries.some((list) => list.items.length > 0 && list.followUps?.includes(id));
  const tokens = matcher.analyze(name, language).filter((t) => !t.common);
  if (tokens.length === 0) return true;
  const ofAList = (id: string) => {
    const entry = knowledge.get(id);
    return (
      entry !== undefined && (entry.items.length > 0 || entry.parent !== undefined || continuesAList(id))
    );
  };
  const best = matcher.match(name, { preferred: language, allowed: ofAList }).candidates[0];
  return best !== undefined && best.score >= options.suggestThreshold;
}
