import { describe, expect, it } from 'vitest';
import { comparedSides } from '../../src/text/comparison';

describe('comparedSides', () => {
  it.each([
    ['Wat is het verschil tussen sociaal ondernemen en MVO?', [['sociaal', 'ondernemen'], ['mvo']]],
    // "anders … dan" after a question word names both sides (visitors-ct)
    [
      'Ik moet weten waarin dienstverlening anders is dan spullen verkopen.',
      [['dienstverlening'], ['spullen', 'verkopen']],
    ],
    ['How are services different from products?', [['services'], ['products']]],
    [
      'verschil tussen een dienst en een product precies',
      [
        ['een', 'dienst'],
        ['een', 'product'],
      ],
    ],
    [
      "What's the difference between a social enterprise and a charity?",
      [
        ['a', 'social', 'enterprise'],
        ['a', 'charity'],
      ],
    ],
    ['Ik heb een stichting. Hoe verschilt dat van een ANBI?', [['een', 'anbi']]],
    ['how does it differ from a cooperative', [['a', 'cooperative']]],
    ['Is een sociale onderneming niet gewoon een goed doel?', [['een', 'goed', 'doel']]],
    ['is a social enterprise just a charity', [['a', 'charity']]],
    [
      'sociaal ondernemen vs maatschappelijk ondernemen',
      [
        ['sociaal', 'ondernemen'],
        ['maatschappelijk', 'ondernemen'],
      ],
    ],
    ['is dat hetzelfde als een B Corp?', [['een', 'b', 'corp']]],
  ])('%s', (text, sides) => {
    expect(comparedSides(text)).toEqual(sides);
  });

  it.each([
    'Wat is sociaal ondernemen?',
    'Waarin verschillen diensten van producten?',
    'Maakt het verschil of ik een dienst of een product lever?',
    'Welke pet hoort bij het bijhouden van de boekhouding?',
    // a story's "anders dan" without a question word compares nothing asked
    'Ik doe het anders dan mijn collega.',
  ])('finds no comparison in "%s"', (text) => {
    expect(comparedSides(text)).toBeUndefined();
  });
});
