/**
 * The report page's Content-Security-Policy, as a meta element (a file opened
 * from disk has no response headers): nothing may be loaded, and only the
 * page's own inline scripts and style, by their SHA-256 hash, may run. A
 * script injected through visitor text would have another hash and is refused.
 */
import { createHash } from 'node:crypto';

export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export function reportPolicy(scripts: readonly string[], styles: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scripts.map(sha256Source).join(' ')}`,
    `style-src ${styles.map(sha256Source).join(' ')}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
