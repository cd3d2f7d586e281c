/**
 * The intents in the order they are tried; the first that recognises the
 * message handles it. Specific before general: a button payload is certain,
 * small talk and follow-ups are short, anything else is a question.
 */
import type { Intent } from './types';
import { feedback } from './feedback';
import { buttonPayload } from './buttonPayload';
import { noWords } from './noWords';
import { debugCommand } from './debugCommand';
import { smallTalk, smallTalkWithRemarkIntent } from './smallTalk';
import { inLanguage } from './inLanguage';
import { navigate } from './navigate';
import { moreOrExample } from './moreOrExample';
import { wholeOfFocus } from './wholeOfFocus';
import { ordinal } from './ordinal';
import { besideItem } from './besideItem';
import { sameInOtherList } from './sameInOtherList';
import { whichItem } from './whichItem';
import { reachQuanta } from './reachQuanta';
import { faqQuestion } from './faqQuestion';

export const INTENTS: readonly Intent[] = [
  feedback, // before buttonPayload: its payload names an entry too
  buttonPayload,
  noWords,
  debugCommand,
  smallTalk,
  inLanguage, // before the follow-ups: "can you explain that in English?" asks for no other explanation
  navigate,
  moreOrExample,
  wholeOfFocus,
  ordinal,
  besideItem,
  sameInOtherList,
  whichItem,
  reachQuanta,
  smallTalkWithRemarkIntent,
  faqQuestion,
];

export type { Intent, Outcome } from './types';
