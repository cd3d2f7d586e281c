/**
 * Part 3: cold start, from spawning `node` until /healthz answers 200, ours
 * next to the echo bot, alternating, with the resident memory right after.
 */
import { residentMb, startBot, type BotKind } from './lib/servers';
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
    for (const kind of ['echo', 'ours'] as const) {
      const bot = await startBot(kind);
      all.push({ bot: kind, coldStartMs: bot.coldStartMs, rssMb: await residentMb(bot.process.pid!) });
      await bot.stop();
    }
  }
  const of = (kind: BotKind, key: 'coldStartMs' | 'rssMb') =>
    median(all.filter((r) => r.bot === kind).map((r) => r[key]));
  return {
    runs,
    coldStartMs: { echo: of('echo', 'coldStartMs'), ours: of('ours', 'coldStartMs') },
    rssAfterStartMb: { echo: of('echo', 'rssMb'), ours: of('ours', 'rssMb') },
    all,
  };
}
