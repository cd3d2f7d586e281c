/**
 * Structured JSON logs, one object per line on stdout/stderr, so App Service
 * and any log shipper can parse them. Message text from visitors is only
 * logged when debug logging is on.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function createLogger(
  level: LogLevel = 'info',
  write: (line: string, level: LogLevel) => void = defaultWrite,
): Logger {
  const log =
    (at: LogLevel) =>
    (msg: string, fields: Record<string, unknown> = {}) => {
      if (ORDER[at] < ORDER[level]) return;
      write(JSON.stringify(lineOf(at, msg, fields)), at);
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/** A logger that drops everything (tests, tools). */
export const silentLogger: Logger = createLogger('error', () => undefined);

function defaultWrite(line: string, level: LogLevel): void {
  if (level === 'error' || level === 'warn') {
    flushStdout(); // what was logged before it is printed before it
    process.stderr.write(`${line}\n`);
  } else toStdout(`${line}\n`);
}

/**
 * The stdout lines of one turn of the event loop, written together at its end (and before the
 * process exits): under load, a write per line (a system call, and the stream's bookkeeping)
 * cost as much as making the line. Warnings and errors are written at once.
 */
let stdoutLines: string[] = [];
let flushOnExit = false;

function toStdout(line: string): void {
  if (stdoutLines.length === 0) setImmediate(flushStdout);
  if (!flushOnExit) {
    process.once('exit', flushStdout);
    flushOnExit = true;
  }
  stdoutLines.push(line);
}

function flushStdout(): void {
  if (stdoutLines.length === 0) return;
  const lines = stdoutLines.join('');
  stdoutLines = [];
  process.stdout.write(lines);
}

/**
 * The line's object: time, level and message, then the fields (a field of the same name replaces
 * one of those in its place), errors as their name and message. The fields are copied once, into
 * the line itself: a line is made for every turn.
 */
function lineOf(level: LogLevel, msg: string, fields: Record<string, unknown>): Record<string, unknown> {
  const line: Record<string, unknown> = { time: new Date().toISOString(), level, msg };
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    line[key] = value instanceof Error ? { name: value.name, message: value.message } : value;
  }
  return line;
}
