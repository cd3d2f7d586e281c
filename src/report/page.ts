/**
 * The whole report as one HTML document that needs nothing else: Chart.js,
 * the page's script, its style and the data are all inside, under a strict
 * Content-Security-Policy. Readable on a phone (one column, no sideways
 * scrolling at 375 px), in Dutch.
 */
import type { ReportData } from './aggregate';
import type { ReportAssets } from './assets';
import { chartSpecs } from './charts';
import { reportPolicy } from './csp';
import { longDay, moment } from './format';
import { html, jsonInScript, SafeHtml } from './html';
import { LABELS } from './labels';
import {
  languageSection,
  mostAskedSection,
  perDaySection,
  sharesSection,
  summarySection,
  unansweredSection,
  worstRatedSection,
} from './sections';

export interface PageOptions {
  generatedAt: Date;
  /** Where each log was read from, shown in the header. */
  sources: readonly string[];
  timeZone: string;
}

/** The id of the data block the page's script reads. */
export const DATA_ID = 'report-data';

export function renderReport(data: ReportData, assets: ReportAssets, options: PageOptions): string {
  const period = data.period ? `${longDay(data.period.first)} – ${longDay(data.period.last)}` : '–';
  const policy = reportPolicy([assets.chartJs, assets.script], [assets.style]);
  const page = html`<!doctype html>
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="${policy}" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>${LABELS.title}${data.period ? `, ${period}` : ''}</title>
        ${element('style', assets.style)}
      </head>
      <body>
        <header class="banner">
          <h1>${LABELS.title}</h1>
          <p>${LABELS.period}: ${period}</p>
          <p class="small">
            ${LABELS.generated} ${moment(options.generatedAt.toISOString(), options.timeZone)}
          </p>
          <p class="small">${LABELS.source}: ${options.sources.join('; ')}</p>
        </header>
        <main>${body(data, options.timeZone)}</main>
        <footer><p>${LABELS.footer}</p></footer>
        ${element('script', jsonInScript({ charts: chartSpecs(data) }), ` type="application/json" id="${DATA_ID}"`)}
        ${element('script', assets.chartJs)} ${element('script', assets.script)}
      </body>
    </html> `;
  return page.value;
}

function body(data: ReportData, timeZone: string): SafeHtml {
  if (!data.period) return html`<p class="empty">${LABELS.noRecords}</p>`;
  const traffic =
    data.days.length > 0
      ? [summarySection(data), perDaySection(data), sharesSection(data)]
      : [html`<p class="empty">${LABELS.noTurns}</p>`];
  return html`${traffic} ${mostAskedSection(data)} ${worstRatedSection(data)}
  ${unansweredSection(data, timeZone)} ${data.languages.length > 0 ? languageSection(data) : ''}`;
}

/**
 * An inline script or style with exactly `text` inside: the policy allows it by
 * the hash of that text, so not a character may be added (the html template
 * is formatted as HTML by prettier). Only for the page's own assets and for
 * JSON made safe for a script block.
 */
function element(tag: 'script' | 'style', text: string, attributes = ''): SafeHtml {
  return new SafeHtml(`<${tag}${attributes}>${text}</${tag}>`);
}
