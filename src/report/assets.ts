/**
 * What the report page inlines: Chart.js's browser bundle from the installed
 * package (no CDN), and the page's own script and style in `public/report/`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageFile, projectDir } from '../assetPaths';

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
  return packageFile('chart.js', 'dist/chart.umd.min.js');
}

function reportDir(): string {
  return path.join(projectDir('public/report/charts.js'), 'public', 'report');
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
