/**
 * The report's figures as numbers: per day in Culemborg's calendar, the shares
 * of answered / asked back / fallen back, the rankings of entries and of
 * unanswered questions, and the languages. Records are written here in the
 * formats the bot logs (see tests/fixtures/report/ for a whole week).
 */
import { describe, expect, it } from 'vitest';
import { aggregateReport } from '../../src/report/aggregate';
import { dayOf, daysFromTo } from '../../src/report/days';
import { mostAsked, unansweredGroups, worstRated, type RatingRecord } from '../../src/report/entries';
import { figuresPerDay, languageSplit, questions, share, totalFigures } from '../../src/report/traffic';
import { isTurnRecord, parseRecords, type TurnRecord } from '../../src/signals/records';
import type { UnansweredRecord } from '../../src/unanswered/unansweredLog';

const titles = new Map([
  ['negen-petten', 'De negen petten'],
  ['pet-schatbewaarder', 'Schatbewaarder'],
  ['contact', 'Contact'],
]);

function turn(
  time: string,
  outcome: TurnRecord['outcome'],
  entryId?: string,
  language: 'nl' | 'en' = 'nl',
): TurnRecord {
  return { time, outcome, intent: 'faqQuestion', language, ...(entryId ? { entryId } : {}) };
}

function rating(time: string, entryId: string, up: boolean, question?: string): RatingRecord {
  return { time, entryId, rating: up ? 'up' : 'down', language: 'nl', ...(question ? { question } : {}) };
}

function unanswered(time: string, text: string, nearest?: string): UnansweredRecord {
  return {
    time,
    text,
    language: 'nl',
    candidates: nearest ? [{ id: nearest, score: 0.3 }] : [],
    conversationId: 'c1',
  };
}

describe('days', () => {
  it('counts a day as Culemborg does: 23:30 UTC in November is the next day', () => {
    expect(dayOf('2026-11-23T22:59:59Z', 'Europe/Amsterdam')).toBe('2026-11-23');
    expect(dayOf('2026-11-23T23:30:00Z', 'Europe/Amsterdam')).toBe('2026-11-24');
    expect(dayOf('2026-07-01T22:30:00Z', 'Europe/Amsterdam')).toBe('2026-07-02');
  });

  it('lists every day of a period, across a month end', () => {
    expect(daysFromTo('2026-11-29', '2026-12-02')).toEqual([
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
    ]);
  });
});

describe('traffic', () => {
  const turns = [
    turn('2026-11-23T09:00:00Z', 'answer', 'negen-petten'),
    turn('2026-11-23T10:00:00Z', 'clarify'),
    turn('2026-11-23T11:00:00Z', 'smalltalk'),
    turn('2026-11-25T09:00:00Z', 'fallback', undefined, 'en'),
    turn('2026-11-25T09:05:00Z', 'other'),
    turn('2026-11-25T09:10:00Z', 'answer', 'contact', 'en'),
  ];

  it('counts per day with quiet days as zero, and small talk and notices apart from questions', () => {
    expect(figuresPerDay(turns, 'Europe/Amsterdam', '2026-11-23', '2026-11-25')).toEqual([
      { day: '2026-11-23', answer: 1, clarify: 1, fallback: 0, other: 1 },
      { day: '2026-11-24', answer: 0, clarify: 0, fallback: 0, other: 0 },
      { day: '2026-11-25', answer: 1, clarify: 0, fallback: 1, other: 1 },
    ]);
  });

  it('gives the shares of the questions only', () => {
    const total = totalFigures(turns);
    expect(total).toEqual({ answer: 2, clarify: 1, fallback: 1, other: 2 });
    expect(questions(total)).toBe(4);
    expect(share(total.answer, questions(total))).toBeCloseTo(0.5);
    expect(share(total.clarify, questions(total))).toBeCloseTo(0.25);
    expect(share(0, 0)).toBe(0);
  });

  it('splits the messages by language, most first', () => {
    expect(languageSplit(turns)).toEqual([
      { language: 'nl', count: 4 },
      { language: 'en', count: 2 },
    ]);
  });
});

describe('the most asked entries', () => {
  it('counts answers per entry, most first, then by title, with a removed entry named by its id', () => {
    const turns = [
      turn('2026-11-23T09:00:00Z', 'answer', 'contact'),
      turn('2026-11-23T09:01:00Z', 'answer', 'negen-petten'),
      turn('2026-11-23T09:02:00Z', 'answer', 'negen-petten'),
      turn('2026-11-23T09:03:00Z', 'answer', 'oud-onderwerp'),
      turn('2026-11-23T09:04:00Z', 'clarify'),
    ];
    expect(mostAsked(turns, titles, 10)).toEqual([
      { entryId: 'negen-petten', title: 'De negen petten', known: true, count: 2 },
      { entryId: 'contact', title: 'Contact', known: true, count: 1 },
      { entryId: 'oud-onderwerp', title: 'oud-onderwerp', known: false, count: 1 },
    ]);
    expect(mostAsked(turns, titles, 1).map((e) => e.entryId)).toEqual(['negen-petten']);
  });
});

describe('the worst-rated entries', () => {
  const ratings = [
    rating('2026-11-23T09:00:00Z', 'negen-petten', true),
    rating('2026-11-23T09:01:00Z', 'negen-petten', false, 'Wat bedoelen jullie?'),
    rating('2026-11-23T09:02:00Z', 'pet-schatbewaarder', false, 'Wie beheert het geld?'),
    rating('2026-11-24T09:00:00Z', 'pet-schatbewaarder', false, 'wie telt de centen'),
    rating('2026-11-25T09:00:00Z', 'pet-schatbewaarder', false, 'Wie beheert het geld?'),
    rating('2026-11-25T10:00:00Z', 'pet-schatbewaarder', false),
    rating('2026-11-25T11:00:00Z', 'pet-schatbewaarder', true),
    rating('2026-11-25T12:00:00Z', 'contact', true),
  ];

  it('lists entries with a 👎, worst first, with the 👎 share and the questions that led to it', () => {
    expect(worstRated(ratings, titles, 10)).toEqual([
      {
        entryId: 'pet-schatbewaarder',
        title: 'Schatbewaarder',
        known: true,
        up: 1,
        down: 4,
        downShare: 0.8,
        questions: ['Wie beheert het geld?', 'wie telt de centen'],
      },
      {
        entryId: 'negen-petten',
        title: 'De negen petten',
        known: true,
        up: 1,
        down: 1,
        downShare: 0.5,
        questions: ['Wat bedoelen jullie?'],
      },
    ]);
  });

  it('shows at most three questions, the most recent first', () => {
    const many = ['een', 'twee', 'drie', 'vier'].map((q, i) =>
      rating(`2026-11-2${i + 3}T09:00:00Z`, 'contact', false, q),
    );
    expect(worstRated(many, titles, 10)[0]!.questions).toEqual(['vier', 'drie', 'twee']);
  });
});

describe('the biggest groups of unanswered questions', () => {
  it('groups the same question asked differently, biggest first, with the nearest entry', () => {
    const records = [
      unanswered('2026-11-23T09:00:00Z', 'Wat kost een training?', 'contact'),
      unanswered('2026-11-24T09:00:00Z', 'wat kost een TRAINING', 'contact'),
      unanswered('2026-11-24T10:00:00Z', 'Hebben jullie vacatures?'),
      unanswered('2026-11-25T09:00:00Z', 'Wie bedacht de petten?', 'oud-onderwerp'),
    ];
    const { groups, groupCount } = unansweredGroups(records, titles, 2);
    expect(groupCount).toBe(3);
    expect(groups.map((g) => [g.text, g.count, g.nearestEntry?.title])).toEqual([
      ['wat kost een TRAINING', 2, 'Contact'],
      ['Wie bedacht de petten?', 1, 'oud-onderwerp'],
    ]);
    expect(groups[1]!.nearestEntry?.known).toBe(false);
  });
});

describe('the whole report', () => {
  it('spans the period of every log, and has no days without turns', () => {
    const data = aggregateReport({
      turns: [],
      unanswered: [unanswered('2026-11-20T09:00:00Z', 'Wat kost het?')],
      feedback: [rating('2026-11-22T09:00:00Z', 'contact', false), rating('not a time', 'contact', true)],
      titles,
    });
    expect(data.period).toEqual({ first: '2026-11-20', last: '2026-11-22' });
    expect(data.days).toEqual([]);
    expect(data.ratings).toEqual({ up: 1, down: 1 });
    expect(data.unansweredCount).toBe(1);
  });

  it('has no period when nothing was recorded', () => {
    const data = aggregateReport({ turns: [], unanswered: [], feedback: [], titles });
    expect(data.period).toBeUndefined();
    expect(data.mostAsked).toEqual([]);
  });

  it('fills the days of the period from the first to the last record of any log', () => {
    const data = aggregateReport({
      turns: [turn('2026-11-24T09:00:00Z', 'answer', 'contact')],
      unanswered: [unanswered('2026-11-22T09:00:00Z', 'Wat kost het?')],
      feedback: [],
      titles,
    });
    expect(data.days.map((d) => [d.day, d.answer])).toEqual([
      ['2026-11-22', 0],
      ['2026-11-23', 0],
      ['2026-11-24', 1],
    ]);
  });
});

describe('the turns log', () => {
  it('reads the records and skips unreadable lines', () => {
    const jsonl = [
      JSON.stringify(turn('2026-11-23T09:00:00Z', 'answer', 'contact')),
      JSON.stringify({ time: '2026-11-23T09:00:00Z', outcome: 'shrug', intent: 'x', language: 'nl' }),
      JSON.stringify({ outcome: 'answer', intent: 'x', language: 'nl' }),
      JSON.stringify({ time: 'yesterday', outcome: 'answer', intent: 'x', language: 'nl' }),
      '{"time":',
      '',
    ].join('\n');
    const { records, skipped } = parseRecords(jsonl, isTurnRecord);
    expect(records).toEqual([turn('2026-11-23T09:00:00Z', 'answer', 'contact')]);
    expect(skipped).toBe(4);
  });
});
