/**
 * Does the question compare something with something else ("Wat is het
 * verschil tussen sociaal ondernemen en MVO?", "Is a social enterprise just a
 * charity?")? Then it is only answerable when the FAQ describes both things:
 * the sides are returned so the caller can check that it knows their words.
 */
import { normalizedWords } from './normalize';
import { sentences } from './questionSentence';

/**
 * Words that open the part naming one compared thing, up to the end of the sentence or the next
 * opener ("verschil tussen A en B": A after "tussen", B after "en"). Each pattern is matched on the
 * normalised words joined by spaces.
 */
const COMPARISONS: readonly RegExp[] = [
  /\b(?:verschil|verschillen|onderscheid) tussen (?<a>.+?) en (?<b>.+)$/,
  /\bdifferences? between (?<a>.+?) and (?<b>.+)$/,
  /\b(?:verschil|verschillen|onderscheid) (?:met|van|ten opzichte van) (?<b>.+)$/,
  /\bdifferences? (?:with|from|to) (?<b>.+)$/,
  /\bverschilt? (?:\S+ ){0,4}?(?:van|met) (?<b>.+)$/,
  /\bdiffers? (?:\S+ ){0,4}?from (?<b>.+)$/,
  /\b(?<a>.+?) (?:vs|versus) (?<b>.+)$/,
  /\b(?:hetzelfde|dezelfde|hetzelfde ding|gelijk) (?:als|aan) (?<b>.+)$/,
  /\b(?:the same|the same thing) as (?<b>.+)$/,
  /\b(?:vergeleken|in vergelijking) met (?<b>.+)$/,
  // "waarin dienstverlening anders is dan iets verkopen wat je kunt vastpakken" (visitors-ct)
  /\b(?:waarin|hoe|waarom) (?<a>.+?) (?:zo )?anders (?:is |zijn |werkt |werken )?dan (?<b>.+)$/,
  /\b(?:how|why|in what way) (?:is|are) (?<a>.+?) (?:so )?different (?:from|than|to) (?<b>.+)$/,
  /\bcompared (?:to|with) (?<b>.+)$/,
  /\bniet (?:gewoon|hetzelfde als|eigenlijk) (?<b>(?:een|de|het) .+)$/,
  /\b(?:just|simply|basically) (?<b>(?:a|an|the) .+)$/,
];

/**
 * A word each pattern above needs: a text without any of them compares nothing (most texts). In a
 * comparison they name no list's items either (ordinal.ts: "how is that different from the fourth?").
 */
export const COMPARING_WORDS: ReadonlySet<string> = new Set(
  'verschil verschillen verschilt onderscheid difference differences differ differs vs versus hetzelfde dezelfde gelijk same vergeleken vergelijking compared niet just simply basically anders different'.split(
    ' ',
  ),
);

/** Words that end a compared thing: what follows is no longer its name ("… en MVO precies?"). */
const TRAILING = new Set(['precies', 'eigenlijk', 'nou', 'dan', 'exactly', 'really', 'then']);

/**
 * The compared things of the first sentence that compares, each as its normalised words; undefined
 * when no sentence compares. Only the sides the sentence names: "hoe verschilt dat van een stichting"
 * gives ["een stichting"].
 */
export function comparedSides(text: string): string[][] | undefined {
  if (!normalizedWords(text).some((w) => COMPARING_WORDS.has(w))) return undefined;
  for (const sentence of sentences(text)) {
    const joined = normalizedWords(sentence).join(' ');
    for (const pattern of COMPARISONS) {
      const groups = pattern.exec(joined)?.groups;
      if (!groups) continue;
      return [groups.a, groups.b]
        .filter((side): side is string => side !== undefined)
        .map((side) => trimmed(side.split(' ')));
    }
  }
  return undefined;
}

function trimmed(words: string[]): string[] {
  let end = words.length;
  while (end > 0 && TRAILING.has(words[end - 1]!)) end--;
  return words.slice(0, end);
}
