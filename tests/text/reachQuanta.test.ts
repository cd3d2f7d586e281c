import { describe, expect, it } from 'vitest';
import { asksToReachQuanta } from '../../src/text/reachQuanta';

describe('asksToReachQuanta', () => {
  it.each([
    'Hoe neem ik contact met jullie op voor een gesprek?',
    'ok, hoe kan ik jullie bereiken om hier verder over te praten?',
    'Waar zitten jullie en hoe maak ik een afspraak?',
    'kan ik jullie het beste bellen of mailen?',
    'Hoe bereik ik Quanta NpM?',
    'mag ik bij jullie langskomen',
    'How can I get in touch with you?',
    // getting in touch, without "with you" (visitors-bc)
    'Alright, how can I get in touch to discuss a collaboration?',
    'Can I call someone at Quanta?',
    'how do I call you?',
    'where are you based',
    // their number or address
    'Oké, dan bel ik wel even. Wat is jullie nummer?',
    "what's your phone number",
    'Wie zit er achter deze website en waar zijn jullie gevestigd?',
    // which address, without "jullie"
    'Ik wil graag iemand van jullie citeren, naar welk mailadres kan ik schrijven?',
    'Which email address can I use?',
    // making an appointment, on Quanta's own chat
    'Hoe kan ik een afspraak maken?',
    'hoe maak ik een afspraak bij jullie',
    'How can I book a meeting?',
    'can i book a call w someone',
    'Can I make an appointment for a first talk?',
    'Can I book an appointment with one of your consultants?',
    // to meet, in everyday words
    'Wij zijn een zorgcoöperatie uit Tiel en willen graag eens met jullie om tafel zitten. Hoe regel ik dat?',
    'kunnen we een keer om tafel met jullie?',
    'ik zou graag eens met iemand van jullie om tafel willen over ons buurtzorginitiatief, hoe regel ik dat?',
    'kunnen we met een van jullie adviseurs om tafel?',
    'Kunnen we een afspraak maken voor een kennismakingsgesprek?',
    'kan ik een kennismakingsgesprek aanvragen',
    'mogen we een gesprek plannen met iemand van jullie',
    'Ik wil graag een afspraak maken om dit te bespreken',
    // where to find them, the way the knowledge's own phrasings said it (one everyday word to the matcher)
    'Waar vind ik jullie?',
    'waar is quanta npm te vinden',
    'waar zitten julie eigenlijk?',
    'Where can I find you?',
  ])('%j asks how to reach Quanta', (text) => {
    expect(asksToReachQuanta(text)).toBe(true);
  });

  it.each([
    // Quanta reaches the visitor, not the other way round
    'Kunnen jullie me het werkblad mailen?',
    // reaching someone else
    'Hoe bereik ik mijn doelgroep beter?',
    'Hoe maak ik goede afspraken met partners?',
    'How do I reach new customers?',
    'Wat is sociaal ondernemen?',
    'wat is het nummer van de laatste pet',
    // an appointment with someone else, or a date to book
    'hoe maak ik een afspraak met mijn klant',
    'Kan ik een afspraak maken voor volgende week dinsdag?',
    'kunnen we een gesprek plannen met onze klanten',
    // at the table with someone else
    'hoe krijg ik de gemeente met ons om tafel?',
    'ik wil met iemand van de gemeente om tafel over ons buurtproject',
    'Can I book an appointment with one of your clients?',
    'ik wil een afspraak maken met mijn klant',
    'where can I find more about this',
    'can I book a meeting room for my workshop somewhere',
    // when Quanta may be visited, which the contact details do not say
    'kan ik ook gewoon bij jullie langskomen zonder afspraak?',
    // the name of something, in a Dutch speaker's English ("hoe noem je dat")
    'I am nurse and I want to keep doing my job from what I really find important. How call you that?',
    'What do you call this role?',
  ])('%j does not', (text) => {
    expect(asksToReachQuanta(text)).toBe(false);
  });
});
