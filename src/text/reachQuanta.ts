/**
 * Does the visitor ask how to reach Quanta: "hoe neem ik contact met jullie op
 * voor een gesprek?", "hoe kan ik jullie bereiken om hier verder over te
 * praten?", "waar zitten jullie en hoe maak ik een afspraak?", "how can I get in
 * touch with you?". The contact details answer that, whatever else the question
 * names: its other words ("gesprek", "praten", "afspraak") belong to entries
 * about services, traits and hats, and outscored the contact entry.
 *
 * The visitor reaches Quanta, not the other way round: "kunnen jullie me dat
 * mailen?" asks Quanta to send something. Over the development sets (holdouts
 * not read) these patterns matched 342 questions and turns on 2026-12-07, all labelled contact.
 */
import { normalizeText } from './normalize';
import { anyOf } from './anyPattern';

const ADDRESSEE = '(jullie|u|quanta( npm)?)';
/** Quanta or someone who works there. */
const QUANTA_PEOPLE = `(${ADDRESSEE}|iemand (van|bij) (jullie|quanta)|een van jullie( \\S+)?)`;
const REACH_QUANTA = [
  new RegExp(`\\bcontact (opnemen|op te nemen|met ${QUANTA_PEOPLE})\\b`),
  new RegExp(
    `\\b(ik|we|wij|je|men) (\\S+ ){0,2}${ADDRESSEE} (\\S+ ){0,2}(bereiken|bellen|opbellen|mailen|e mailen|emailen|spreken|benaderen|contacteren|appen)\\b`,
  ),
  new RegExp(`\\b(bereik|bel|mail|spreek|benader) (ik|je|we|wij) ${ADDRESSEE}\\b`),
  new RegExp(`\\b(bij|naar) ${ADDRESSEE} (\\S+ ){0,2}(langskomen|langs komen|langs|op bezoek|op kantoor)\\b`),
  new RegExp(`\\bafspraak (\\S+ )?met (${ADDRESSEE}|iemand van)\\b`),
  // "willen graag eens met jullie om tafel zitten": to meet (visitors-bj).
  // "met iemand van jullie om tafel", "met een van jullie adviseurs om tafel": Quanta's people (visitors-bl).
  new RegExp(`\\b(met|bij) ${QUANTA_PEOPLE} (\\S+ ){0,2}om (de )?tafel\\b`),
  new RegExp(`\\bom (de )?tafel (\\S+ ){0,2}(met|bij) ${QUANTA_PEOPLE}\\b`),
  // "hoe kan ik een afspraak maken?" on Quanta's own chat: how to reach them (a date to book is not).
  /\bhoe (kan|kun|moet|maak) (ik|je|we|wij) (\S+ ){0,2}afspraak( maken| plannen| inplannen)?( (bij|met) (jullie|u|quanta))?$/,
  /\b(ik|we|wij) (wil|willen|zou|zouden) (graag )?(\S+ ){0,2}(een )?(afspraak|kennismakingsgesprek|kennismaking|gesprek) (maken|plannen|inplannen|aanvragen)( (met (jullie|u|quanta|iemand( van jullie)?)|om (dit|dat|het|dit verder|dat verder) (te )?(bespreken|door te spreken)))?$/,
  /\b(kunnen|kan|kun|mag|mogen) (ik|we|wij) (\S+ ){0,2}(een )?(afspraak|kennismakingsgesprek|kennismaking|kennismakingsafspraak|belafspraak|(eerste |vrijblijvend )?gesprek) (maken|plannen|inplannen|aanvragen|vastleggen)( voor (een )?(kennismakingsgesprek|kennismaking|(eerste |vrijblijvend )?gesprek|intake)| met (jullie|u|quanta|iemand( van jullie)?))?$/,
  /\bhow (can|do|could) (i|we) (make|book|schedule|set up) (an appointment|a meeting)( with (you|quanta))?$/,
  // "can i book a call w someone": a call or meeting booked on Quanta's own chat is with Quanta.
  // "Can I make an appointment for a first talk?": a first meeting, with Quanta. "… with one of your
  // consultants?": Quanta's own (visitors-bk).
  /\b(can|could|may) (i|we) (book|schedule|arrange|set up|plan|make) (a|an) (call|phone call|meeting|appointment|chat)( (w|with) (someone|somebody|you|one of you|one of your (consultants|advisors|advisers|experts)|an advisor|a consultant))?( for (a|an) (first |initial |introductory )?(talk|chat|conversation|meeting|intake))?$/,
  /\bwaar (zitten|zit) (jullie|julie|quanta)\b/,
  /\bwaar (vind|kan ik vinden) (ik|je|men)? ?(jullie|quanta)\b/,
  /\bwaar (is|zijn) (jullie|quanta( npm)?) te vinden\b/,
  /\bwaar (zijn|is) (jullie|quanta( npm)?) gevestigd\b/,
  /\b(contact|reach|call|phone|ring|email|e mail|mail|visit|get in touch with|get hold of|talk to|speak to|speak with|meet) (you|quanta|someone (at|from) quanta|your (team|office|staff))\b/,
  // "how can I get in touch to discuss a collaboration?": getting in touch on Quanta's own chat is with
  // Quanta, also without "with you" (visitors-bc).
  /\bhow (can|do|could|should) (i|we) (get in touch|reach out|make contact)\b/,
  /\bwhere are you (based|located)\b/,
  /\bwhere (can|do|could) (i|we) find (you|quanta)\b/,
  // "naar welk mailadres kan ik schrijven?", "which email address can I use?": asked without "jullie".
  /\b(welk|welke|which|what) (e ?mail ?adres|mail ?adres|telefoon ?nummer|tel ?nummer|e ?mail ?address|email|phone ?number)\b/,
  // "wat is jullie nummer?", "what's your phone number": Quanta's own number or address.
  /\b(jullie|uw|your|quantas?( npm)?) (telefoon ?nummer|tel ?nummer|telnr|nummer|mail ?adres|e ?mail ?adres|e ?mail|adres|phone ?number|number|phone|e ?mail ?address|address)\b/,
];
/** The list as one pattern (anyPattern.ts): every turn asks it. */
const ANY_REACH_QUANTA = anyOf(REACH_QUANTA);

/**
 * "kan ik ook gewoon bij jullie langskomen zonder afspraak?": when Quanta may be visited, which the
 * contact details do not say (questionType reads it as a fact question).
 */
const ASKS_WHEN = /\b(zonder (een )?afspraak|without an appointment|walk in|openingstijden|opening hours)\b/;

/**
 * "How call you that role?", "what do you call this": the name of something, not a phone call. The
 * first is how a Dutch speaker puts it ("hoe noem je dat"); its "call you" read as calling Quanta
 * (visitors-ci).
 */
const ASKS_A_NAME =
  /\b(how|what) (do |would |should |did )?(you )?call (you )?(that|this|it|them|these|those|such)\b/;

export function asksToReachQuanta(text: string): boolean {
  const question = normalizeText(text);
  return !ASKS_WHEN.test(question) && !ASKS_A_NAME.test(question) && ANY_REACH_QUANTA.test(question);
}
