/**
 * The default logger writes the info lines of one turn of the event loop to
 * stdout together, in order, and never holds them past that turn or behind a
 * warning or an error.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../src/logger';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the default logger', () => {
  it('writes the info lines of one turn of the event loop in one write, in order', async () => {
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const logger = createLogger('info');
    logger.info('first', { n: 1 });
    logger.info('second', { n: 2 });
    expect(stdout).not.toHaveBeenCalled();
    await nextTurn();
    expect(stdout).toHaveBeenCalledTimes(1);
    const lines = String(stdout.mock.calls[0]![0]).split('\n');
    expect(lines.map((l) => (l ? (JSON.parse(l) as { msg: string }).msg : l))).toEqual([
      'first',
      'second',
      '',
    ]);
  });

  it('writes the info lines before a warning, which goes to stderr at once', () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((line) => written.push(`out ${String(line)}`) > 0);
    vi.spyOn(process.stderr, 'write').mockImplementation((line) => written.push(`err ${String(line)}`) > 0);
    const logger = createLogger('info');
    logger.info('before');
    logger.warn('careful');
    expect(written.map((w) => w.slice(0, 3))).toEqual(['out', 'err']);
    expect(written[0]).toContain('"msg":"before"');
  });
});
