/** The turn benchmark's tables for the terminal (Markdown, ready for BENCHMARKS.md). */
import type { ModeResult, TurnBenchResult } from '../turnBench';
import type { PairedRatio } from './pairs';
import type { BotProfile } from './profileBot';
import { BOT_KINDS } from './servers';
import { ms, table } from './table';

export function turnReport(r: TurnBenchResult): string {
  const parts: string[] = [];
  for (const [mode, result] of Object.entries(r.modes)) {
    parts.push(
      `\nTurns, POST /api/messages, delivery ${mode} (${r.connections} connections, ${r.secondsPerRound} s per round, ${r.sets} sets of ${BOT_KINDS.join(' / ')})`,
      modeTables(result, r),
    );
  }
  if (r.profile)
    for (const [mode, profiles] of Object.entries(r.profile)) parts.push(profileTables(mode, profiles));
  return parts.join('\n');
}

function modeTables(m: ModeResult, r: TurnBenchResult): string {
  const connector = m.rounds.some((x) => x.connector);
  const rounds = table(
    [
      'set',
      'bot',
      'turns/s',
      'p50 ms',
      'p99 ms',
      'CPU ms/turn',
      ...(connector ? ['connector: activities/turn', 'connections/turn', 'its CPU ms/turn'] : []),
      'non-2xx',
      'errors',
    ],
    m.rounds.map((x) => [
      x.set + 1,
      x.bot,
      ms(x.turnsPerSecond, 0),
      x.p50Ms,
      x.p99Ms,
      ms(x.cpuMsPerTurn, 2),
      ...(x.connector
        ? [
            ms(x.connector.activitiesPerTurn, 2),
            ms(x.connector.connectionsPerTurn, 3),
            ms(x.connector.cpuMsPerTurn, 2),
          ]
        : []),
      x.non2xx,
      x.errors,
    ]),
  );
  const medians = table(
    ['bot', 'turns/s (median)', 'p50 ms', 'p99 ms', 'CPU ms/turn', 'RSS after start MB', 'RSS after load MB'],
    BOT_KINDS.map((b) => [
      b,
      ms(m.figures[b].turnsPerSecond, 0),
      m.figures[b].p50Ms,
      m.figures[b].p99Ms,
      ms(m.figures[b].cpuMsPerTurn, 2),
      ms(r.rssMb[b].afterStart, 1),
      ms(r.rssMb[b].afterLoad, 1),
    ]),
  );
  return [
    rounds,
    medians,
    `turns/s, ours / echo: ${ratio(m.turnsRatio.oursToEcho)} (target ≥ 0.80)`,
    `turns/s, ours / echo-our-stack: ${ratio(m.turnsRatio.oursToEchoOurStack)}`,
    `turns/s, echo-our-stack / echo: ${ratio(m.turnsRatio.echoOurStackToEcho)}`,
    `CPU per turn, echo / ours: ${ratio(m.cpuRatio.echoToOurs)}`,
    `CPU per turn, echo-our-stack / ours: ${ratio(m.cpuRatio.echoOurStackToOurs)}`,
  ].join('\n');
}

function ratio(p: PairedRatio): string {
  return `${p.median.toFixed(2)} (median of the sets ${p.pairs.map((x) => x.toFixed(2)).join(', ')})`;
}

function profileTables(mode: string, p: { ours: BotProfile; echo: BotProfile }): string {
  const areas = [...new Set([...p.ours.areas, ...p.echo.areas].map((a) => a.area))];
  const of = (profile: BotProfile, area: string) => profile.areas.find((a) => a.area === area);
  const cells = (profile: BotProfile, area: string) => {
    const a = of(profile, area);
    return a ? [`${(a.share * 100).toFixed(1)}%`, ms(a.usPerTurn, 0)] : ['–', '–'];
  };
  const byOurs = areas.sort((a, b) => (of(p.ours, b)?.usPerTurn ?? 0) - (of(p.ours, a)?.usPerTurn ?? 0));
  const summary = (profile: BotProfile) =>
    `${profile.bot}: ${profile.turns} turns in ${ms(profile.windowMs / 1000, 1)} s`;
  return [
    `\nCPU profiles under load (${mode}), each bot alone; self time by area, wall time per turn (${summary(p.ours)}; ${summary(p.echo)})`,
    table(
      ['area', 'ours share', 'ours µs/turn', 'echo share', 'echo µs/turn'],
      byOurs.map((area) => [area, ...cells(p.ours, area), ...cells(p.echo, area)]),
    ),
    `\nours (${mode}), top functions by self time`,
    table(
      ['function', 'share'],
      p.ours.top.map((t) => [t.where, `${(t.share * 100).toFixed(1)}%`]),
    ),
    `\necho (${mode}), top functions by self time`,
    table(
      ['function', 'share'],
      p.echo.top.slice(0, 12).map((t) => [t.where, `${(t.share * 100).toFixed(1)}%`]),
    ),
  ].join('\n');
}
