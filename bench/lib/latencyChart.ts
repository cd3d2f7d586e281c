/**
 * The chart of BENCHMARKS.md: latency per question against knowledge size, one
 * line per system, as a self-contained SVG (no scripts, no external fonts or
 * images; a white background so it reads in GitHub's dark theme too). Both
 * axes are logarithmic: the sizes go from tens to ten thousands, the latencies
 * over several decades. A pure function of its data, so a test can check it.
 */

export interface LatencyPoint {
  entries: number;
  p50: number;
  p99: number;
}

export interface LatencySeries {
  name: string;
  points: LatencyPoint[];
  /** Sizes this system was not measured at, and why (drawn as a labelled ×, not as a point). */
  missing: { entries: number; reason: string }[];
}

export interface LatencyChartInput {
  title: string;
  subtitle: string;
  series: LatencySeries[];
  /** The horizontal target line, in ms, and its label. */
  target: { ms: number; label: string };
  /** Small print at the bottom (date, machine): three lines of up to about 120 characters fit. */
  footnote: string[];
}

const WIDTH = 780;
const HEIGHT = 500;
const PLOT = { left: 70, top: 70, right: 520, bottom: 390 };
const LEGEND_X = 545;
/** Characters per legend line, so it ends inside the picture. */
const LEGEND_WRAP = 28;
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];
const TARGET_COLOUR = '#C0392B';
const FONT =
  "font-family=\"-apple-system, 'Segoe UI', Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif\"";

export function latencyChart(input: LatencyChartInput): string {
  const series = input.series.map((s) => ({
    ...s,
    points: [...s.points].sort((a, b) => a.entries - b.entries),
    missing: [...s.missing].sort((a, b) => a.entries - b.entries),
  }));
  const sizes = [...new Set(series.flatMap((s) => [...s.points, ...s.missing].map((p) => p.entries)))].sort(
    (a, b) => a - b,
  );
  const values = [...series.flatMap((s) => s.points.flatMap((p) => [p.p50, p.p99])), input.target.ms].filter(
    (v) => v > 0,
  );
  if (sizes.length === 0) throw new Error('a latency chart needs at least one knowledge size');

  const x = logScale(sizes[0]!, sizes[sizes.length - 1]!, PLOT.left, PLOT.right, 0.08);
  const lowDecade = Math.floor(Math.log10(Math.min(...values)));
  let highDecade = Math.ceil(Math.log10(Math.max(...values)));
  if (highDecade === lowDecade) highDecade++;
  const y = logScale(10 ** lowDecade, 10 ** highDecade, PLOT.bottom, PLOT.top, 0);

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" ${FONT} font-size="12" fill="#222">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    `<text x="${PLOT.left}" y="28" font-size="16" font-weight="bold">${escapeXml(input.title)}</text>`,
    `<text x="${PLOT.left}" y="48" font-size="12" fill="#555">${escapeXml(input.subtitle)}</text>`,
  ];

  // Grid and ticks: decades labelled; 2× and 5× light (labelled too when there are few decades).
  for (let d = lowDecade; d <= highDecade; d++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** d;
      if (d === highDecade && m > 1) break;
      const at = num(y(v));
      const major = m === 1;
      out.push(
        `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${at}" y2="${at}" stroke="${major ? '#ccc' : '#eee'}"/>`,
      );
      if (major || highDecade - lowDecade <= 2)
        out.push(
          `<text class="y-tick" x="${PLOT.left - 6}" y="${at}" dy="4" text-anchor="end"${major ? '' : ' fill="#777"'}>${formatMs(v)}</text>`,
        );
    }
  }
  for (const size of sizes) {
    const at = num(x(size));
    out.push(
      `<line x1="${at}" x2="${at}" y1="${PLOT.top}" y2="${PLOT.bottom}" stroke="#eee"/>`,
      `<text class="x-tick" x="${at}" y="${PLOT.bottom + 18}" text-anchor="middle">${formatSize(size)}</text>`,
    );
  }
  out.push(
    `<rect x="${PLOT.left}" y="${PLOT.top}" width="${PLOT.right - PLOT.left}" height="${PLOT.bottom - PLOT.top}" fill="none" stroke="#888"/>`,
    `<text x="${(PLOT.left + PLOT.right) / 2}" y="${PLOT.bottom + 40}" text-anchor="middle">knowledge size (entries, log scale)</text>`,
    `<text transform="translate(${PLOT.left - 48} ${(PLOT.top + PLOT.bottom) / 2}) rotate(-90)" text-anchor="middle">latency per question (ms, log scale)</text>`,
  );

  // The target (labelled in the legend, where no line can cross its label).
  const targetY = y(input.target.ms);
  out.push(
    `<line class="target" x1="${PLOT.left}" x2="${PLOT.right}" y1="${num(targetY)}" y2="${num(targetY)}" stroke="${TARGET_COLOUR}" stroke-width="1.5" stroke-dasharray="4 3"/>`,
  );

  // The lines: p50 dashed and thin under p99 solid, then the points, then what is missing.
  series.forEach((s, i) => {
    const colour = COLOURS[i % COLOURS.length]!;
    const name = escapeXml(s.name);
    const coords = (stat: 'p50' | 'p99') =>
      s.points.map((p) => `${num(x(p.entries))},${num(y(p[stat]))}`).join(' ');
    out.push(
      `<polyline class="p50" data-series="${name}" points="${coords('p50')}" fill="none" stroke="${colour}" stroke-width="1.5" stroke-dasharray="6 4"/>`,
      `<polyline class="p99" data-series="${name}" points="${coords('p99')}" fill="none" stroke="${colour}" stroke-width="2.5"/>`,
    );
    for (const p of s.points) {
      const px = num(x(p.entries));
      out.push(
        `<circle cx="${px}" cy="${num(y(p.p50))}" r="2.5" fill="#fff" stroke="${colour}" stroke-width="1.5"/>`,
        `<circle cx="${px}" cy="${num(y(p.p99))}" r="3.5" fill="${colour}"><title>${name}, ${formatSize(p.entries)} entries: p99 ${formatMs(p.p99)} ms, p50 ${formatMs(p.p50)} ms</title></circle>`,
      );
    }
    // The last p99 labelled: to its right when the line stops early, else above and to the left.
    const last = s.points[s.points.length - 1];
    if (last) {
      const early = last.entries < sizes[sizes.length - 1]!;
      out.push(
        `<text x="${num(x(last.entries) + (early ? 8 : -6))}" y="${num(y(last.p99) + (early ? 4 : -8))}" text-anchor="${early ? 'start' : 'end'}" font-size="11" font-weight="bold" fill="${colour}">${formatMs(last.p99)} ms</text>`,
      );
    }
    for (const m of s.missing) {
      const mx = x(m.entries);
      const my = PLOT.bottom - 10 - 14 * i;
      out.push(
        `<path class="missing" data-series="${name}" d="M${num(mx - 4)},${num(my - 4)} L${num(mx + 4)},${num(my + 4)} M${num(mx - 4)},${num(my + 4)} L${num(mx + 4)},${num(my - 4)}" stroke="${colour}" stroke-width="2"><title>${name}, ${formatSize(m.entries)} entries: ${escapeXml(m.reason)}</title></path>`,
      );
    }
  });

  // The legend: what the line styles mean, then one entry per system with what it lacks.
  let ly = PLOT.top + 6;
  const key = (dash: string, colour: string, width: number, label: string) => {
    out.push(
      `<line x1="${LEGEND_X}" x2="${LEGEND_X + 26}" y1="${ly}" y2="${ly}" stroke="${colour}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
    );
    for (const line of wrap(label, LEGEND_WRAP)) {
      out.push(`<text x="${LEGEND_X + 34}" y="${ly}" dy="4">${escapeXml(line)}</text>`);
      ly += 15;
    }
    ly += 3;
  };
  key('', '#444', 2.5, 'p99 of question medians');
  key('6 4', '#444', 1.5, 'p50 of question medians');
  key('4 3', TARGET_COLOUR, 1.5, input.target.label);
  ly += 10;
  series.forEach((s, i) => {
    const colour = COLOURS[i % COLOURS.length]!;
    out.push(
      `<rect class="legend" x="${LEGEND_X}" y="${ly - 6}" width="26" height="12" fill="${colour}"/>`,
      `<text x="${LEGEND_X + 34}" y="${ly}" dy="4" font-weight="bold">${escapeXml(s.name)}</text>`,
    );
    ly += 16;
    if (s.missing.length > 0) {
      const note = `× not measured at ${s.missing.map((m) => formatSize(m.entries)).join(', ')} entries: ${s.missing[0]!.reason}`;
      for (const line of wrap(note, LEGEND_WRAP)) {
        out.push(
          `<text x="${LEGEND_X + 34}" y="${ly}" dy="4" font-size="11" fill="#555">${escapeXml(line)}</text>`,
        );
        ly += 14;
      }
    }
    ly += 6;
  });

  input.footnote.forEach((line, i) => {
    out.push(
      `<text x="16" y="${HEIGHT - 10 - 13 * (input.footnote.length - 1 - i)}" font-size="10" fill="#666">${escapeXml(line)}</text>`,
    );
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/** A log10 scale from [lo, hi] to [from, to], with `pad` of the span (in decades) added on both sides. */
function logScale(lo: number, hi: number, from: number, to: number, pad: number) {
  let a = Math.log10(lo);
  let b = Math.log10(hi);
  if (a === b) {
    a -= 0.5;
    b += 0.5;
  }
  const margin = (b - a) * pad;
  a -= margin;
  b += margin;
  return (v: number) => from + ((Math.log10(v) - a) / (b - a)) * (to - from);
}

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

/** 10000 → "10 000" (a no-break space, as the page writes numbers). */
export function formatSize(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}

/** Two significant digits: 0.8147 → "0.81", 12.3 → "12". */
export function formatMs(v: number): string {
  return String(Number(v.toPrecision(2)));
}

function num(v: number): string {
  return v.toFixed(1);
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
