import { describe, expect, it } from 'vitest';
import { withoutLetterFrame } from '../../src/text/letterFrame';

describe('withoutLetterFrame', () => {
  it.each<[string, string]>([
    [
      'Geachte dames en heren, Welke karaktertrek noemt u? Met vriendelijke groet, T. Bakker',
      'Welke karaktertrek noemt u?',
    ],
    [
      'Geachte heer, mevrouw, Wat verstaat u onder X? Hoogachtend, mr. G. Hendriks',
      'Wat verstaat u onder X?',
    ],
    ['Geachte heer/mevrouw, welke rol is dat?', 'welke rol is dat?'],
    ['Beste Quanta, wat is sociaal ondernemen?', 'wat is sociaal ondernemen?'],
    ['Wat zijn de kenmerken? Groeten, Els', 'Wat zijn de kenmerken?'],
    [
      'Dear Sir or Madam, what is a social enterprise? Kind regards, John Smith',
      'what is a social enterprise?',
    ],
    ['Dear Sir/Madam, who keeps the books? With kind regards, E. Thompson', 'who keeps the books?'],
  ])('%j → %j', (text, body) => {
    expect(withoutLetterFrame(text)).toBe(body);
  });

  it.each<[string]>([
    // no comma or colon closes a salutation: "beste" is the adjective
    ['Beste manier om klanten te binden?'],
    // a greeting in the middle of a sentence is what is asked about
    ['Hoe zit het met de vriendelijke groet van de relatiebeheerder aan klanten?'],
    // a closing followed by a question is no signature
    ['Met vriendelijke groet, maar wat is de strateeg?'],
    // nothing would be left: small talk reads it whole
    ['Met vriendelijke groet'],
  ])('leaves %j as it is', (text) => {
    expect(withoutLetterFrame(text)).toBe(text);
  });
});
