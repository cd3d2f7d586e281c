/**
 * What the report page inlines: Chart.js's browser bundle from the installed
 * package (no CDN), and the page's own script and style in `public/report/`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface ReportAssets {
  /** Chart.js's UMD bundle: defines `window.Chart`. */
  chartJs: string;
  /** Draws the charts from the page's data block. */
  script: string;
  style: string;
}

export function loadReportAssets(): ReportAssets {
  const dir = reportDir();
  return {
    chartJs: inlineScript(readFileSync(chartJsBundlePath(), 'utf8'), 'chart.umd.min.js'),
    script: inlineScript(readFileSync(path.join(dir, 'charts.js'), 'utf8'), 'public/report/charts.js'),
    style: readFileSync(path.join(dir, 'report.css'), 'utf8'),
  };
}

/**
 * `dist/chart.umd.min.js` of chart.js. The package's `exports` map hides its
 * files from require.resolve, so resolve the entry point and walk up to the
 * package directory.
 */
export function chartJsBundlePath(): string {
  let dir = path.dirname(require.resolve('chart.js'));
  while (!isPackage(dir, 'chart.js')) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('the chart.js package directory was not found');
    dir = parent;
  }
  return path.join(dir, 'dist', 'chart.umd.min.js');
}

function reportDir(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'public', 'report', 'charts.js'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('public/report/charts.js not found above ' + __dirname);
    dir = parent;
  }
  return path.join(dir, 'public', 'report');
}

function isPackage(dir: string, name: string): boolean {
  const manifest = path.join(dir, 'package.json');
  return (
    existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === name
  );
}

/**
 * A script's text as it can stand between <script> and </script>: without its
 * source-map comment (the page loads nothing else), and refused if it holds
 * text that would end or confuse the script element.
 */
export function inlineScript(code: string, name: string): string {
  const text = code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  if (/<\/script|<!--|<script/i.test(text)) {
    throw new Error(`${name} contains "</script", "<script" or "<!--" and cannot be inlined as it is`);
  }
  return text;
}
