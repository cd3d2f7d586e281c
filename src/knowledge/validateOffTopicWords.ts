/**
 * Off-topic words (`knowledge/out-of-scope/nl.yaml`, `en.yaml`): words that
 * mark a question as one the FAQ does not answer, however many FAQ words it
 * also uses ("Bieden jullie een training over de negen petten aan?"). A word
 * the FAQ itself uses would block questions it does answer, so it is refused.
 * An entry may be a phrase of up to three words whose words the FAQ does use
 * ("persoonsgebonden budget": the personal budget of Dutch care, not the
 * personal nature of a service); the phrase itself must not occur in the FAQ.
 * Phrases are kept with their words joined, as the text pipeline joins them.
 */
import type { KnowledgeIssue } from './issues';
import type { KnowledgeFile } from './knowledgeFiles';
import { languageOfFile } from './languageFile';
import type { OffTopicWords, StoredEntry } from './types';
import type { Language } from '../text/language';
import { normalizeText } from '../text/normalize';
import { MAX_PHRASE_WORDS } from '../text/pipeline';

export function validateOffTopicWords(
  files: KnowledgeFile[],
  entries: StoredEntry[],
  issues: KnowledgeIssue[],
): OffTopicWords {
  const words = { nl: new Set<string>(), en: new Set<string>() };
  const texts = { nl: normalizedTexts(entries, 'nl'), en: normalizedTexts(entries, 'en') };
  const used = { nl: wordsOf(texts.nl), en: wordsOf(texts.en) };
  // Each text between spaces, so a phrase is found only as whole words.
  const text = { nl: ` ${texts.nl.join('  ')} `, en: ` ${texts.en.join('  ')} ` };
  for (const file of files) {
    const language = languageOfFile(file, 'out-of-scope', issues);
    if (!language) continue;
    if (!Array.isArray(file.data) || file.data.some((w) => typeof w !== 'string')) {
      issues.push({
        file: file.file,
        line: 1,
        message: 'an out-of-scope file is a list of words',
        fix: 'write one "- woord" per line',
      });
      continue;
    }
    const lineOf = lineFinder(file.text);
    for (const raw of file.data as string[]) {
      const word = normalizeText(raw);
      const line = lineOf(raw);
      const parts = word.split(' ');
      if (!word || parts.length > MAX_PHRASE_WORDS) {
        issues.push({
          file: file.file,
          line,
          message: `"${raw}" is not a word or a phrase of up to ${MAX_PHRASE_WORDS} words`,
          fix: 'list single words, or short phrases such as "persoonsgebonden budget"',
        });
      } else if (parts.length > 1 && text[language].includes(` ${word} `)) {
        issues.push({
          file: file.file,
          line,
          message: `the phrase "${raw}" is used by the FAQ's own entries, so it cannot mark a question as out of scope`,
          fix: 'remove it from the out-of-scope words',
        });
      } else if (parts.length > 1) {
        words[language].add(parts.join(''));
      } else if (used[language].has(word)) {
        issues.push({
          file: file.file,
          line,
          message: `"${raw}" is used by the FAQ's own entries, so it cannot mark a question as out of scope`,
          fix: 'remove it from the out-of-scope words',
        });
      } else words[language].add(word);
    }
  }
  return words;
}

/**
 * The 1-based line of each list item, in order: "meet" is not on the line of "meetbaar", and a word
 * listed twice is found on its second line the second time (1 when it cannot be found).
 */
function lineFinder(text: string): (raw: string) => number {
  const items = text.split('\n').map((l) => /^\s*-\s*(["']?)(.*?)\1\s*$/.exec(l)?.[2]);
  const taken = new Set<number>();
  return (raw) => {
    const index = items.findIndex((item, i) => item === raw && !taken.has(i));
    if (index < 0) return 1;
    taken.add(index);
    return index + 1;
  };
}

/** Every word in the phrasings and answers of the entries, in one language. */
function wordsOf(texts: readonly string[]): Set<string> {
  return new Set(texts.flatMap((t) => t.split(' ')).filter(Boolean));
}

/** The phrasings and answers of the entries, normalised and in one language. */
function normalizedTexts(entries: StoredEntry[], language: Language): string[] {
  return textsOf(entries, language).map((t) => normalizeText(t));
}

function textsOf(entries: StoredEntry[], language: Language): string[] {
  return entries.flatMap((e) =>
    language === 'nl'
      ? [e.question, e.title, e.answer, e.examples ?? '', ...(e.alternatives ?? []), ...(e.concepts ?? [])]
      : [
          e.translation_en?.question ?? '',
          e.translation_en?.title ?? '',
          e.translation_en?.answer ?? '',
          e.translation_en?.examples ?? '',
          ...(e.alternatives_en ?? []),
          ...(e.concepts_en ?? []),
        ],
  );
}
