import { describe, expect, it } from 'vitest';
import { asksForConsequences, namesConsequences, speaksForAnOrganisation } from '../../src/text/consequences';
import { normalizeText } from '../../src/text/normalize';

const words = (text: string) => normalizeText(text).split(' ');

describe('asksForConsequences', () => {
  it.each([
    'Wat betekenen die vijf kenmerken van diensten voor een gemeente?',
    'Wat zijn de consequenties van die dienstkenmerken voor ons?',
    'welke gevolgen hebben de kenmerken van diensten',
    'What do these service characteristics mean for public organisations?',
    'implications of the five characteristics',
    // what to change, and what all of it implies
    'Wat moet een gemeentelijke dienst nou concreet anders doen, gezien al die eigenschappen?',
    'what should a public organisation do differently?',
    'so what does all of this imply for public organisations?',
    'en wat betekent dit allemaal vr organisaties zoals de onze',
    // what an organisation is to do with it, mind or learn from it; its kind in a compound
    'Maar wat moet een welzijnsorganisatie daar nu in de praktijk mee?',
    'waar moet een zorgorganisatie zoals de mijne dan vooral op letten?',
    'Ik werk bij een gemeente. Waar moeten wij op letten nu we weten dat we vooral diensten leveren?',
    'welke lessen trekken jullie daaruit voor organisaties zoals de onze?',
  ])('%j asks what follows', (text) => {
    expect(asksForConsequences(words(text))).toBe(true);
  });

  it.each([
    'Wat zijn de vijf kenmerken van diensten?',
    'Wat betekent ontastbaar?',
    // "voor" before the meaning word is not "means for"
    'Wat is voor jullie het belangrijkste kenmerk, en wat betekent het?',
    'What does intangible mean?',
    'doen anders dan anderen',
    // the visitor on their own asks what a service is
    'Ik verkoop geen spullen maar advies. Waar moet ik op letten omdat het een dienst is?',
    'hoe moet ik daar mee omgaan volgens die rollen?',
  ])('%j does not', (text) => {
    expect(asksForConsequences(words(text))).toBe(false);
  });
});

describe('namesConsequences and speaksForAnOrganisation', () => {
  it('reads a title that names consequences', () => {
    expect(namesConsequences(words('Gevolgen voor publieke organisaties'))).toBe(true);
    expect(namesConsequences(words('Diensten en producten'))).toBe(false);
  });

  it.each([
    'ik werk bij de gemeente, wat moeten wij anders doen',
    'wat betekent dat voor onze instelling',
    // in the plural, and the council or agency an organisation is
    'wat moeten gemeentes en zorg instellingen anders doen',
    'what should a city council actually do differently?',
    'what does it mean for organisations like ours?',
  ])('%j speaks for an organisation', (text) => {
    expect(speaksForAnOrganisation(words(text))).toBe(true);
  });

  it.each(['wat betekent dat voor mij als zzper', 'wat betekent dat voor onze dienst'])(
    '%j does not',
    (text) => {
      expect(speaksForAnOrganisation(words(text))).toBe(false);
    },
  );
});
