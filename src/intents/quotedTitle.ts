/**
 * "m'n coördinator had het laatst steeds over 'sociaal ondernemen'. Wat moet ik
 * me daarbij voorstellen?": the one phrase a visitor quotes, when it is an
 * entry's title, is what they ask about, whatever else the message names (here
 * the coordinator, a person, not the hat; visitors-be, -bf). So is a passage of
 * three or more words quoted from one entry's text ("bij de kenmerken lees ik
 * 'doen staat voorop'"; knowledge/entryTitles.ts, entryQuoted).
 */
import type { Turn } from '../conversation/turn';
import type { Candidate } from '../matching/scorer';

/**
 * The candidates with the entry quoted (by its title or from its text) first, ahead of the others and
 * sure enough to be answered; the same array otherwise (mutable only because its callers' are).
 */
export function withQuotedTitle(turn: Turn, candidates: Candidate[]): Candidate[] {
  const entryId = turn.quotedEntryId;
  const quoted = entryId === undefined ? undefined : candidates.find((c) => c.entryId === entryId);
  if (!quoted || quoted.score <= 0) return candidates;
  const { answerThreshold, answerCoverage, clarifyMargin } = turn.deps.options;
  const others = candidates.filter((c) => c !== quoted);
  const best = others[0];
  // Ahead of the next by more than a near tie, so it is answered, not asked back; what of the question
  // it covers, it covers as well as an answer must: the rest of the words are context.
  const score = Math.min(
    1,
    Math.max(quoted.score, answerThreshold, best ? best.score + clarifyMargin + AHEAD : 0),
  );
  const coverage = Math.max(quoted.coverage, answerCoverage, best?.coverage ?? 0);
  return [{ ...quoted, score, coverage }, ...others];
}

const AHEAD = 0.01;
