/**
 * Small talk with a remark beside it: "Dank je, ik ga aan de slag.", "Haha ok, only nine of course.
 * Thanks a lot!", "Goedemorgen, ik ben praktijkmanager bij een huisartsenpraktijk." The whole message
 * is not small talk (recogniseSmallTalk refuses it: the remark says more), but it asks nothing: the
 * thanks, goodbye or greeting at its start or end is what to answer. An answer from the FAQ to the
 * remark ("aan de slag" is the trait of action) would be a wrong answer.
 *
 * Only for a message without a question mark, none of whose clauses is a follow-up or an ordinal
 * ("bedankt, de volgende graag" is a step through the list).
 */
import type { Language } from './language';
import { normalizeText } from './normalize';
import { recogniseSmallTalk, type SmallTalk, type SmallTalkWords } from './smallTalkRecogniser';

/** A greeting answers a message whose rest only says who writes ("ik ben …", "wij zijn …", "I'm …"). */
const SELF_INTRODUCTION: Record<Language, RegExp> = {
  nl: /^(ik ben|ik werk|wij zijn|we zijn|mijn naam is|ik heet)\b/,
  en: /^(i m|im|i am|i work|we are|we re|my name is)\b/,
};

/**
 * @param asksSomething whether a clause is a step or a wish after all ("bedankt, de volgende graag"):
 *   the follow-up and ordinal recognisers, which know the lists' item nouns
 */
/** "Ik werk bij een gemeente en vroeg me af wat het verschil is …", "bedankt, wat is een pet": a question without its mark. */
const ASKS_INDIRECTLY =
  /\b(wat|welke|welk|hoe|waarom|wie|waar|wanneer|what|which|how|why|who|where|when|whether|(vraag|vroeg) me af|wonder|wondering)\b/;

export function smallTalkWithRemark(
  text: string,
  asksSomething: (clause: string) => boolean,
  memory?: SmallTalkWords,
): SmallTalk | undefined {
  if (text.includes('?')) return undefined;
  const clauses = text
    .split(/[.!,;:]+/)
    .map((clause) => normalizeText(clause))
    .filter(Boolean);
  if (clauses.length < 2 || clauses.some(asksSomething)) return undefined;
  const talk = clauses.map((clause) => recogniseSmallTalk(clause, memory));
  // The remark asks nothing, not even without a question mark ("bedankt, wat is een pet").
  if (clauses.some((clause, i) => !talk[i] && ASKS_INDIRECTLY.test(clause))) return undefined;
  const [first, last] = [talk[0], talk.at(-1)];
  const closing = [last, first].find((t) => t?.kind === 'thanks' || t?.kind === 'goodbye');
  if (closing) return closing;
  if (first?.kind !== 'greeting' || clauses.length !== 2) return undefined;
  const rest = clauses[1]!;
  return SELF_INTRODUCTION.nl.test(rest) || SELF_INTRODUCTION.en.test(rest) ? first : undefined;
}
