/**
 * Tracing, metrics and logs, as three small interfaces that any backend (OpenTelemetry,
 * Prometheus, a console) can implement. Nothing passed here may contain credentials; item
 * payloads only at the `trace` level.
 */
export type LogLevel = 'error' | 'warn' | 'info' | 'debug' | 'trace';
export type TelemetryValue = string | number | boolean;
export type Labels = Readonly<Record<string, TelemetryValue>>;

export interface Logger {
  log(level: LogLevel, message: string, fields?: Readonly<Record<string, unknown>>): void;
  /**
   * Whether a message at `level` would be kept, so that callers can skip building costly fields
   * (request shapes, payloads) on hot paths. A logger without it is taken to keep everything.
   */
  isEnabled?(level: LogLevel): boolean;
}

export interface Metrics {
  /** Adds to a counter such as `dynamodb_operations_total`. */
  increment(name: string, labels: Labels, value?: number): void;
  /** Records one observation of a histogram such as `dynamodb_operation_duration_seconds`. */
  observe(name: string, labels: Labels, value: number): void;
}

export interface Span {
  setAttribute(name: string, value: TelemetryValue): void;
  recordError(error: unknown): void;
  end(): void;
}

export interface Tracer {
  startSpan(name: string, attributes: Labels): Span;
}

export interface Telemetry {
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly tracer: Tracer;
}

const noopSpan: Span = Object.freeze({ setAttribute: () => undefined, recordError: () => undefined, end: () => undefined });

/** Telemetry that records nothing: the default when none is configured. */
export const noopTelemetry: Telemetry = Object.freeze({
  logger: Object.freeze({ log: () => undefined, isEnabled: () => false }),
  metrics: Object.freeze({ increment: () => undefined, observe: () => undefined }),
  tracer: Object.freeze({ startSpan: () => noopSpan }),
});
