/**
 * What each chart shows, as plain data for the page's script
 * (public/report/charts.js), which only draws it. Colours have at least 3:1
 * contrast with the white page (WCAG 1.4.11); stacked neighbours differ in
 * lightness too (navy, amber, dark red, about 2.6:1 each) and are separated by
 * a white line. Each chart also has a legend and a table.
 */
import type { ReportData } from './aggregate';
import { shortDay } from './format';
import { LABELS } from './labels';
import { questions, share } from './traffic';

export interface ChartSpec {
  /** The canvas's id. */
  id: string;
  /** stacked: stacked bars; percent: stacked bars of shares (0–100); bars: horizontal bars; doughnut */
  kind: 'stacked' | 'percent' | 'bars' | 'doughnut';
  labels: string[];
  series: { label: string; data: number[]; color: string | string[] }[];
}

export const COLOURS = {
  answer: '#0b3d63',
  clarify: '#b36b00',
  fallback: '#7a1712',
} as const;

/** Languages in the doughnut, in order. */
export const LANGUAGE_COLOURS = ['#0b3d63', '#b36b00', '#5c5c5c', '#4a2a7a'];

export const CHART_IDS = {
  perDay: 'grafiek-per-dag',
  shares: 'grafiek-aandelen',
  mostAsked: 'grafiek-onderwerpen',
  languages: 'grafiek-talen',
} as const;

export function chartSpecs(data: ReportData): ChartSpec[] {
  const specs: ChartSpec[] = [];
  if (data.days.length > 0) {
    const labels = data.days.map((d) => shortDay(d.day));
    specs.push({
      id: CHART_IDS.perDay,
      kind: 'stacked',
      labels,
      series: [
        { label: LABELS.answered, data: data.days.map((d) => d.answer), color: COLOURS.answer },
        { label: LABELS.clarified, data: data.days.map((d) => d.clarify), color: COLOURS.clarify },
        { label: LABELS.fellBack, data: data.days.map((d) => d.fallback), color: COLOURS.fallback },
      ],
    });
    const pct = (part: number, d: (typeof data.days)[number]) =>
      Math.round(share(part, questions(d)) * 1000) / 10;
    specs.push({
      id: CHART_IDS.shares,
      kind: 'percent',
      labels,
      series: [
        { label: LABELS.answered, data: data.days.map((d) => pct(d.answer, d)), color: COLOURS.answer },
        { label: LABELS.clarified, data: data.days.map((d) => pct(d.clarify, d)), color: COLOURS.clarify },
        { label: LABELS.fellBack, data: data.days.map((d) => pct(d.fallback, d)), color: COLOURS.fallback },
      ],
    });
  }
  if (data.mostAsked.length > 0) {
    specs.push({
      id: CHART_IDS.mostAsked,
      kind: 'bars',
      labels: data.mostAsked.map((e) => e.title),
      series: [{ label: LABELS.times, data: data.mostAsked.map((e) => e.count), color: COLOURS.answer }],
    });
  }
  if (data.languages.length > 0) {
    specs.push({
      id: CHART_IDS.languages,
      kind: 'doughnut',
      labels: data.languages.map((l) => languageName(l.language)),
      series: [
        {
          label: LABELS.messages,
          data: data.languages.map((l) => l.count),
          color: data.languages.map((_, i) => LANGUAGE_COLOURS[i % LANGUAGE_COLOURS.length]!),
        },
      ],
    });
  }
  return specs;
}

export function languageName(code: string): string {
  return LABELS.languageNames[code] ?? code;
}
