/** Plain-text tables for the terminal (and for pasting into BENCHMARKS.md as Markdown). */
export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((cell, c) => cell.padStart(widths[c]!)).join(' | ')} |`;
  return [
    line(cells[0]!),
    `|${widths.map((w) => '-'.repeat(w + 1) + ':').join('|')}` + '|',
    ...cells.slice(1).map(line),
  ].join('\n');
}

export function ms(value: number, digits = 3): string {
  return value.toFixed(digits);
}
