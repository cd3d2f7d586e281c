import { describe, expect, it } from 'vitest';
import { quotedPhrase, quotedPhrases } from '../../src/text/quotedPhrases';

describe('quotedPhrases', () => {
  it.each<[string, string[]]>([
    ["m'n coördinator had het steeds over 'sociaal ondernemen'. Wat is dat?", ['sociaal ondernemen']],
    ["My colleague keeps talking about 'vitaal vakmanschap'.", ['vitaal vakmanschap']],
    ['Een collega zegt “Oog voor geld”?', ['oog voor geld']],
    ['a "service, not a product" and ‘visie’', ['service not a product', 'visie']],
    // apostrophes inside words open nothing
    ["isn't that risky? 't is m'n werk, 's avonds", []],
    ['Wat is sociaal ondernemen?', []],
  ])('%j → %j', (text, phrases) => {
    expect(quotedPhrases(text)).toEqual(phrases);
  });

  it('quotedPhrase is the one phrase quoted, and nothing when there are two', () => {
    expect(quotedPhrase("over 'visie' gesproken")).toBe('visie');
    expect(quotedPhrase("'visie' of 'beweging'?")).toBeUndefined();
    expect(quotedPhrase('geen aanhalingstekens')).toBeUndefined();
  });
});
