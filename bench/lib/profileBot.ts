/**
 * A bot server under the benchmark's load with node --cpu-prof, alone (a
 * separate process from the measured rounds): where its time goes, by
 * function and by area, only the samples of the load window counted.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { readCpuProfile, selfTimeByArea, topSelfTime, type SelfTime } from './cpuProfile';
import { loadRound, type DeliveryMode } from './loadRound';
import { startBot, type BotKind, type StartedBot } from './servers';

export interface AreaTime {
  area: string;
  /** Share of the samples in the load window, 0–1 ("(idle)" included). */
  share: number;
  /** The window's wall time × share / turns: the area's time per turn in µs. */
  usPerTurn: number;
}

export interface BotProfile {
  bot: BotKind;
  mode: DeliveryMode;
  turns: number;
  windowMs: number;
  top: SelfTime[];
  areas: AreaTime[];
}

/** @param connector the fake connector, for connector mode */
export async function profileBot(
  kind: BotKind,
  questions: string[],
  seconds: number,
  mode: DeliveryMode,
  connector?: StartedBot<'fake-connector'>,
): Promise<BotProfile> {
  const dir = path.resolve('bench/results/profile', `${kind}-${mode}`);
  await rm(dir, { recursive: true, force: true });
  const bot = await startBot(kind, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  let turns: number;
  let window: { fromUs: number; toUs: number };
  try {
    await loadRound({ bot, mode, connector, set: -1 }, questions, 1); // warm-up (JIT), not counted
    const fromUs = Number(process.hrtime.bigint() / 1000n);
    turns = (await loadRound({ bot, mode, connector, set: -1 }, questions, seconds)).turns;
    window = { fromUs, toUs: Number(process.hrtime.bigint() / 1000n) };
  } finally {
    await bot.stop(); // the profile is written at exit
  }
  const file = (await readdir(dir)).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no .cpuprofile written in ${dir}`);
  const cpu = await readCpuProfile(path.join(dir, file));
  const shares = selfTimeByArea(cpu, window);
  if (shares.length === 0) throw new Error('no profile samples inside the load window (clock mismatch?)');
  const windowUs = window.toUs - window.fromUs;
  return {
    bot: kind,
    mode,
    turns,
    windowMs: windowUs / 1000,
    top: topSelfTime(cpu, 20, window),
    areas: shares.map((a) => ({ ...a, usPerTurn: (a.share * windowUs) / turns })),
  };
}
