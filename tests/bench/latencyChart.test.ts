import { describe, expect, it } from 'vitest';
import { latencyChart, type LatencyChartInput } from '../../bench/lib/latencyChart';

const input = (over: Partial<LatencyChartInput> = {}): LatencyChartInput => ({
  title: 'Latency against size',
  subtitle: 'p99 and p50',
  target: { ms: 1, label: 'target: p99 < 1 ms' },
  footnote: ['Node v20.20.2, 2 CPUs'],
  series: [
    {
      name: 'ours',
      // Given out of order: the chart orders them by size.
      points: [
        { entries: 10_000, p50: 0.2, p99: 0.8 },
        { entries: 29, p50: 0.04, p99: 0.09 },
        { entries: 1000, p50: 0.17, p99: 0.48 },
      ],
      missing: [],
    },
    {
      name: 'MiniSearch',
      points: [
        { entries: 29, p50: 1.1, p99: 2.4 },
        { entries: 1000, p50: 1.9, p99: 4.2 },
        { entries: 10_000, p50: 6.1, p99: 12 },
      ],
      missing: [],
    },
    {
      name: 'NLP.js (node-nlp)',
      points: [{ entries: 29, p50: 0.1, p99: 0.5 }],
      missing: [
        { entries: 1000, reason: 'training took over 30 s' },
        { entries: 10_000, reason: 'not tried: training at 1000 entries took over 30 s' },
      ],
    },
  ],
  ...over,
});

/** The opening tags of an element, with their attributes. */
function elements(svg: string, name: string): Record<string, string>[] {
  return [...svg.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
  );
}

const pointsOf = (polyline: Record<string, string>) =>
  polyline.points!.split(' ').map((p) => p.split(',').map(Number) as [number, number]);

/**
 * Well-formed XML, checked by hand (no XML parser among the project's packages): tags balance, and no
 * text or attribute holds a bare <, > or an & that does not start an entity.
 */
function expectWellFormed(svg: string): void {
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  let at = 0;
  const checkText = (text: string) => {
    expect(text).not.toMatch(/[<>]/);
    expect(text.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, '')).not.toContain('&');
  };
  for (const m of svg.matchAll(tag)) {
    checkText(svg.slice(at, m.index));
    at = m.index + m[0].length;
    const [, closing, name, attributes, selfClosing] = m;
    checkText(attributes!.replace(/="[^"]*"/g, (v) => v.replace(/[<>]/g, '?')));
    for (const value of attributes!.matchAll(/="([^"]*)"/g)) checkText(value[1]!);
    if (closing) expect(stack.pop()).toBe(name);
    else if (!selfClosing) stack.push(name!);
  }
  checkText(svg.slice(at));
  expect(stack).toEqual([]);
}

describe('latencyChart', () => {
  it('(the well-formedness check itself rejects what is not well-formed)', () => {
    expect(() => expectWellFormed('<svg><g></svg>')).toThrow();
    expect(() => expectWellFormed('<svg><text>A & B</text></svg>')).toThrow();
    expect(() => expectWellFormed('<svg><text>A <B> C</text></svg>')).toThrow();
    expect(() => expectWellFormed('<svg><g data-x="a & b"/></svg>')).toThrow();
    expectWellFormed('<svg><g data-x="a &amp; b"/><text>&lt;B&gt;</text></svg>');
  });

  it('is one well-formed, self-contained SVG document', () => {
    const svg = latencyChart(input());
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expectWellFormed(svg);
    expect(svg).not.toMatch(/<script|<image|<foreignObject|@import|@font-face|href=/i);
    expect(svg.match(/https?:\/\//g)).toEqual(['http://']); // the namespace only
  });

  it('draws one p99 and one p50 line per system, named after it', () => {
    const svg = latencyChart(input());
    for (const stat of ['p99', 'p50']) {
      const lines = elements(svg, 'polyline').filter((p) => p.class === stat);
      expect(lines.map((p) => p['data-series'])).toEqual(['ours', 'MiniSearch', 'NLP.js (node-nlp)']);
      expect(lines.map((p) => pointsOf(p).length)).toEqual([3, 3, 1]);
    }
  });

  it('orders each line by knowledge size, with larger latencies higher up', () => {
    const svg = latencyChart(input());
    const ours = elements(svg, 'polyline').find((p) => p.class === 'p99' && p['data-series'] === 'ours')!;
    const points = pointsOf(ours);
    const xs = points.map(([x]) => x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(3);
    // 0.09 → 0.48 → 0.8 ms: each point higher (smaller y) than the one before.
    expect(points[0]![1]).toBeGreaterThan(points[1]![1]);
    expect(points[1]![1]).toBeGreaterThan(points[2]![1]);
    // Sizes on a log scale: 29 → 1000 is a longer step than 1000 → 10 000 (34× against 10×).
    expect(xs[1]! - xs[0]!).toBeGreaterThan(xs[2]! - xs[1]!);
    // The same size lands on the same x in every line, and on its tick label.
    const mini = elements(svg, 'polyline').find(
      (p) => p.class === 'p99' && p['data-series'] === 'MiniSearch',
    )!;
    expect(pointsOf(mini).map(([x]) => x)).toEqual(xs);
    const ticks = elements(svg, 'text')
      .filter((t) => t.class === 'x-tick')
      .map((t) => Number(t.x));
    expect(ticks).toEqual(xs);
  });

  it('draws the target as a dashed horizontal line at the height of the 1 ms tick, with its label', () => {
    const svg = latencyChart(input());
    const targets = elements(svg, 'line').filter((l) => l.class === 'target');
    expect(targets).toHaveLength(1);
    const [target] = targets;
    expect(target!.y1).toBe(target!.y2);
    expect(target!['stroke-dasharray']).toBeTruthy();
    const oneMs = [...svg.matchAll(/<text class="y-tick" x="[\d.]+" y="([\d.]+)"[^>]*>1<\/text>/g)];
    expect(oneMs).toHaveLength(1);
    expect(target!.y1).toBe(oneMs[0]![1]);
    expect(svg).toContain('target: p99 &lt; 1 ms');
    // 0.8 ms is under the line (larger y), 2.4 ms over it.
    const ours = elements(svg, 'polyline').find((p) => p.class === 'p99' && p['data-series'] === 'ours')!;
    expect(pointsOf(ours)[2]![1]).toBeGreaterThan(Number(target!.y1));
  });

  it('marks the sizes a system was not measured at, with the reason, and draws no point there', () => {
    const svg = latencyChart(input());
    const missing = elements(svg, 'path').filter((p) => p.class === 'missing');
    expect(missing.map((m) => m['data-series'])).toEqual(['NLP.js (node-nlp)', 'NLP.js (node-nlp)']);
    expect(svg).toContain('training took over 30 s');
  });

  it('escapes names and labels', () => {
    const svg = latencyChart(
      input({
        title: 'Q&A <latency>',
        series: [{ name: `A & <B> "c" 'd'`, points: [{ entries: 29, p50: 0.1, p99: 0.2 }], missing: [] }],
      }),
    );
    expectWellFormed(svg);
    expect(svg).toContain('A &amp; &lt;B&gt; &quot;c&quot; &apos;d&apos;');
    expect(svg).toContain('Q&amp;A &lt;latency&gt;');
    expect(svg).not.toContain('<B>');
    expect(svg).not.toContain('<latency>');
    expect(elements(svg, 'polyline').filter((p) => p.class === 'p99')).toHaveLength(1);
  });

  it('covers every value and the target on the y axis', () => {
    const svg = latencyChart(input());
    const ys = elements(svg, 'text')
      .filter((t) => t.class === 'y-tick')
      .map((t) => Number(t.y));
    const [top, bottom] = [Math.min(...ys), Math.max(...ys)];
    for (const line of elements(svg, 'polyline'))
      for (const [, y] of pointsOf(line)) {
        expect(y).toBeGreaterThanOrEqual(top);
        expect(y).toBeLessThanOrEqual(bottom);
      }
  });
});
