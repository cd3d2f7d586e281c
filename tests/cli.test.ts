/**
 * The staff commands as staff run them (npm run kb:check, kb:import, ask,
 * kb:unanswered), and the start-up refusing a broken knowledge base.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/runCli';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { KnowledgeError } from '../src/knowledge/issues';
import { silentLogger } from '../src/logger';
import { ENTRY_COUNT, LIST_COUNT, PAGE_ENTRY_COUNT } from './helpers/knowledgeText';

const cli = runCli;

describe('npm run kb:check', () => {
  it('accepts the real knowledge base', async () => {
    const { code, out } = await cli('kbCheck');
    expect(code).toBe(0);
    expect(out).toContain(`knowledge: ${ENTRY_COUNT} entries (${LIST_COUNT} lists) are valid; 0 warning(s)`);
  });

  it('refuses a broken one with file, line, entry and fix, and exit code 1', async () => {
    const { code, out } = await cli('kbCheck', [], {
      KNOWLEDGE_DIR: 'tests/fixtures/knowledge/duplicate-id',
    });
    expect(code).toBe(1);
    expect(out).toMatch(
      /b-plan\.yaml:\d+ \[goed-plan\] error: id "goed-plan" is used twice \(first at a-plan\.yaml:\d+\)/,
    );
    expect(out).toMatch(/fix: /);
  });
});

describe('npm run kb:import', () => {
  it('finds nothing to change in the curated knowledge (curation kept)', async () => {
    const { code, out } = await cli('kbImport', ['--dry-run']);
    expect(code).toBe(0);
    expect(out).toContain(
      `${PAGE_ENTRY_COUNT} entries on the page: 0 added, 0 updated, 0 removed; curation kept.`,
    );
    expect(out).not.toContain('would write');
  });
});

describe('npm run ask', () => {
  it('prints the intent, the entry, the scores and the reply as the bot sends it', async () => {
    const { code, out } = await cli('ask', ['Wat doet de verkenner?', 'en de volgende?']);
    expect(code).toBe(0);
    expect(out).toContain('intent: faqQuestion; entry: pet-verkenner; language: nl');
    expect(out).toMatch(/1\.000 {2}pet-verkenner/);
    expect(out).toContain('intent: navigate; entry: pet-verkoper');
    expect(out).toContain('"type": "message"');
    expect(out).toContain('U motiveert anderen');
  });
});

describe('npm run kb:unanswered', () => {
  it('summarises the log, most frequent first', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'unanswered-cli-'));
    const log = path.join(dir, 'log.jsonl');
    const line = (text: string) =>
      JSON.stringify({
        time: '2026-01-01T00:00:00Z',
        text,
        language: 'nl',
        candidates: [],
        conversationId: 'c',
      });
    await writeFile(
      log,
      [line('Wat kost een training?'), line('wat kost een training'), line('Wie was Lucebert?')].join('\n'),
    );
    const { code, out } = await cli('kbUnanswered', [], { UNANSWERED_LOG: log });
    expect(code).toBe(0);
    expect(out).toContain('3 unanswered question(s), 2 different');
    expect(out.indexOf('training')).toBeLessThan(out.indexOf('Lucebert'));
  });
});

describe('start-up', () => {
  it('does not start with a broken knowledge base', async () => {
    const config = loadConfig({ KNOWLEDGE_DIR: 'tests/fixtures/knowledge/not-verbatim' });
    await expect(createApp(config, silentLogger)).rejects.toBeInstanceOf(KnowledgeError);
  });
});
