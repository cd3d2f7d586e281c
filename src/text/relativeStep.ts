/**
 * "welke pet komt na de strateeg?", "what's the hat after the coordinator?",
 * "wat komt er voor de schatbewaarder?": a step from an item the words name, not
 * from the one on screen. Only the wording is recognised here; which item the
 * named part is, the caller asks the matcher.
 */
import { normalizedWords } from './normalize';

export interface RelativeStep {
  direction: 'next' | 'previous';
  /** The words that name the item stepped from ("na de strateeg" → "strateeg"). */
  named: string;
}

const NEAR = String.raw`(?:er )?(?:direct |meteen |net |vlak |right |directly |just |immediately )?`;
const ARTICLE = String.raw`(?:de |het |the )?`;

/** What is counted, the step, the item named ("komt | na de | strateeg", "hat | after the | coordinator"). */
const PATTERNS: { direction: RelativeStep['direction']; pattern: RegExp }[] = [
  {
    direction: 'next',
    pattern: new RegExp(
      String.raw`(?:^| )(?<counted>\S+) ${NEAR}(?:na|after|following) ${ARTICLE}(?<named>.+)$`,
    ),
  },
  {
    direction: 'next',
    pattern: new RegExp(String.raw`(?:^| )(?<counted>volgt) ${NEAR}op ${ARTICLE}(?<named>.+)$`),
  },
  {
    direction: 'previous',
    pattern: new RegExp(
      String.raw`(?:^| )(?<counted>\S+) ${NEAR}(?:before|preceding) ${ARTICLE}(?<named>.+)$`,
    ),
  },
  // Dutch "voor" only after a verb of place: "het kenmerk voor samenwerking" is the trait *for* it.
  {
    direction: 'previous',
    pattern: new RegExp(
      String.raw`(?:^| )(?<counted>komt|kwam|staat|stond|zit|zat) ${NEAR}voor ${ARTICLE}(?<named>.+)$`,
    ),
  },
];

/** A word one of the patterns needs: most messages have none, and are answered without a pattern. */
const STEP_WORDS = new Set(['na', 'after', 'following', 'op', 'before', 'preceding', 'voor']);

/**
 * Words that count the step: "welke komt", "which one is", "what comes", and the relative pronoun of
 * "de pet die na de coördinator komt", "the hat that comes after the partner".
 */
const COUNTING = new Set(
  'komt kwam staat stond zit zat volgt is s one item onderdeel comes come came goes die dat that which'.split(
    ' ',
  ),
);

/** A step from a named item is said in a few words. */
const MAX_WORDS = 12;

/**
 * The step the text asks for, if it asks for one from a named item.
 * @param itemNouns what one item of some list is called ("pet", "kenmerk", "hat"): knowledge data
 */
export function relativeStep(
  text: string,
  itemNouns: Pick<ReadonlySet<string>, 'has'>,
): RelativeStep | undefined {
  const words = normalizedWords(text);
  if (words.length === 0 || words.length > MAX_WORDS || !words.some((w) => STEP_WORDS.has(w)))
    return undefined;
  const joined = words.join(' ');
  for (const { direction, pattern } of PATTERNS) {
    const found = pattern.exec(joined)?.groups;
    if (!found) continue;
    const counted = found.counted!;
    if (COUNTING.has(counted) || itemNouns.has(counted)) return { direction, named: found.named! };
  }
  return undefined;
}
