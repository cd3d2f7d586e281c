/**
 * Keeps the FAQ's own numbers on ordered lists. Markdown renderers number a
 * list from its first number, and Web Chat's sanitiser drops `start`, so a list
 * starting at 3 (or skipping a number) would show as 1, 2, …. Such a list is
 * written as numbered lines instead: the dot escaped (`3\.`, not a list marker)
 * and a hard line break (`\` at the end) after every line but the last.
 * Lists numbered 1, 2, 3, … stay real lists.
 */
const ITEM = /^(\d{1,9})([.)])(\s+.*)$/;

export function keepListNumbers(markdown: string): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    let end = i;
    while (end < lines.length && ITEM.test(lines[end]!)) end++;
    if (end === i) {
      out.push(lines[i++]!);
      continue;
    }
    const block = lines.slice(i, end);
    out.push(...(numberedFromOne(block) ? block : asNumberedLines(block)));
    i = end;
  }
  return out.join('\n');
}

function numberedFromOne(block: string[]): boolean {
  return block.every((line, index) => Number(ITEM.exec(line)![1]) === index + 1);
}

function asNumberedLines(block: string[]): string[] {
  return block.map((line, index) => {
    const [, number, mark, rest] = ITEM.exec(line)!;
    return `${number}\\${mark}${rest}${index < block.length - 1 ? '\\' : ''}`;
  });
}
