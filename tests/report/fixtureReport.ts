/**
 * The report made from the fixture week in tests/fixtures/report/ (the record
 * formats the bot writes), with the real knowledge's titles and a fixed
 * clock. Two visitor texts in it are hostile: an unanswered question with
 * "</script>" and "<img onerror>", and a 👎 question with "<img onerror>".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildReport, type BuiltReport } from '../../src/report/buildReport';
import { readEntryTitles } from '../../src/report/titles';

export const FIXTURES = path.join(__dirname, '../fixtures/report');
export const HOSTILE_QUESTION = '</script><script>alert("xss")</script><img src=x onerror=alert(1)>';
export const HOSTILE_RATING_QUESTION = '<img src=x onerror=alert(2)> wie telt het geld?';

export function fixtureLog(name: 'turns' | 'unanswered' | 'feedback'): string {
  return readFileSync(path.join(FIXTURES, `${name}.jsonl`), 'utf8');
}

export async function fixtureReport(): Promise<BuiltReport> {
  return buildReport(
    { turns: fixtureLog('turns'), unanswered: fixtureLog('unanswered'), feedback: fixtureLog('feedback') },
    await readEntryTitles(path.join(__dirname, '../../knowledge')),
    {
      generatedAt: new Date('2026-11-30T08:00:00Z'),
      sources: ['tests/fixtures/report/turns.jsonl', 'unanswered.jsonl', 'feedback.jsonl'],
    },
  );
}
