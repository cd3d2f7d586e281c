/** A real JSON logger whose lines are kept in memory, for tests that read the logs. */
import { createLogger, type Logger, type LogLevel } from '../../src/logger';

export function capturingLogger(level: LogLevel = 'info'): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  return { logger: createLogger(level, (line) => lines.push(line)), lines };
}
