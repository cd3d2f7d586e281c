/**
 * What a word says where it stands in the visitor's words (normalised): the frame of the question,
 * dropped like a stopword ("toon me de petten", "val ik onder …", "als oprichter"), another word the
 * knowledge uses ("je aanbod beter maken": "verbeteren"), or itself. Each rule needs the words around
 * the word, which the per-word analysis (remembered per word) cannot see. The rules live by theme:
 * questionFrame.ts, whoseWords.ts, otherReadings.ts.
 */
import { framesTheQuestion } from './questionFrame';
import { namesWhoAsksOrWhoAnswers } from './whoseWords';
import { readingAsAnotherWord } from './otherReadings';
import { DROPPED, type Reading } from './reading';

/** How the word at `at` reads in its sentence. */
export function readingInContext(words: readonly string[], at: number): Reading {
  if (framesTheQuestion(words, at) || namesWhoAsksOrWhoAnswers(words, at)) return DROPPED;
  const other = readingAsAnotherWord(words, at);
  return other === null ? words[at] : other;
}
