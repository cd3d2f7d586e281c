/**
 * "Waar hoort dit eigenlijk bij, wat is het grotere verhaal?", "what is this part of?": the visitor
 * asks for the whole that the entry just shown belongs to (a list item's list, the answer an excerpt
 * was cut from), not for another topic. Read on the normalised message.
 */
import { anyOf } from './anyPattern';

const POINTER = String.raw`(?:dit|dat|die|deze|het|dit allemaal|die twee|deze twee|dat allemaal)`;
const EN_POINTER = String.raw`(?:this|that|it|these|those|these two|those two|all this|all that)`;

const PART_OF_PATTERNS = [
  // "waar hoort dit (eigenlijk) bij", "waar die twee bij horen"
  new RegExp(String.raw`\bwaar (?:hoort|horen) ${POINTER} (?:\S+ )?bij\b`),
  new RegExp(String.raw`\bwaar ${POINTER} (?:\S+ )?bij (?:hoort|horen)\b`),
  // "wat is het grotere verhaal / geheel / plaatje"
  /\b(?:het|een) (?:grotere|groter|overkoepelende) (?:verhaal|geheel|plaatje|kader|onderwerp)\b/,
  // "van welk onderwerp is dit een onderdeel", "waar maakt dit deel van uit", "onderdeel van wat"
  new RegExp(String.raw`\bwaar (?:maakt|maken) ${POINTER} (?:\S+ )?(?:deel|onderdeel) van uit\b`),
  /\b(?:onderdeel|deel) van wat\b/,
  // "en het hele stuk waar dat onder valt?" (visitors-dv). Not "waar valt dat onder?" alone: after
  // a description ("ik lees veel over wat andere zorgaanbieders doen, waar valt dat onder?") it asks
  // which item the thing described is (visitors-ax).
  // (not "het hele verhaal": "wat betekent dat hele verhaal voor ons?" asks for consequences)
  /\bhet hele (?:stuk|hoofdstuk) waar\b/,
  new RegExp(String.raw`\bwhat (?:is|are) ${EN_POINTER} (?:\S+ )?part of\b`),
  new RegExp(String.raw`\bwhat (?:does|do) ${EN_POINTER} (?:\S+ )?belong to\b`),
  new RegExp(String.raw`\bwhere (?:does|do) ${EN_POINTER} (?:\S+ )?(?:fit in|belong|come from)\b`),
  /\bthe (?:bigger|larger|wider|overall) (?:picture|story|topic|framework)\b/,
  // "are these part of some bigger idea?", "r these part of a larger framework?", "is dat deel van
  // een groter verhaal?" (visitors-ec), "is da deel van een groter rijtje?" (visitors-eb)
  /\b(?:part|deel|onderdeel) van (?:een|iets|something) (?:groter|grotere|overkoepelend|overkoepelende)\b/,
  /\bpart of (?:a|some|something|an|one) (?:bigger|larger|wider|overall|broader)\b/,
];
const ANY_PART_OF = anyOf(PART_OF_PATTERNS);

/** Whether the (normalised) message asks what the entry shown belongs to. */
export function asksWhatItIsPartOf(normalized: string): boolean {
  return ANY_PART_OF.test(normalized);
}
