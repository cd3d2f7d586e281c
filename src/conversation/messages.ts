/**
 * Every sentence the bot says of its own (everything that is not FAQ text), per
 * language, so wording can be reviewed in one place and tests can import it.
 */
import type { Language } from '../text/language';
import type { Button } from './reply';
import type { SmallTalkKind } from '../text/smallTalkLexicon';
import type { Position } from '../text/ordinals';

export interface ContactDetails {
  phone?: string;
  email?: string;
}

export interface Messages {
  /** The welcome, naming the FAQ's topics: the titles of its main questions, in page order. */
  welcome: (topics: readonly string[]) => string;
  topicsPrompt: string;
  fallback: (hasSuggestions: boolean) => string;
  contactLine: (contact: ContactDetails) => string;
  clarify: string;
  clarifyOrdinal: (ordinalName: string) => string;
  listPrompt: string;
  itemContext: (position: number, count: number, listTitle: string) => string;
  /** Navigation buttons: what they show, and what a click says. */
  next: Button;
  previous: Button;
  backToList: Button;
  outOfRange: (requested: string, count: number, listTitle: string) => string;
  /** "De middelste" of a list of even length: two items share the middle. */
  twoInTheMiddle: (count: number, listTitle: string) => string;
  /** "Which list?", naming the knowledge's lists by title, in page order. */
  noList: (lists: readonly string[]) => string;
  noFocus: string;
  /** "Een voorbeeld?" right after a fallback or a "Bedoelt u …?": of which of the topics just offered. */
  whichOffered: string;
  endOfList: (listTitle: string) => string;
  startOfList: (listTitle: string) => string;
  nothingMore: (title: string) => string;
  noExample: (title: string) => string;
  examplesOf: (title: string) => string;
  whichItem: (listTitle: string) => string;
  /** A message without words, with one of the FAQ's main questions as an example of what to write. */
  noWords: (example: string | undefined) => string;
  smallTalk: Record<Exclude<SmallTalkKind, 'help'>, string>;
  /** "Wat kan ik vragen?", with some of the FAQ's main questions as examples. */
  help: (questions: readonly string[]) => string;
  translationNote: string;
  originalText: string;
  debugOn: string;
  debugOff: string;
  debugUnavailable: string;
  /** Said when a turn fails inside the bot (the error itself is logged). */
  turnFailed: string;
  /** The feedback pair under an answer, and the thanks for a click. */
  feedback: { question: string; up: string; down: string; thanks: string };
  /** Said once when the bot is added to a Teams team or group chat (not per member). */
  teamIntro: string;
}

const nl: Messages = {
  welcome: (topics) =>
    'Welkom! Ik ben de digitale assistent van Quanta NpM. ' +
    (topics.length > 0
      ? `Ik beantwoord vragen uit onze veelgestelde vragen over:\n\n${bullets(topics)}\n\n`
      : 'Ik beantwoord vragen uit onze veelgestelde vragen. ') +
    'Stel uw vraag in uw eigen woorden, of kies een onderwerp.',
  topicsPrompt: 'Kies een onderwerp, of stel uw vraag in uw eigen woorden.',
  // With suggestions the answer may still be among them: the bot did not find it, which is not
  // the same as the FAQ not having it. Only with nothing near does it say the FAQ is silent.
  fallback: (hasSuggestions) =>
    hasSuggestions
      ? 'Daar kan ik in onze veelgestelde vragen geen antwoord op vinden. Misschien helpt een van deze onderwerpen.'
      : 'Daar heb ik helaas geen antwoord op: het staat niet in onze veelgestelde vragen. Hieronder ziet u waar ik wel over kan vertellen.',
  contactLine: ({ phone, email }) =>
    `Voor andere vragen kunt u contact opnemen met Quanta NpM${phone ? `: bel ${phone}` : ''}${email ? `${phone ? ' of' : ':'} mail ${email}` : ''}.`,
  clarify: 'Ik weet niet zeker welke vraag u bedoelt. Bedoelt u:',
  clarifyOrdinal: (name) => `Van welke lijst bedoelt u de ${name}?`,
  listPrompt: 'Kies een onderdeel voor de uitleg, of vraag bijvoorbeeld naar "de tweede".',
  itemContext: (position, count, listTitle) => `${position} van ${count} · ${listTitle}`,
  next: { title: 'Volgende ›', value: 'volgende' },
  previous: { title: '‹ Vorige', value: 'vorige' },
  backToList: { title: 'Hele lijst', value: 'hele lijst' },
  outOfRange: (requested, count, listTitle) =>
    `"${listTitle}" heeft ${count} onderdelen, dus ${requested} bestaat niet. Kies een van de ${count}:`,
  twoInTheMiddle: (count, listTitle) =>
    `"${listTitle}" heeft ${count} onderdelen, dus er zijn twee middelste. Welke bedoelt u?`,
  noList: (lists) =>
    'Ik weet niet naar welke lijst u verwijst. Vraag eerst naar een lijst' +
    (lists.length > 0 ? `, bijvoorbeeld ${quotedList(lists, 'of')}.` : '.'),
  noFocus: 'Waarover wilt u meer weten? Kies een onderwerp, of stel uw vraag in uw eigen woorden.',
  whichOffered: 'Over welk van deze onderwerpen? Kies er een, of stel uw vraag in uw eigen woorden.',
  endOfList: (listTitle) => `Dat was het laatste onderdeel van "${listTitle}".`,
  startOfList: (listTitle) => `Dat was het eerste onderdeel van "${listTitle}".`,
  nothingMore: (title) => `Meer dan dit staat er in onze veelgestelde vragen niet over "${title}":`,
  noExample: (title) => `Bij "${title}" geven onze veelgestelde vragen geen voorbeeld. Wat ze erover zeggen:`,
  examplesOf: (title) => `Voorbeelden bij "${title}":`,
  whichItem: (listTitle) => `Over welk onderdeel van "${listTitle}" wilt u meer weten?`,
  noWords: (example) =>
    `Ik kan alleen tekst lezen. Stel uw vraag in woorden${example ? `, bijvoorbeeld: "${example}"` : '.'}`,
  smallTalk: {
    // The topics follow as buttons.
    greeting:
      'Hallo! Waarmee kan ik u helpen? Stel gerust een vraag in uw eigen woorden, of kies een onderwerp.',
    thanks: 'Graag gedaan! Heeft u nog een andere vraag?',
    goodbye: 'Tot ziens, en veel succes met uw onderneming!',
    who: 'Ik ben de digitale assistent van Quanta NpM: een computerprogramma, geen mens. Ik antwoord met de tekst van onze veelgestelde vragen.',
    languages:
      'Ja: ik antwoord in het Nederlands en in het Engels. Stel uw vraag gerust in een van beide talen.',
    complaint:
      'Sorry dat ik u niet goed heb geholpen. Ik ken alleen de tekst van onze veelgestelde vragen: stel uw vraag gerust in andere woorden, of kies een onderwerp.',
    howAreYou: 'Goed, dank u! Waarmee kan ik u helpen?',
    acknowledge: 'Fijn! Heeft u nog een vraag?',
    compliment: 'Dank u wel, wat aardig! Waarmee kan ik u verder helpen?',
  },
  help: (questions) =>
    'Ik beantwoord vragen met de tekst van de veelgestelde vragen van Quanta NpM. ' +
    (questions.length > 0 ? `U kunt bijvoorbeeld vragen: ${quotedList(examples(questions), 'of')}. ` : '') +
    'Na een lijst kunt u doorvragen met "de tweede", "volgende", "meer" of de naam van een onderdeel.',
  translationNote: '',
  originalText: '',
  debugOn:
    'Debug-weergave staat aan: onder elk antwoord staan de beste kandidaten met hun scores. Stuur /debug om haar uit te zetten.',
  debugOff: 'Debug-weergave staat uit.',
  debugUnavailable: 'Dat commando is hier niet beschikbaar.',
  turnFailed: 'Sorry, er ging bij mij iets mis. Probeert u het over een ogenblik opnieuw.',
  feedback: { question: 'Was dit antwoord nuttig?', up: '👍', down: '👎', thanks: 'Dank voor uw reactie.' },
  teamIntro:
    'Hallo allemaal! Ik ben de digitale assistent van Quanta NpM en beantwoord vragen uit onze veelgestelde vragen over sociaal ondernemen. ' +
    'Noem mij met @ en stel uw vraag, bijvoorbeeld: "Wat zijn de negen petten?"',
};

const en: Messages = {
  welcome: (topics) =>
    "Welcome! I'm the digital assistant of Quanta NpM. " +
    (topics.length > 0
      ? `I answer questions from our FAQ about:\n\n${bullets(topics)}\n\n`
      : 'I answer questions from our FAQ. ') +
    'Ask your question in your own words, or choose a topic.',
  topicsPrompt: 'Choose a topic, or ask your question in your own words.',
  fallback: (hasSuggestions) =>
    hasSuggestions
      ? "I can't find an answer to that in our FAQ. Perhaps one of these topics helps."
      : "I'm sorry, I have no answer to that: it is not in our FAQ. Below are the topics I can tell you about.",
  contactLine: ({ phone, email }) =>
    `For other questions, please contact Quanta NpM${phone ? `: call ${phone}` : ''}${email ? `${phone ? ' or' : ':'} e-mail ${email}` : ''}.`,
  clarify: "I'm not sure which question you mean. Do you mean:",
  clarifyOrdinal: (name) => `The ${name} of which list do you mean?`,
  listPrompt: 'Choose an item for its explanation, or ask for example for "the second one".',
  itemContext: (position, count, listTitle) => `${position} of ${count} · ${listTitle}`,
  next: { title: 'Next ›', value: 'next' },
  previous: { title: '‹ Previous', value: 'previous' },
  backToList: { title: 'Whole list', value: 'whole list' },
  outOfRange: (requested, count, listTitle) =>
    `"${listTitle}" has ${count} items, so ${requested} does not exist. Choose one of the ${count}:`,
  twoInTheMiddle: (count, listTitle) =>
    `"${listTitle}" has ${count} items, so two are in the middle. Which one do you mean?`,
  noList: (lists) =>
    "I don't know which list you are referring to. Ask for a list first" +
    (lists.length > 0 ? `, for example ${quotedList(lists, 'or')}.` : '.'),
  noFocus: 'What would you like to know more about? Choose a topic, or ask your question in your own words.',
  whichOffered: 'About which of these topics? Choose one, or ask your question in your own words.',
  endOfList: (listTitle) => `That was the last item of "${listTitle}".`,
  startOfList: (listTitle) => `That was the first item of "${listTitle}".`,
  nothingMore: (title) => `Our FAQ says no more than this about "${title}":`,
  noExample: (title) => `Our FAQ gives no example for "${title}". This is what it says:`,
  examplesOf: (title) => `Examples for "${title}":`,
  whichItem: (listTitle) => `Which item of "${listTitle}" would you like to know more about?`,
  noWords: (example) =>
    `I can only read text. Please ask your question in words${example ? `, for example: "${example}"` : '.'}`,
  smallTalk: {
    greeting:
      'Hello! How can I help you? Feel free to ask your question in your own words, or choose a topic.',
    thanks: "You're welcome! Do you have another question?",
    goodbye: 'Goodbye, and good luck with your enterprise!',
    who: "I'm the digital assistant of Quanta NpM: a computer program, not a person. I answer with the text of our FAQ.",
    languages: 'Yes: I answer in English and in Dutch. Feel free to ask your question in either language.',
    complaint:
      "I'm sorry I wasn't more helpful. I only know the text of our FAQ: feel free to ask in other words, or choose a topic.",
    howAreYou: "I'm fine, thank you! How can I help you?",
    acknowledge: 'Great! Do you have another question?',
    compliment: "Thank you, that's kind of you! What else can I help you with?",
  },
  help: (questions) =>
    'I answer questions with the text of the Quanta NpM FAQ. ' +
    (questions.length > 0 ? `You could ask, for example: ${quotedList(examples(questions), 'or')}. ` : '') +
    'After a list you can follow up with "the second one", "next", "more" or the name of an item.',
  translationNote: '_Translated from our Dutch FAQ._',
  originalText: '_Original Dutch text:_',
  debugOn:
    'Debug view is on: the best candidates and their scores appear under every reply. Send /debug to turn it off.',
  debugOff: 'Debug view is off.',
  debugUnavailable: 'That command is not available here.',
  turnFailed: 'Sorry, something went wrong on my side. Please try again in a moment.',
  feedback: {
    question: 'Was this answer helpful?',
    up: '👍',
    down: '👎',
    thanks: 'Thank you for your feedback.',
  },
  teamIntro:
    "Hello everyone! I'm the digital assistant of Quanta NpM and answer questions from our FAQ about social entrepreneurship. " +
    'Mention me with @ and ask your question, for example: "What are the nine hats?"',
};

/** Knowledge titles as a Markdown list, one a line. */
function bullets(titles: readonly string[]): string {
  return titles.map((t) => `- ${t}`).join('\n');
}

/** A few questions to show what one can ask: the first ones the FAQ page has. */
function examples(questions: readonly string[]): readonly string[] {
  return questions.slice(0, 3);
}

/** '"A", "B" of "C"': titles or questions named in a sentence, quoted so they keep their own capitals. */
function quotedList(texts: readonly string[], or: string): string {
  const quoted = texts.map((t) => `"${t}"`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} ${or} ${quoted.at(-1)!}` : (quoted[0] ?? '');
}

const ORDINALS: Record<Language, string[]> = {
  nl: [
    '',
    'eerste',
    'tweede',
    'derde',
    'vierde',
    'vijfde',
    'zesde',
    'zevende',
    'achtste',
    'negende',
    'tiende',
  ],
  en: ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'],
};
const FROM_END: Record<Language, string[]> = {
  nl: ['', 'laatste', 'voorlaatste'],
  en: ['', 'last', 'second last'],
};

/** "tweede", "laatste", "second", "last": an ordinal the visitor used, named back to them. */
export function ordinalName(position: Position, language: Language): string {
  if (position.from === 'middle') return language === 'nl' ? 'middelste' : 'middle one';
  const n = position.value;
  const names = position.from === 'start' ? ORDINALS[language] : FROM_END[language];
  return names[n] ?? (language === 'nl' ? `${n}e` : `${n}th`);
}

/** How a position the visitor asked for is named back to them ("nummer 12", "number 12"). */
export function positionName(n: number, language: Language): string {
  return language === 'nl' ? `nummer ${n}` : `number ${n}`;
}

export const MESSAGES: Record<Language, Messages> = { nl, en };

/** The language of a channel locale ("nl-NL" → nl, "en-US" → en), if it is one the bot speaks. */
export function localeLanguage(locale: string | undefined): Language | undefined {
  const prefix = locale?.slice(0, 2).toLowerCase();
  return prefix === 'nl' || prefix === 'en' ? prefix : undefined;
}
