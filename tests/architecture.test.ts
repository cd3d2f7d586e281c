/**
 * botbuilder is archived by Microsoft (the successor is the Microsoft 365
 * Agents SDK): the knowledge, matching and conversation policy must be able to
 * move without a rewrite, so they import nothing from it, and botbuilder is
 * imported only in src/bot and src/server, the adapters a move rewrites.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importsOf, sourceFiles } from './helpers/sourceImports';

const CORE = ['src/knowledge', 'src/text', 'src/matching', 'src/conversation', 'src/intents'];

describe('the core does not depend on the bot framework', () => {
  it.each(CORE.flatMap(sourceFiles))('%s imports neither botbuilder nor restify nor the adapters', (file) => {
    expect(
      importsOf(file).filter((i) => /botbuilder|botframework|restify|\/bot\/|\/server\//.test(i)),
    ).toEqual([]);
  });

  it('imports botbuilder only in src/bot and src/server', () => {
    const adapters = /^src\/(bot|server)\//;
    const offenders = sourceFiles('src').filter(
      (f) => !adapters.test(f) && importsOf(f).some((i) => /^(botbuilder|botframework)/.test(i)),
    );
    expect(offenders).toEqual([]);
  });

  it('reads no environment variables outside src/config.ts', () => {
    const offenders = sourceFiles('src').filter(
      (f) => f !== 'src/config.ts' && readFileSync(f, 'utf8').includes('process.env'),
    );
    expect(offenders).toEqual([]);
  });
});
