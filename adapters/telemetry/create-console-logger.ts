/**
 * A logger that writes one line per message to stderr (or any writer): time, level, message and
 * the fields as JSON. Messages below `level` are dropped before any field is formatted.
 */
import type { Logger, LogLevel } from '../../ports/telemetry.js';
import { jsonSafe } from './json-safe.js';
import { isLogLevel, keeps, LOG_LEVELS } from './log-levels.js';

export type LineWriter = (line: string) => void;

const toStderr: LineWriter = (line) => {
  process.stderr.write(`${line}\n`);
};

export function createConsoleLogger(level: LogLevel = 'info', write: LineWriter = toStderr, now: () => Date = () => new Date()): Logger {
  if (!isLogLevel(level)) throw new RangeError(`log level must be one of ${LOG_LEVELS.join(', ')}, got ${String(level)}`);
  return Object.freeze({
    isEnabled: (candidate: LogLevel) => keeps(level, candidate),
    log: (candidate: LogLevel, message: string, fields?: Readonly<Record<string, unknown>>) => {
      if (!keeps(level, candidate)) return;
      const details = fields === undefined || Object.keys(fields).length === 0 ? '' : ` ${JSON.stringify(jsonSafe(fields))}`;
      write(`${now().toISOString()} ${candidate.toUpperCase().padEnd(5)} ${message}${details}`);
    },
  });
}
