import { describe, expect, it } from 'vitest';
import { smallTalkWithRemark } from '../../src/text/smallTalkRemark';
import { recogniseFollowUp } from '../../src/text/followUpWords';
import { findOrdinal } from '../../src/text/ordinals';

const asksSomething = (clause: string) =>
  recogniseFollowUp(clause) !== undefined || findOrdinal(clause) !== undefined;

describe('smallTalkWithRemark', () => {
  it.each([
    ['Dank je, ik ga aan de slag.', 'thanks'],
    ['Bedankt, mijn les is bijna klaar', 'thanks'],
    ['Haha ok, only nine of course. Thanks a lot!', 'thanks'],
    ['Merci, plezant gesprek!', 'thanks'],
    // "wel wat" is "something", not the question word (visitors-cu)
    ['Dank je, hier kan ik wel wat mee!', 'thanks'],
    ['Goedemorgen, ik ben praktijkmanager bij een huisartsenpraktijk.', 'greeting'],
    // praise, whoever it is for, is no question what use an answer is (visitors-cy)
    ['Dank je wel, heel nuttig voor mijn stichting.', 'thanks'],
    ['Thanks, very useful for our team', 'thanks'],
    // who writes, and an apology for their language, ask nothing (visitors-ct)
    ['hello, i am volunteer at foodbank in Utrecht, my english is not so good sorry', 'greeting'],
    ['Hallo, sorry, mijn Nederlands is niet zo goed', 'greeting'],
  ])('%j is small talk (%s) beside a remark', (text, kind) => {
    expect(smallTalkWithRemark(text, asksSomething)?.kind).toBe(kind);
  });

  it.each([
    // a question, with or without its mark
    'Bedankt. Wat is de volgende?',
    'Goedemiddag. Ik werk bij een gemeente en vroeg me af wat het verschil is tussen diensten en producten.',
    // a greeting before a request that names a topic
    'Hallo, ik wil iets weten over de petten',
    'Hallo, sorry, ik wil iets weten over de petten',
    // a step through the list or an item
    'bedankt, de volgende graag',
    'bedankt, en wat kan ik daar mee',
    'merci, en de derde',
    'bedankt, is dat nuttig voor mijn stichting',
    // small talk as a whole is recogniseSmallTalk's
    'bedankt',
  ])('%j is not', (text) => {
    expect(smallTalkWithRemark(text, asksSomething)).toBeUndefined();
  });
});
