/** What the logs and the conversation memory keep of a visitor's text: nothing that identifies them. */
import { describe, expect, it } from 'vitest';
import { redactPersonalData } from '../../src/text/redact';

describe('redactPersonalData', () => {
  it.each([
    ['mijn mail is a.b+c@firma.co.uk', 'mijn mail is [e-mail]'],
    ['bel +31 6 1234 5678', 'bel [nummer]'],
    ['IBAN NL91ABNA0417164300 graag', 'IBAN [rekeningnummer] graag'],
    ['ik woon op 4105 EP', 'ik woon op [postcode]'],
    ['zie https://example.nl/pad?x=1', 'zie [url]'],
    ['Wat zijn de negen petten?', 'Wat zijn de negen petten?'],
    ['kijk op WWW.quanta.nl', 'kijk op [url]'],
    ['HTTP://quanta.nl/faq', '[url]'],
  ])('%s', (input, expected) => {
    expect(redactPersonalData(input)).toBe(expected);
  });
});
