/** Telemetry that only logs, to stderr: for the command line and quick diagnosis. */
import { noopTelemetry, type LogLevel, type Telemetry } from '../../ports/telemetry.js';
import { createConsoleLogger, type LineWriter } from './create-console-logger.js';

export function createConsoleTelemetry(level: LogLevel = 'info', write?: LineWriter): Telemetry {
  return Object.freeze({ ...noopTelemetry, logger: createConsoleLogger(level, write) });
}
