/**
 * A new question announced as such: "Andere vraag: …", "Ander onderwerp: …",
 * "Iets heel anders, …", "Los daarvan, …", "New question: …", "Switching
 * topics: …". The announcement says nothing about the topic, and it says that
 * what was in focus no longer is: the question after it is matched on its own.
 */
import { normalizeText } from './normalize';

/** Openers before an announcement: "ok, andere vraag", "thanks! another question". */
const OPENERS = String.raw`(?:(?:ok|oke|okay|goed|prima|top|nou|oh|en|dan|maar|dank je|dank u|bedankt|and|so|but|thanks|thank you|right|well|wacht|wait|sorry|hmm|oops|oeps)\s+)*`;

/**
 * Where "terug naar" / "back to" is a step in the list on screen, or the language of the answers
 * ("Terug naar het Nederlands: en wat is de zesde?", visitors-cy), not another topic.
 */
const NAVIGATION = String.raw`(?:nederlands|engels|dutch|english|vorige|volgende|eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|laatste|begin|start|lijst|lijstje|overzicht|rijtje|previous|next|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|last|beginning|list|overview|nummer|number|nr|\d+)`;

// "terug naar de petten", "back to the hats": an earlier topic again, not a step in the list on screen
// ("terug naar de eerste").
const BACK_DUTCH = String.raw`(?:nog )?(?:even |eens )?(?:terug|weer)(?: even| eens)? (?:naar|over)(?! (?:de |het |die |dat )?${NAVIGATION}\b)`;
const BACK_ENGLISH = String.raw`(?:going |go |let's go |lets go )?back to(?! (?:the |that |this )?${NAVIGATION}\b)`;

// "terug naar het onderwerp: …", "back to the topic: …": going back, with no topic named.
const BACK_TO_THE_TOPIC_DUTCH = String.raw`(?:nog )?(?:even |eens )?terug naar (?:het|ons|mijn|de|onze|m'n) (?:onderwerp|vraag|punt|zaak|thema)`;
const BACK_TO_THE_TOPIC_ENGLISH = String.raw`(?:going |go |let's go |lets go )?back to (?:the|my|our) (?:topic|subject|question|point)`;

const DUTCH = [
  String.raw`(?:ik heb )?(?:nog )?(?:een )?(?:heel |totaal |compleet |geheel )?(?:andere|nieuwe|aparte) (?:vraag|vraagje|onderwerp|kwestie)`,
  String.raw`(?:een )?(?:heel |totaal |compleet |geheel )?ander (?:onderwerp|punt|thema|vraagje)`,
  String.raw`(?:ik heb )?nog (?:een|1) (?:vraag|vraagje)`,
  String.raw`volgende vraag`,
  String.raw`(?:even |nog )?(?:over )?iets (?:heel |totaal |compleet |geheel |helemaal )?anders|even wat anders`,
  String.raw`los daarvan|los van (?:dat|dit)|(?:van )?onderwerp (?:wisselen|veranderen)`,
  String.raw`trouwens|overigens`,
  BACK_TO_THE_TOPIC_DUTCH,
  BACK_DUTCH,
];

const ENGLISH = [
  String.raw`(?:i have )?(?:one more|another|a new|new|a different|different|an unrelated|unrelated|a separate|separate|other|next) (?:question|topic|subject)`,
  String.raw`(?:changing|switching|change|switch|changing the|switching the) (?:topics?|subjects?)`,
  String.raw`(?:on a different|on another|on a separate) (?:note|topic|subject)`,
  String.raw`(?:something|anything) (?:completely |totally |entirely )?(?:else|different)`,
  String.raw`(?:apart|aside) from that|by the way|btw|unrelated|moving on`,
  BACK_TO_THE_TOPIC_ENGLISH,
  BACK_ENGLISH,
];

// Something must follow, and not a comparison: "iets anders dan winst" is a topic, not an announcement.
const ANNOUNCEMENT = new RegExp(
  `^${OPENERS}(?:${[...DUTCH, ...ENGLISH].join('|')})(?= )(?! (?:dan|than)\\b)`,
);

const BACK = new RegExp(`^${OPENERS}(?:${BACK_DUTCH}|${BACK_ENGLISH}) `);

/**
 * "wat zijn de negen petten trouwens?", "what are the hats btw": the announcement said last, after
 * the question (visitors-dg: "trouwens", a word the knowledge does not use, weighed against it).
 */
const TRAILING_ANNOUNCEMENT = /[\s,]+(?:trouwens|overigens|btw|by the way)[\s?!.]*$/i;
const MIN_QUESTION_WORDS = 3;

/** Whether the text goes back to a topic of before ("terug naar die kenmerken", "back to the hats"). */
export function returnsToEarlierTopic(text: string): boolean {
  return BACK.test(normalizeText(text));
}

/** Runs of letters and digits (with their accents): the words normalizeText keeps. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * The question after an announcement of a new topic, in the visitor's own characters;
 * undefined when the text announces nothing or nothing follows the announcement.
 */
export function questionAfterTopicSwitch(text: string): string | undefined {
  const trailing = TRAILING_ANNOUNCEMENT.exec(text);
  // Only after a question of some words: "ok trouwens" announces nothing.
  if (trailing && normalizeText(text.slice(0, trailing.index)).split(' ').length >= MIN_QUESTION_WORDS)
    return text.slice(0, trailing.index);
  const announced = ANNOUNCEMENT.exec(normalizeText(text))?.[0];
  if (!announced) return undefined;
  const count = announced.split(' ').length;
  const ends = [...text.matchAll(WORD)].map((m) => m.index + m[0].length);
  const cut = ends[count - 1];
  // Words normalizeText joins or splits ("e-mail", "what's") would shift the count: then nothing is cut.
  if (cut === undefined || normalizeText(text.slice(0, cut)) !== announced) return undefined;
  const question = text.slice(cut).replace(/^[^\p{L}\p{N}]+/u, '');
  return question === '' ? undefined : question;
}
