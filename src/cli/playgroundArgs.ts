/**
 * The arguments of npm run playground, apart from the command itself so that
 * tests can read them without starting it (importing playground.ts runs it).
 */

/** The Playground's channels (agentsplayground start --help). */
export const CHANNELS = ['webchat', 'msteams', 'emulator', 'directline', 'agents'] as const;
export type Channel = (typeof CHANNELS)[number];

const USAGE = `usage: npm run playground [-- --channel ${CHANNELS.join('|')}]`;

export function parsePlaygroundArgs(args: readonly string[]): { channel: Channel } {
  if (args.length === 0) return { channel: 'webchat' };
  const [flag, value] = args;
  if (args.length === 2 && (flag === '--channel' || flag === '-c')) {
    const channel = CHANNELS.find((c) => c === value?.toLowerCase());
    if (channel) return { channel };
    throw new Error(`unknown channel "${value}": one of ${CHANNELS.join(', ')}`);
  }
  throw new Error(`unknown arguments "${args.join(' ')}"; ${USAGE}`);
}
