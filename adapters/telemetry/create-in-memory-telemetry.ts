/**
 * Telemetry that keeps everything in memory, for tests and the demonstration: finished and
 * running spans, every counter and histogram series, and log records at or above `level`.
 */
import type { Labels, LogLevel, Span, Telemetry, TelemetryValue } from '../../ports/telemetry.js';
import { keeps } from './log-levels.js';

export interface RecordedSpan {
  readonly name: string;
  readonly attributes: Record<string, TelemetryValue>;
  readonly errors: unknown[];
  ended: boolean;
}

export interface RecordedLog {
  readonly level: LogLevel;
  readonly message: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

export interface MetricSeries {
  readonly name: string;
  readonly labels: Labels;
  /** A counter's total, or a histogram's observations. */
  readonly values: number[];
}

export interface InMemoryTelemetry extends Telemetry {
  readonly spans: readonly RecordedSpan[];
  readonly logs: readonly RecordedLog[];
  readonly series: readonly MetricSeries[];
  /** The sum of a counter over every series whose labels include `labels`. */
  counter(name: string, labels?: Labels): number;
  /** The observations of a histogram over every series whose labels include `labels`. */
  observations(name: string, labels?: Labels): number[];
  /** Log records at exactly `level`. */
  logsAt(level: LogLevel): RecordedLog[];
  /** Forgets everything recorded so far. */
  reset(): void;
}

function matches(series: MetricSeries, name: string, labels: Labels): boolean {
  return series.name === name && Object.entries(labels).every(([key, value]) => series.labels[key] === value);
}

function seriesKey(name: string, labels: Labels): string {
  return `${name}${JSON.stringify(Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)))}`;
}

export function createInMemoryTelemetry(options: { readonly level?: LogLevel } = {}): InMemoryTelemetry {
  const level = options.level ?? 'trace';
  const spans: RecordedSpan[] = [];
  const logs: RecordedLog[] = [];
  const series: MetricSeries[] = [];
  const byKey = new Map<string, MetricSeries>();
  const seriesFor = (name: string, labels: Labels): MetricSeries => {
    const key = seriesKey(name, labels);
    let found = byKey.get(key);
    if (found === undefined) {
      found = { name, labels: { ...labels }, values: [] };
      byKey.set(key, found);
      series.push(found);
    }
    return found;
  };
  return {
    spans,
    logs,
    series,
    logger: {
      isEnabled: (candidate) => keeps(level, candidate),
      log: (candidate, message, fields = {}) => {
        if (keeps(level, candidate)) logs.push({ level: candidate, message, fields });
      },
    },
    metrics: {
      increment: (name, labels, value = 1) => {
        const counter = seriesFor(name, labels);
        counter.values[0] = (counter.values[0] ?? 0) + value;
      },
      observe: (name, labels, value) => {
        seriesFor(name, labels).values.push(value);
      },
    },
    tracer: {
      startSpan: (name, attributes): Span => {
        const span: RecordedSpan = { name, attributes: { ...attributes }, errors: [], ended: false };
        spans.push(span);
        return {
          setAttribute: (key, value) => { span.attributes[key] = value; },
          recordError: (error) => { span.errors.push(error); },
          end: () => { span.ended = true; },
        };
      },
    },
    counter: (name, labels = {}) => series.filter((entry) => matches(entry, name, labels)).reduce((sum, entry) => sum + (entry.values[0] ?? 0), 0),
    observations: (name, labels = {}) => series.filter((entry) => matches(entry, name, labels)).flatMap((entry) => entry.values),
    logsAt: (wanted) => logs.filter((entry) => entry.level === wanted),
    reset: () => {
      spans.length = 0;
      logs.length = 0;
      series.length = 0;
      byKey.clear();
    },
  };
}
