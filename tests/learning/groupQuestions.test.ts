/**
 * Grouping visitors' questions by their stems: the same question however it is
 * written is one, questions that share most of their stems join the most asked
 * one, questions whose visitors reached different entries stay apart, and a
 * group's id depends on its questions only.
 */
import { describe, expect, it } from 'vitest';
import { groupQuestions, SIMILAR } from '../../src/learning/groupQuestions';
import type { Observation } from '../../src/learning/observations';
import { normalizeText } from '../../src/text/normalize';

/** Words as stems, a few function words left out: enough to show the rule. */
const STOP = new Set([
  'wie',
  'wat',
  'de',
  'het',
  'een',
  'er',
  'over',
  'om',
  'welke',
  'welk',
  'gaat',
  'draait',
]);
const stemsOf = (text: string) =>
  normalizeText(text)
    .split(' ')
    .filter((w) => w && !STOP.has(w));

const unanswered = (text: string, language: 'nl' | 'en' = 'nl'): Observation => ({
  kind: 'unanswered',
  text,
  language,
  asked: true,
  candidates: [],
});
const rephrased = (text: string, entryId: string, asked = true): Observation => ({
  kind: 'rephrased',
  text,
  language: 'nl',
  entryId,
  asked,
});
const chosen = (text: string, entryId: string): Observation => ({
  kind: 'chosen',
  text,
  language: 'nl',
  entryId,
  asked: true,
});

describe('groupQuestions', () => {
  it('counts one question however it is written, shown as visitors wrote it most', () => {
    const groups = groupQuestions(
      [
        unanswered('Wat kost een workshop?'),
        unanswered('wat kost een workshop'),
        unanswered('Wat kost een workshop?'),
      ],
      stemsOf,
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]!.questions).toEqual([{ text: 'Wat kost een workshop?', count: 3 }]);
  });

  it('puts questions that share most of their stems with the most asked one in its group', () => {
    // {petje, centjes} and {pet, centjes, geld}: 2·1/5 = 0.4; {pet, centjes} and {pet, centjes, geld}: 0.8.
    const groups = groupQuestions(
      [
        unanswered('welke pet gaat over de centjes'),
        unanswered('welke pet gaat over de centjes'),
        unanswered('welke pet gaat over centjes en geld'),
        unanswered('welk petje draait om de centjes'),
      ],
      stemsOf,
    );
    expect(SIMILAR).toBeGreaterThan(0.4);
    expect(groups.map((g) => g.questions)).toEqual([
      [
        { text: 'welke pet gaat over de centjes', count: 2 },
        { text: 'welke pet gaat over centjes en geld', count: 1 },
      ],
      [{ text: 'welk petje draait om de centjes', count: 1 }],
    ]);
  });

  it('keeps apart questions that share too little, and questions in another language', () => {
    const groups = groupQuestions(
      [
        unanswered('welke pet gaat over de centjes'),
        unanswered('welke pet gaat over netwerken'),
        unanswered('pet centjes', 'en'),
      ],
      stemsOf,
    );
    expect(groups.map((g) => [g.language, g.questions.map((q) => q.text)])).toEqual([
      ['en', ['pet centjes']],
      ['nl', ['welke pet gaat over de centjes']],
      ['nl', ['welke pet gaat over netwerken']],
    ]);
  });

  it('keeps apart similar questions whose visitors reached different entries', () => {
    const groups = groupQuestions(
      [
        chosen('wie zoekt nieuwe klanten', 'pet-verkoper'),
        chosen('wie zoekt nieuwe klanten op', 'pet-verkenner'),
        unanswered('wie zoekt er nieuwe klanten'),
      ],
      stemsOf,
    );
    expect(groups.map((g) => g.questions.map((q) => q.text))).toEqual([
      ['wie zoekt er nieuwe klanten', 'wie zoekt nieuwe klanten'],
      ['wie zoekt nieuwe klanten op'],
    ]);
  });

  it('does not count a rephrased fallback twice: its unanswered record is the time it was asked', () => {
    const groups = groupQuestions(
      [unanswered('wat doet de bedenker'), rephrased('wat doet de bedenker', 'pet-strateeg', false)],
      stemsOf,
    );
    expect(groups[0]!.questions).toEqual([{ text: 'wat doet de bedenker', count: 1 }]);
    expect(groups[0]!.observations).toHaveLength(2);
  });

  it('gives a group the same id whatever the order of the records, and another group another id', () => {
    const records = [
      unanswered('wie zoekt nieuwe klanten'),
      unanswered('wie zoekt er nieuwe klanten'),
      unanswered('wat kost het'),
    ];
    const ids = groupQuestions(records, stemsOf).map((g) => g.id);
    expect(groupQuestions([...records].reverse(), stemsOf).map((g) => g.id)).toEqual(ids);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    expect(ids.every((id) => /^g-[0-9a-f]{6}$/.test(id))).toBe(true);
  });

  it('ignores the entry of a rating when it leads nowhere, and entries that no longer exist', () => {
    const groups = groupQuestions(
      [
        chosen('wie zoekt nieuwe klanten', 'verwijderd'),
        {
          kind: 'ratedDown',
          text: 'wie zoekt nieuwe klanten op',
          language: 'nl',
          entryId: 'pet-verkenner',
          asked: true,
        },
        chosen('wie zoekt er nieuwe klanten', 'pet-verkoper'),
      ],
      stemsOf,
      (id) => id !== 'verwijderd',
    );
    expect(groups).toHaveLength(1);
  });
});
