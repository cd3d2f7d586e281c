/**
 * Where on its page a parsed entry stands, so that an import problem names the
 * line staff must look at. The parser keeps no line numbers (entries are made
 * from paragraphs), so the line is found again from what the page shows.
 */
import type { ParsedEntry } from './faqParser';

/**
 * The 1-based line of the entry on the page: the first line for the contact details, the question's
 * heading under "Antwoorden" for a question, the numbered line for a list item; undefined if not found.
 * @param all the page's entries, in the parser's order (a question asked twice on one page has two)
 */
export function lineOnPage(
  text: string,
  parsed: ParsedEntry,
  all: readonly ParsedEntry[],
): number | undefined {
  if (parsed.anchor.startsWith('header:')) return 1;
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const before = all.slice(0, Math.max(all.indexOf(parsed), 0));
  const { question, parent, position } = parsed.entry;
  if (parent === undefined) {
    const answers = lines.findIndex((l) => l.trim() === 'Antwoorden');
    // The same question earlier on the page has the earlier heading.
    const earlier = before.filter(
      (p) => p.entry.parent === undefined && p.entry.question === question,
    ).length;
    return nth(lines, answers + 1, earlier, (l) => l === question);
  }
  // The item's list is the nearest entry above it with the parent's id.
  const list = before.filter((p) => p.entry.id === parent).at(-1);
  const heading = list && lineOnPage(text, list, all);
  // Line `heading` (1-based) is at index `heading - 1`: the list's lines start at index `heading`.
  return heading ? nth(lines, heading, 0, (l) => l.startsWith(`${position}. `)) : undefined;
}

/** The 1-based line of the (skip + 1)-th line from index `from` on that matches. */
function nth(
  lines: string[],
  from: number,
  skip: number,
  matches: (trimmed: string) => boolean,
): number | undefined {
  let left = skip;
  for (let i = Math.max(from, 0); i < lines.length; i++) {
    if (!matches(lines[i]!.trim())) continue;
    if (left === 0) return i + 1;
    left--;
  }
  return undefined;
}
