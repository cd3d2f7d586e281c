import { describe, expect, it } from 'vitest';
import { questionAfterTopicSwitch, returnsToEarlierTopic } from '../../src/text/topicSwitch';

describe('questionAfterTopicSwitch', () => {
  it.each<[string, string]>([
    ['Nieuwe vraag: wat is sociaal ondernemen?', 'wat is sociaal ondernemen?'],
    ['ok, een andere vraag - wat doet de verkenner?', 'wat doet de verkenner?'],
    ['Ik heb nog een vraag: hoe bereik ik jullie?', 'hoe bereik ik jullie?'],
    ['Compleet ander onderwerp. Wat is vitaal vakmanschap?', 'Wat is vitaal vakmanschap?'],
    ['Oké, iets héél anders: waarom zijn diensten vergankelijk?', 'waarom zijn diensten vergankelijk?'],
    ['even wat anders, wie is Quanta?', 'wie is Quanta?'],
    ['Los daarvan: wat doet de schatbewaarder?', 'wat doet de schatbewaarder?'],
    ['Volgende vraag: welke petten zijn er?', 'welke petten zijn er?'],
    ['Thanks! A different question: what are the nine hats?', 'what are the nine hats?'],
    ['Changing the subject, how do services differ from products?', 'how do services differ from products?'],
    ['On another note: what is vital craftsmanship?', 'what is vital craftsmanship?'],
    ['Something completely different - how can I reach you?', 'how can I reach you?'],
    ['By the way, what does the treasurer do?', 'what does the treasurer do?'],
    ['terug naar de petten', 'de petten'],
    ['ok, nog even terug naar die kenmerken', 'die kenmerken'],
    ['back to the hats please', 'the hats please'],
    // a visitor who stops short first (visitors-df: "wacht" matched "laat wachten")
    ['wacht, terug naar de petten', 'de petten'],
    ['sorry wait, back to the traits', 'the traits'],
    // back, with no topic named: the question follows
    ['ok terug naar het onderwerp: wat zijn de negen petten', 'wat zijn de negen petten'],
    ['back to my question: what is a service?', 'what is a service?'],
    ['ander vraagje: wat is sociaal ondernemen precies?', 'wat is sociaal ondernemen precies?'],
    // said after the question (visitors-dg)
    ['wat zijn de negen petten trouwens', 'wat zijn de negen petten'],
    ['what are the hats btw?', 'what are the hats'],
  ])('%j asks %j', (text, question) => {
    expect(questionAfterTopicSwitch(text)).toBe(question);
  });

  it.each([
    // nothing follows the announcement
    'Andere vraag',
    'new question',
    // the words are the question, not an announcement
    'Andere vragen over de petten',
    'Iets anders dan winst: wat drijft een sociaal ondernemer?',
    'Wat anders is een dienst dan een product?',
    'Anders gezegd: wat is een pet?',
    'Is er een ander onderwerp waar je iets over weet?',
    'volgende',
    'What other topics do you know?',
    // a step in the list on screen, not another topic
    'terug naar de eerste',
    'terug naar de vorige pet',
    'back to the list',
    'back to number 3',
    // a particle after too little to be a question
    'ok trouwens',
    '',
  ])('%j announces no new topic', (text) => {
    expect(questionAfterTopicSwitch(text)).toBeUndefined();
  });
});

describe('returnsToEarlierTopic', () => {
  it.each([
    ['terug naar die kenmerken', true],
    ['Oké, weer even naar de petten', true],
    ['back to the traits', true],
    ['Nieuwe vraag: wat is sociaal ondernemen?', false],
    ['terug naar de eerste', false],
    // the language of the answers, not a topic (visitors-cy)
    ['Terug naar het Nederlands: en wat is de zesde?', false],
    ['back to English please', false],
    ['wat is terugkoppeling', false],
  ])('%j: %s', (text, back) => {
    expect(returnsToEarlierTopic(text)).toBe(back);
  });
});
