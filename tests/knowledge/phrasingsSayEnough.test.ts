import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { createConversationDeps } from '../../src/conversation/createConversation';
import { DEFAULT_MATCHER_OPTIONS } from '../../src/matching/matcherOptions';
import type { Matcher } from '../../src/matching/matcher';

let knowledge: KnowledgeBase;
let matcher: Matcher;
beforeAll(async () => {
  knowledge = (await loadKnowledge('knowledge')).knowledge;
  matcher = createConversationDeps(knowledge, DEFAULT_MATCHER_OPTIONS).matcher;
});

/**
 * A phrasing whose every word is an everyday one ("Waar zitten jullie?" is "zit" to the matcher)
 * matches any question that has that word and nothing the knowledge knows: "hoe zit dat?" and "wat
 * vinden jullie daarvan?" were answered with the contact details at full confidence. Such questions
 * belong in text/reachQuanta.ts or need a topic word.
 */
describe('the phrasings of the real knowledge', () => {
  it('each say something beyond everyday words', () => {
    const empty: string[] = [];
    for (const entry of knowledge.entries) {
      const byLanguage = {
        nl: [entry.question, ...(entry.alternatives ?? [])],
        en: [
          ...(entry.translation_en ? [entry.translation_en.question] : []),
          ...(entry.alternatives_en ?? []),
        ],
      };
      for (const [language, phrasings] of Object.entries(byLanguage) as ['nl' | 'en', string[]][])
        for (const text of phrasings) {
          const tokens = matcher.analyze(text, language);
          if (tokens.length > 0 && tokens.every((t) => t.common))
            empty.push(`${entry.id} (${language}): ${text}`);
        }
    }
    expect(empty).toEqual([]);
  });
});
