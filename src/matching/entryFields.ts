/**
 * What an entry says about itself besides its phrasings, as weighted fields of
 * text: its concept lexicon, its own answer text, its examples, and the list it
 * belongs to. A visitor who describes an item in their own words ("welke pet
 * gaat over de centen?") is matched on these, not on how the FAQ asks it.
 */
import type { KnowledgeBase, KnowledgeEntry } from '../knowledge/types';
import type { Language } from '../text/language';
import { normalizeText } from '../text/normalize';

export type FieldName = 'concepts' | 'answer' | 'examples' | 'context';

export interface FieldText {
  field: FieldName;
  text: string;
}

/**
 * The entry's fields in one language. An entry without an English translation has no English
 * answer text; its concepts_en still count.
 */
export function fieldsOf(entry: KnowledgeEntry, knowledge: KnowledgeBase, language: Language): FieldText[] {
  const t = language === 'en' ? entry.translation_en : undefined;
  const fields: FieldText[] = [];
  const concepts = language === 'nl' ? entry.concepts : entry.concepts_en;
  // One field text per concept: a phrase ("staat of valt") is weighed as a whole, not as loose words.
  for (const concept of concepts ?? []) fields.push({ field: 'concepts', text: concept });
  if (language === 'nl' || t) {
    fields.push({ field: 'answer', text: ownAnswer(entry, knowledge, language) });
    const examples = language === 'nl' ? entry.examples : t?.examples;
    if (examples) fields.push({ field: 'examples', text: examples });
  }
  const parent = entry.parent ? knowledge.get(entry.parent) : undefined;
  if (parent) fields.push({ field: 'context', text: contextOf(parent, language) });
  return fields;
}

/**
 * The answer without the parts other entries hold: a list's item lines, the paragraphs staff cut
 * out as excerpts. Those parts are the other entries' content; left in, a question describing one
 * hat would match the list of nine as well as the hat.
 */
function ownAnswer(entry: KnowledgeEntry, knowledge: KnowledgeBase, language: Language): string {
  const answerOf = (e: KnowledgeEntry) => (language === 'en' ? (e.translation_en?.answer ?? '') : e.answer);
  const held = knowledge.entries.filter((e) => e.partOf === entry.id);
  if (held.length === 0) return answerOf(entry);
  const heldTexts = held.flatMap((e) => {
    const title = language === 'en' ? (e.translation_en?.title ?? e.title) : e.title;
    // An item's answer starts with its bold title; its body is what the list line repeats. A list
    // line may also be the title alone ("1. Diensten en ideeën zijn ontastbaar;"); an excerpt's
    // title is only a word of the text it was cut from ("kwetsbaarheid"), not a line of its own.
    const body = answerOf(e)
      .split('\n\n')
      .slice(e.parent ? 1 : 0)
      .join(' ');
    return [normalizeText(body), e.parent ? normalizeText(title) : ''].filter(Boolean);
  });
  return answerOf(entry)
    .split('\n')
    .filter((line) => {
      const key = ` ${normalizeText(line)} `;
      return !heldTexts.some((t) => key.includes(` ${t} `));
    })
    .join('\n');
}

/** What a list item inherits from its list: the list's title and question ("de negen petten"). */
function contextOf(list: KnowledgeEntry, language: Language): string {
  const t = language === 'en' ? list.translation_en : undefined;
  return t ? `${t.title}\n${t.question}` : `${list.title}\n${list.question}`;
}
