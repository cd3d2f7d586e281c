/**
 * "onze balie is slecht bereikbaar via de telefoon, maakt dat uit?", "Why would bad phone
 * availability make people judge our whole organisation badly?": the visitor's own phone and waiting
 * room, which the FAQ discusses as part of a service (the service is personal), not a question how
 * to reach Quanta. The contact details share the words ("telefoon", "bereikbaar") and had won.
 */
import type { Turn } from '../conversation/turn';
import type { Candidate } from '../matching/scorer';
import { CONTACT_ENTRY_ID } from '../knowledge/faqParser';

/**
 * Possessives that make what follows the visitor's own: "onze wachtruimte", "our organisation". Not
 * "we" alone: "kunnen we langskomen?" is a visit to Quanta. Nor Quanta's is an organisation's "its"
 * ("why is a care organisation judged by its staff and how easy it is to reach by phone?").
 */
const OWN = new Set(['onze', 'our', 'its']);
/** Words that address Quanta: "kunnen we jullie bellen?" is still a question how to reach it. */
const ADDRESSED = new Set(['jullie', 'julie', 'u', 'uw', 'you', 'your', 'quanta', 'npm', 'jij', 'je']);

/** The candidates without the contact details, when the question is about the visitor's own organisation. */
export function withoutContactOfOwnOrganisation(turn: Turn, candidates: Candidate[]): Candidate[] {
  const words = turn.words;
  const own = words.some((w) => OWN.has(w)) && !words.some((w) => ADDRESSED.has(w));
  if (!own && !contactOnlyInStory(turn, candidates)) return candidates;
  return candidates.filter((c) => c.entryId !== CONTACT_ENTRY_ID);
}

/**
 * "Ik heb een praktijk als loopbaancoach. Mensen bellen wel, maar haken af … Staat daar iets over?",
 * "Hier in de straat zitten nog drie restaurants. Welke gaat daarover?": the visitor's story shares
 * words with the contact details (calling, a street), but the sentence that asks does not ask how to
 * reach Quanta. The contact details are a candidate only when that sentence alone makes them one.
 */
function contactOnlyInStory(turn: Turn, candidates: readonly Candidate[]): boolean {
  const asked = turn.askedSentence;
  if (asked === undefined || !candidates.some((c) => c.entryId === CONTACT_ENTRY_ID)) return false;
  const contact = turn.deps.matcher
    .match(asked, { preferred: turn.language })
    .candidates.find((c) => c.entryId === CONTACT_ENTRY_ID);
  return (contact?.score ?? 0) < turn.deps.options.suggestThreshold;
}
