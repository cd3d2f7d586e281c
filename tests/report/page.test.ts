/**
 * The kb:report page as a file: self-contained (nothing to load from
 * anywhere), under a Content-Security-Policy whose hashes are exactly those of
 * its own inline script and style, with visitor text escaped, and with the
 * structure screen readers need. The browser test (tests/browser/report.test.ts)
 * opens the same page in Chromium.
 */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltReport } from '../../src/report/buildReport';
import { buildReport } from '../../src/report/buildReport';
import { inlineScript } from '../../src/report/assets';
import { escapeHtml, html, jsonInScript } from '../../src/report/html';
import { fixtureReport, HOSTILE_QUESTION, HOSTILE_RATING_QUESTION } from './fixtureReport';

let report: BuiltReport;
let page: string;

beforeAll(async () => {
  report = await fixtureReport();
  page = report.html;
});

/** Every <script>/<style> element: its attributes and its exact text. */
function inlineElements(tag: 'script' | 'style'): { attributes: string; text: string }[] {
  return [...page.matchAll(new RegExp(`<${tag}([^>]*)>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => ({
    attributes: m[1]!,
    text: m[2]!,
  }));
}

function policy(): string {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page);
  expect(meta).not.toBeNull();
  return meta![1]!.replace(/&#39;/g, "'");
}

function hash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The page without the text of its script elements (Chart.js's comments name its website). */
function markupOnly(): string {
  return page.replace(/(<script[^>]*>)[\s\S]*?(<\/script>)/g, '$1$2');
}

describe('the report page is self-contained', () => {
  it('has no element, attribute or style that loads anything', () => {
    // Visitor text is escaped, so every "<" left in the markup starts one of the page's own tags.
    const tags = markupOnly().match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.length).toBeGreaterThan(50);
    expect(
      tags.filter((t) =>
        /^<(link|iframe|object|embed|img|image|base|form|frame|source|video|audio)\b/i.test(t),
      ),
    ).toEqual([]);
    expect(
      tags.filter((t) => /\s(src|href|srcset|poster|data|action|formaction|background)\s*=/i.test(t)),
    ).toEqual([]);
    expect(tags.filter((t) => /https?:|\/\//i.test(t))).toEqual([]);
    for (const { text } of inlineElements('style')) expect(text).not.toMatch(/url\(|@import|https?:/i);
  });

  it('inlines Chart.js without its source-map comment, and the scripts fetch nothing', () => {
    const scripts = inlineElements('script').filter((s) => !s.attributes.includes('application/json'));
    expect(scripts).toHaveLength(2);
    expect(scripts[0]!.text).toMatch(/^\/\*!\n \* Chart\.js v4\./);
    for (const { text } of scripts) {
      expect(text).not.toMatch(/sourceMappingURL|\bfetch\(|XMLHttpRequest|importScripts|\bimport\(/);
    }
  });

  it('allows only its own inline script and style, by hash, and nothing to load', () => {
    const csp = policy();
    const directives = new Map(
      csp.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name!, values];
      }),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    const scripts = inlineElements('script').filter((s) => !s.attributes.includes('application/json'));
    expect(directives.get('script-src')).toEqual(scripts.map((s) => hash(s.text)));
    expect(directives.get('style-src')).toEqual(inlineElements('style').map((s) => hash(s.text)));
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    // The policy comes before anything it governs.
    expect(page.indexOf('Content-Security-Policy')).toBeLessThan(page.indexOf('<style'));
  });
});

describe('visitor text on the page', () => {
  it('is escaped: a question with </script> or <img onerror> stays text', () => {
    expect(page).toContain(`<span class="question">${escapeHtml(HOSTILE_QUESTION)}</span>`);
    expect(page).toContain(`“${escapeHtml(HOSTILE_RATING_QUESTION)}”`);
    expect(page).not.toContain('<img');
    // Only the page's own three script elements (data, Chart.js, the charts).
    expect(page.match(/<script\b/g)).toHaveLength(3);
  });

  it('keeps the chart data free of "<", so no text can end its script block', () => {
    const data = inlineElements('script').find((s) => s.attributes.includes('application/json'))!;
    expect(data.text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(jsonInScript({ title: '</script><!-- & \u2028' })).toBe(
      '{"title":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028"}',
    );
  });

  it('the html template escapes what it is given, and passes only its own markup', () => {
    const name = `"><script>alert(1)</script>`;
    expect(html`<p title="${name}">${name}</p>`.value).toBe(
      '<p title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
    const list = html`<ul>
      ${['a&b', html`<li>ok</li>`, undefined, false, 3]}
    </ul>`;
    expect(list.value.replace(/\s+/g, '')).toBe('<ul>a&amp;b<li>ok</li>3</ul>');
  });

  it('refuses to inline a script that would end its own element', () => {
    expect(() => inlineScript('var a = "</script>";', 'bad.js')).toThrow(/bad\.js contains/);
    expect(inlineScript('var a = 1;\n//# sourceMappingURL=a.js.map\n', 'a.js')).toBe('var a = 1;\n');
  });
});

describe('the page for staff', () => {
  it('is Dutch, with one h1, a heading per section, and a phone viewport', () => {
    expect(page).toMatch(/<html lang="nl">/);
    expect(page.match(/<h1>/g)).toHaveLength(1);
    expect([...page.matchAll(/<h2 id="[^"]+">([^<]+)<\/h2>/g)].map((m) => m[1])).toEqual([
      'Samenvatting',
      'Vragen per dag',
      'Beantwoord, teruggevraagd en geen antwoord',
      'Meest gevraagde onderwerpen',
      'Slechtst beoordeelde antwoorden',
      'Grootste groepen onbeantwoorde vragen',
      'Talen',
    ]);
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1" />');
  });

  it('gives every chart a description and a table with the same figures for screen readers', () => {
    const charts = [...page.matchAll(/<canvas id="([^"]+)" role="img" aria-label="([^"]+)">/g)];
    expect(charts.map((c) => c[1])).toEqual([
      'grafiek-per-dag',
      'grafiek-aandelen',
      'grafiek-onderwerpen',
      'grafiek-talen',
    ]);
    for (const chart of charts) {
      const after = page.slice(chart.index);
      expect(after).toMatch(
        /^[\s\S]*?<\/canvas>\s*<\/div>\s*<div class="visually-hidden">\s*<table>\s*<caption>/,
      );
    }
    expect(charts[0]![2]).toContain('51 vragen van 23 november 2026 tot en met 29 november 2026');
    expect(charts[1]![2]).toContain('76% beantwoord, 8% teruggevraagd, 16% geen antwoord');
  });

  it('shows the fixture week’s figures', () => {
    expect(report.counts).toEqual({ turns: 63, unanswered: 8, feedback: 18, skipped: 0 });
    expect(report.data.total).toEqual({ answer: 39, clarify: 4, fallback: 8, other: 12 });
    expect(report.data.days).toHaveLength(7);
    expect(report.data.mostAsked[0]).toMatchObject({ title: 'De negen petten', count: 9 });
    expect(report.data.worstRated[0]).toMatchObject({ title: 'Schatbewaarder', down: 5, up: 1 });
    expect(report.data.unansweredGroups[0]).toMatchObject({ text: 'Wat kost een training??', count: 3 });
    expect(report.data.languages.map((l) => l.language)).toEqual(['nl', 'en']);
  });

  it('says so when nothing was recorded yet, and still is a valid page', () => {
    const empty = buildReport({}, new Map(), { generatedAt: new Date('2026-11-30T08:00:00Z'), sources: [] });
    expect(empty.html).toContain('Er is nog niets vastgelegd');
    expect(empty.html).not.toContain('<canvas');
    expect(empty.html).toMatch(/default-src 'none'|default-src &#39;none&#39;/);
  });
});
