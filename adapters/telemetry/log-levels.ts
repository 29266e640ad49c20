/** Log levels from the most to the least severe, and whether a threshold keeps a message. */
import type { LogLevel } from '../../ports/telemetry.js';

export const LOG_LEVELS: readonly LogLevel[] = ['error', 'warn', 'info', 'debug', 'trace'];

const SEVERITY: Readonly<Record<LogLevel, number>> = { error: 0, warn: 1, info: 2, debug: 3, trace: 4 };

/** True when a logger set to `threshold` keeps messages at `level`. */
export function keeps(threshold: LogLevel, level: LogLevel): boolean {
  return SEVERITY[level] <= SEVERITY[threshold];
}

export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && (LOG_LEVELS as readonly string[]).includes(value);
}
