/**
 * npm run ask -- "vraag" ["vervolgvraag" …]
 * Staff tool: sends the question(s) through the conversation policy, as one
 * conversation, and prints for each the intent, the chosen entry, the score
 * breakdown of the best candidates and the reply as the bot would send it.
 * `--memory` (before the questions) also prints the conversation memory after each turn (focus, choices).
 */
import { loadConfig } from '../config';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { createConversationDeps } from '../conversation/createConversation';
import { respond } from '../intents/respond';
import { newMemory } from '../conversation/memory';
import { renderReply } from '../bot/render/renderReply';
import { runCli } from './runCli';

async function main(): Promise<number> {
  const showMemory = process.argv[2] === '--memory';
  const questions = process.argv.slice(showMemory ? 3 : 2);
  if (questions.length === 0) {
    console.error('usage: npm run ask -- "Wat zijn de negen petten?" ["de tweede" …]');
    return 2;
  }
  const config = loadConfig();
  const { knowledge } = await loadKnowledge(config.knowledgeDir);
  const deps = createConversationDeps(knowledge, config.matcher, true);
  let memory = newMemory();
  for (const question of questions) {
    const result = respond({ text: question, locale: 'nl-NL' }, memory, deps);
    memory = result.memory;
    if (showMemory) console.log(JSON.stringify(memory));
    const tokens = deps.matcher.match(question).tokens;
    console.log(`\n> ${question}`);
    console.log(
      `intent: ${result.intent}; entry: ${result.replies.map((r) => r.entryId ?? `(${r.kind})`).join(', ')}; language: ${result.replies[0]?.language}`,
    );
    console.log(
      `words nl: ${tokens.nl.map((t) => `${t.typed}${t.word !== t.typed ? `→${t.word}` : ''}[${t.stem}]${t.unknown ? '?' : ''}`).join(' ')}`,
    );
    console.log(
      `words en: ${tokens.en.map((t) => `${t.typed}${t.word !== t.typed ? `→${t.word}` : ''}[${t.stem}]${t.unknown ? '?' : ''}`).join(' ')}`,
    );
    for (const c of result.candidates.slice(0, 5)) {
      console.log(
        `  ${c.score.toFixed(3)}  ${c.entryId.padEnd(32)} question ${c.phrasingScore.toFixed(3)}  answer ${c.answerScore.toFixed(3)}  coverage ${c.coverage.toFixed(2)}  ${c.language}  "${c.phrasing ?? ''}"`,
      );
    }
    for (const reply of result.replies)
      console.log(
        JSON.stringify(renderReply(reply, { channelId: 'emulator', recipientId: 'user' }), null, 2),
      );
    if (result.unanswered) console.log('(recorded as unanswered)');
  }
  return 0;
}

runCli('ask', main);
