/**
 * An entry's content fields (fieldsOf) on the real knowledge: a list's own answer without the
 * lines its items repeat or the paragraphs cut out as excerpts, an item's list as context, and
 * each concept as a field of its own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { createKnowledgeBase } from '../../src/knowledge/knowledgeBase';
import type { KnowledgeBase, KnowledgeEntry } from '../../src/knowledge/types';
import type { Language } from '../../src/text/language';
import { fieldsOf, type FieldName } from '../../src/matching/entryFields';

let knowledge: KnowledgeBase;

beforeAll(async () => {
  knowledge = (await loadKnowledge('knowledge')).knowledge;
});

const fields = (id: string, language: Language, name: FieldName) =>
  fieldsOf(knowledge.require(id), knowledge, language)
    .filter((f) => f.field === name)
    .map((f) => f.text);
const ownAnswer = (id: string, language: Language) => {
  const [answer, ...more] = fields(id, language, 'answer');
  expect(more).toEqual([]);
  return answer!;
};
const answerIn = (entry: KnowledgeEntry, language: Language) =>
  language === 'nl' ? entry.answer : entry.translation_en!.answer;
const paragraphs = (id: string, language: Language) =>
  answerIn(knowledge.require(id), language).split('\n\n');

const LISTS = ['negen-petten', 'kenmerken-sociaal-ondernemer', 'diensten-en-producten'];
const LANGUAGES = ['nl', 'en'] as const;

describe('fieldsOf: a list', () => {
  it('is one of the lists of the real knowledge', () => {
    expect(knowledge.entries.filter((e) => e.items.length > 0).map((e) => e.id)).toEqual(
      expect.arrayContaining(LISTS),
    );
  });

  // The FAQ numbers its list lines ("1. Strateeg | …", "1. Diensten en ideeën zijn ontastbaar;").
  it.each(LISTS.flatMap((id) => LANGUAGES.map((language) => [id, language] as const)))(
    '%s (%s): its answer is its own lines, without the numbered lines of its items',
    (id, language) => {
      const lines = answerIn(knowledge.require(id), language).split('\n');
      const own = lines.filter((line) => !/^\d+\. /.test(line));
      expect(own.length).toBeLessThan(lines.length);
      expect(ownAnswer(id, language)).toBe(own.join('\n'));
    },
  );

  it('negen-petten: no line of the strategist, but the closing paragraph of the list', () => {
    const answer = ownAnswer('negen-petten', 'nl');
    expect(answer).not.toMatch(/Strateeg/);
    expect(answer).toContain(paragraphs('negen-petten', 'nl').at(-1));
  });

  it('has no context field', () => {
    for (const id of LISTS)
      for (const language of LANGUAGES) expect(fields(id, language, 'context')).toEqual([]);
  });
});

describe('fieldsOf: an answer that excerpts were cut from', () => {
  it.each(LANGUAGES)(
    'vitaal-vakmanschap (%s) holds neither excerpt, and keeps its first two paragraphs',
    (language) => {
      const answer = ownAnswer('vitaal-vakmanschap', language);
      expect(knowledge.require('kwetsbaarheid').partOf).toBe('vitaal-vakmanschap');
      expect(answer).not.toContain(answerIn(knowledge.require('kwetsbaarheid'), language));
      expect(answer).not.toContain(answerIn(knowledge.require('lef-en-rebellie'), language));
      const [first, second] = paragraphs('vitaal-vakmanschap', language);
      expect(answer).toContain(first);
      expect(answer).toContain(second);
    },
  );

  // Bug: ownAnswer drops every line that contains the title of an entry it holds, as a whole
  // word, and an excerpt's title is a word of the answer it was cut from: the line "Vitale
  // vakmensen omarmen zowel kwetsbaarheid als lef, of zelfs rebellie." is in neither excerpt, yet
  // is dropped because it says "kwetsbaarheid".
  it('vitaal-vakmanschap keeps its own line that names vulnerability', () => {
    const line = paragraphs('vitaal-vakmanschap', 'nl').find((p) => p.startsWith('Vitale vakmensen omarmen'));
    expect(line).toBeDefined();
    expect(ownAnswer('vitaal-vakmanschap', 'nl')).toContain(line);
  });

  it('an excerpt keeps its whole answer and has no context field', () => {
    expect(ownAnswer('kwetsbaarheid', 'nl')).toBe(knowledge.require('kwetsbaarheid').answer);
    expect(fields('kwetsbaarheid', 'nl', 'context')).toEqual([]);
  });
});

describe('fieldsOf: a list item', () => {
  it.each(LANGUAGES)("gets its list's title and question as context (%s)", (language) => {
    const items = knowledge.entries.filter((e) => e.parent);
    expect(items.length).toBeGreaterThan(10);
    for (const item of items) {
      const list = knowledge.require(item.parent!);
      const t = language === 'en' ? list.translation_en! : list;
      expect(fields(item.id, language, 'context'), item.id).toEqual([`${t.title}\n${t.question}`]);
    }
  });

  it('keeps its own answer whole, and its examples as a field of their own', () => {
    const item = knowledge.require('dienst-vergankelijk');
    expect(item.examples).toBeDefined();
    expect(fields(item.id, 'nl', 'answer')).toEqual([item.answer]);
    expect(fields(item.id, 'nl', 'examples')).toEqual([item.examples]);
    expect(fields(item.id, 'en', 'examples')).toEqual([item.translation_en!.examples]);
  });
});

describe('fieldsOf: concepts', () => {
  it.each(LANGUAGES)('gives each concept of every entry a field text of its own (%s)', (language) => {
    const withConcepts = knowledge.entries.filter((e) => (language === 'nl' ? e.concepts : e.concepts_en));
    expect(withConcepts.length).toBeGreaterThan(10);
    for (const entry of withConcepts) {
      const concepts = language === 'nl' ? entry.concepts : entry.concepts_en;
      expect(fields(entry.id, language, 'concepts'), entry.id).toEqual(concepts);
    }
  });

  it('counts English concepts of an entry without an English translation, and nothing else in English', () => {
    const fixture = createKnowledgeBase(
      [
        {
          id: 'kas',
          title: 'De kas',
          question: 'Wat is de kas?',
          answer: 'De kas houdt de munten bij.',
          concepts: ['munten', 'kasboek bijhouden'],
          concepts_en: ['coins', 'cash book'],
          location: { file: 'kas.yaml', line: 1 },
        },
      ],
      { nl: [], en: [] },
      '',
    );
    const entry = fixture.require('kas');
    expect(fieldsOf(entry, fixture, 'en')).toEqual([
      { field: 'concepts', text: 'coins' },
      { field: 'concepts', text: 'cash book' },
    ]);
    expect(fieldsOf(entry, fixture, 'nl')).toEqual([
      { field: 'concepts', text: 'munten' },
      { field: 'concepts', text: 'kasboek bijhouden' },
      { field: 'answer', text: 'De kas houdt de munten bij.' },
    ]);
  });
});
