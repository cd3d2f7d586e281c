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
import { normalizeText } from './normalize';
import { recogniseSmallTalk, type SmallTalk, type SmallTalkWords } from './smallTalkRecogniser';
import { QUESTION_WORDS } from './questionSentence';
import { SAYS_WHO } from './fillerWords';

/** A greeting answers a message whose rest only says who writes ("ik ben …", "wij zijn …", "I'm …"). */
const SELF_INTRODUCTION = new RegExp(`^(${SAYS_WHO})\\b`);

/** "Ik werk bij een gemeente en vroeg me af wat het verschil is …", "bedankt, wat is een pet": a question without its mark. */
const ASKS_INDIRECTLY = new RegExp(`\\b(${QUESTION_WORDS}|whether|(vraag|vroeg) me af|wonder|wondering)\\b`);
/** "hier kan ik wel wat mee", "ik heb er nog wat aan": "wat" as "something", which asks nothing. */
const SOMETHING = /\b(wel|nog|ook|even|er|al|best|toch|heel) wat\b/g;

function asksIndirectly(clause: string): boolean {
  return ASKS_INDIRECTLY.test(clause.replace(SOMETHING, '$1'));
}

/**
 * @param asksSomething whether a clause is a step or a wish after all ("bedankt, de volgende graag"):
 *   the follow-up and ordinal recognisers, which know the lists' item nouns
 */
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
  if (clauses.length < 2) return undefined;
  const first = recogniseSmallTalk(clauses[0]!, memory);
  const last = recogniseSmallTalk(clauses.at(-1)!, memory);
  const found = kindAtAnEnd(first, last, clauses);
  if (!found) return undefined;
  // Only now, for the few messages with small talk at an end: the rest asks nothing, not even without
  // a question mark ("bedankt, wat is een pet"), nor as a step or an ordinal. Praise is no step,
  // whoever it is for ("Dank je wel, heel nuttig voor mijn stichting": "nuttig" asks what use an
  // answer is only as a question; visitors-cy).
  const remark = clauses.filter((_, i) => !(i === 0 && first) && !(i === clauses.length - 1 && last));
  const praise = (clause: string) =>
    recogniseSmallTalk(withoutBeneficiary(clause), memory)?.kind === 'compliment';
  if (remark.some(asksIndirectly) || clauses.some((c) => !praise(c) && asksSomething(c))) return undefined;
  return found;
}

/** "heel nuttig voor mijn stichting", "very useful for our team": the praise without whom it helps. */
function withoutBeneficiary(clause: string): string {
  return clause.replace(BENEFICIARY, '');
}
const BENEFICIARY = / (?:voor|for) (?:mijn|mn|ons|onze|me|mij|my|our|us)(?: \S+)?$/;

/** Thanks or a goodbye at either end, or a greeting before who writes ("Goedemorgen, ik ben …"). */
function kindAtAnEnd(
  first: SmallTalk | undefined,
  last: SmallTalk | undefined,
  clauses: readonly string[],
): SmallTalk | undefined {
  const closing = [last, first].find((talk) => talk?.kind === 'thanks' || talk?.kind === 'goodbye');
  if (closing) return closing;
  if (first?.kind !== 'greeting') return undefined;
  // "hello, i am volunteer at foodbank in Utrecht, my english is not so good sorry": who writes, and
  // an apology, ask nothing (visitors-ct).
  const rest = clauses.slice(1);
  const saysNoMore = rest.every((clause) => SELF_INTRODUCTION.test(clause) || APOLOGY.test(clause));
  return rest.length > 0 && saysNoMore ? first : undefined;
}

/** An apology, for the hour or for one's language: "sorry for the late question", "mijn Nederlands is niet zo goed". */
const APOLOGY =
  /^(?:sorry|excuses|excuus|sorry voor|apologies)\b|\b(?:sorry|excuses)$|^(?:my|mijn) (?:english|dutch|engels|nederlands) is\b/;
