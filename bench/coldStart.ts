/**
 * Part 3: cold start, from spawning `node` until /healthz answers 200, for
 * the stock echo bot, the echo bot on our stack and ours, alternating, with
 * the resident memory right after.
 */
import { BOT_KINDS, residentMb, startBot, type BotKind } from './lib/servers';
import { median } from './lib/stats';

export interface ColdStartResult {
  runs: number;
  /** Median over the runs. */
  coldStartMs: Record<BotKind, number>;
  rssAfterStartMb: Record<BotKind, number>;
  all: { bot: BotKind; coldStartMs: number; rssMb: number }[];
}

export async function coldStartBench(runs = 5): Promise<ColdStartResult> {
  const all: ColdStartResult['all'] = [];
  for (let i = 0; i < runs; i++) {
    for (const kind of BOT_KINDS) {
      const bot = await startBot(kind);
      all.push({ bot: kind, coldStartMs: bot.coldStartMs, rssMb: await residentMb(bot.process.pid!) });
      await bot.stop();
    }
  }
  const perBot = (key: 'coldStartMs' | 'rssMb') =>
    Object.fromEntries(
      BOT_KINDS.map((kind) => [kind, median(all.filter((r) => r.bot === kind).map((r) => r[key]))]),
    ) as Record<BotKind, number>;
  return { runs, coldStartMs: perBot('coldStartMs'), rssAfterStartMb: perBot('rssMb'), all };
}
