/**
 * botbuilder is archived by Microsoft (the successor is the Microsoft 365
 * Agents SDK): the knowledge, matching and conversation policy must be able to
 * move without a rewrite, so they import nothing from it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = ['src/knowledge', 'src/text', 'src/matching', 'src/conversation', 'src/intents'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : [],
  );
}

describe('the core does not depend on the bot framework', () => {
  it.each(CORE.flatMap(files))('%s imports neither botbuilder nor restify nor the adapters', (file) => {
    const imports = [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
    expect(imports.filter((i) => /botbuilder|botframework|restify|\/bot\/|\/server\//.test(i))).toEqual([]);
  });

  it('reads no environment variables outside src/config.ts', () => {
    const offenders = files('src').filter(
      (f) => f !== path.join('src', 'config.ts') && readFileSync(f, 'utf8').includes('process.env'),
    );
    expect(offenders).toEqual([]);
  });
});
