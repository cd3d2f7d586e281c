/**
 * Pruned retrieval, for knowledge bases far larger than the FAQ: the k best
 * candidates of exhaustive scoring, found without scoring every entry that
 * shares a word with the question. Someone tuning the matcher need not read
 * this folder: the scores are those of the scoring rule (../scoreFormula.ts),
 * and tests/matching/pruned checks that they are identical.
 */
export { topCandidates, type Retrieval } from './topCandidates';
export { RankFloor } from './rankFloor';
export { buildPostings, type Postings } from './postings';
