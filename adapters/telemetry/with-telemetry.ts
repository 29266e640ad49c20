/**
 * A port decorator that traces, measures and logs every call, following the integration module:
 * one span per call (`dynamodb.get_item`, ...), the `dynamodb_*` metrics, and logs at ERROR for
 * authentication, configuration and service failures, WARN for throttling and unprocessed batch
 * items, INFO for committed transactions, DEBUG for request shapes (no values) and outcomes,
 * TRACE for whole payloads. Placed outermost, it sees each call once, retries included; the retry
 * layer reports the attempts in between (see report-retries.ts).
 *
 * Telemetry never changes an outcome: a backend that throws is ignored.
 */
import { DynamoDbError } from '../../ports/dynamo-db-error.js';
import type { InputOf, OperationName, OutputOf } from '../../ports/dynamo-db-operations.js';
import { createDynamoDbPort, type DynamoDbPort } from '../../ports/dynamo-db-port.js';
import type { LogLevel, Telemetry } from '../../ports/telemetry.js';
import { KeySchemaCatalog, type KeyAttributes } from './key-schema-catalog.js';
import { METRICS } from './metric-names.js';
import { OPERATION_LABELS, spanName } from './operation-labels.js';
import { requestShape } from './request-shape.js';
import { createRequestSummarizer, type RequestSummary } from './request-summary.js';
import { consumedCapacity, itemsReturned, unprocessed } from './response-measures.js';

export interface TelemetryOptions {
  /** Key schemas by table, for `pk`/`sk` before a CreateTable or DescribeTable has passed. */
  readonly keySchemas?: Readonly<Record<string, KeyAttributes>> | undefined;
  /** Whether spans carry key values as `pk` and `sk`; true by default. */
  readonly includeKeyValues?: boolean | undefined;
  /** A monotonic clock in milliseconds; performance.now by default. */
  readonly now?: (() => number) | undefined;
}

function guarded(record: () => void): void {
  try {
    record();
  } catch {
    // Telemetry must never fail a call that succeeded, nor replace the error of one that failed.
  }
}

/** The level a failed call is logged at. */
export function failureLevel(error: unknown): LogLevel {
  if (!DynamoDbError.is(error)) return 'error';
  // An item collection at its size limit needs someone's attention, as throttling does.
  if (error.reason === 'CircuitOpen' || error.kind === 'throughput' || error.reason === 'ItemCollectionSizeLimitExceeded') return 'warn';
  if (error.kind === 'authentication' || error.kind === 'configuration' || error.kind === 'service') return 'error';
  // Failed conditions, validation and the like are the caller's to handle.
  return 'debug';
}

function conditionFailed(error: unknown): boolean {
  if (!DynamoDbError.is(error)) return false;
  return error.reason === 'ConditionFailed' || (error.cancellationReasons ?? []).some((reason) => reason.Code === 'ConditionalCheckFailed');
}

export function withTelemetry(port: DynamoDbPort, telemetry: Telemetry, options: TelemetryOptions = {}): DynamoDbPort {
  const { logger, metrics, tracer } = telemetry;
  const enabled = (level: LogLevel): boolean => logger.isEnabled?.(level) ?? true;
  const now = options.now ?? (() => performance.now());
  const catalog = new KeySchemaCatalog(options.keySchemas);
  const summarize = createRequestSummarizer(catalog, options.includeKeyValues ?? true);

  function succeeded(operation: OperationName, input: unknown, output: unknown, summary: RequestSummary, seconds: number): void {
    const label = OPERATION_LABELS[operation];
    const labels = { operation: label, table: summary.table };
    catalog.learn(operation, input, output);
    metrics.increment(METRICS.operations, { ...labels, status: 'success' });
    metrics.observe(METRICS.duration, labels, seconds);
    for (const { table, count } of consumedCapacity(output, summary.table)) metrics.increment(METRICS.consumedCapacity, { table, operation: label }, count);
    for (const { table, count } of itemsReturned(operation, output, summary.table) ?? []) metrics.observe(METRICS.itemsReturned, { operation: label, table }, count);
    const left = unprocessed(operation, output);
    for (const { table, count } of left) metrics.increment(METRICS.unprocessed, { table, operation: label }, count);
    if (left.length > 0) logger.log('warn', `dynamodb ${label} left items unprocessed`, { operation, unprocessed: Object.fromEntries(left.map(({ table, count }) => [table, count])) });
    if (operation === 'TransactWriteItems') {
      logger.log('info', 'dynamodb transaction committed', { tables: summary.tables, item_count: summary.attributes['item_count'], duration_ms: seconds * 1000 });
    }
    if (enabled('debug')) logger.log('debug', `dynamodb ${label} succeeded`, { operation, table: summary.table, duration_ms: seconds * 1000 });
    if (enabled('trace')) logger.log('trace', `dynamodb ${label} response payload`, { operation, output });
  }

  function failed(operation: OperationName, error: unknown, summary: RequestSummary, seconds: number): void {
    const label = OPERATION_LABELS[operation];
    const labels = { operation: label, table: summary.table };
    metrics.increment(METRICS.operations, { ...labels, status: 'error' });
    metrics.observe(METRICS.duration, labels, seconds);
    const known = DynamoDbError.is(error) ? error : undefined;
    metrics.increment(METRICS.errors, { error_type: known?.kind ?? 'unknown', reason: known?.reason ?? 'Unknown', ...labels });
    if (known?.kind === 'throughput') metrics.increment(METRICS.throttles, labels);
    if (conditionFailed(error)) metrics.increment(METRICS.conditionalCheckFailures, labels);
    const level = failureLevel(error);
    if (enabled(level)) {
      logger.log(level, `dynamodb ${label} failed`, {
        operation,
        table: summary.table,
        error_type: known?.kind ?? 'unknown',
        reason: known?.reason ?? 'Unknown',
        error_name: known?.errorName ?? (error instanceof Error ? error.name : typeof error),
        message: error instanceof Error ? error.message : String(error),
        retryable: known?.retryable ?? false,
        duration_ms: seconds * 1000,
      });
    }
  }

  const send = async <N extends OperationName>(operation: N, input: InputOf<N>): Promise<OutputOf<N>> => {
    const summary = summarize(operation, input);
    const span = tracer.startSpan(spanName(operation), summary.attributes);
    guarded(() => {
      if (enabled('debug')) logger.log('debug', `dynamodb ${OPERATION_LABELS[operation]} request`, { operation, shape: requestShape(operation, input) });
      if (enabled('trace')) logger.log('trace', `dynamodb ${OPERATION_LABELS[operation]} request payload`, { operation, input });
    });
    const started = now();
    try {
      const output = await port.send(operation, input);
      guarded(() => {
        succeeded(operation, input, output, summary, (now() - started) / 1000);
        span.setAttribute('status', 'ok');
      });
      return output;
    } catch (error) {
      guarded(() => {
        failed(operation, error, summary, (now() - started) / 1000);
        span.setAttribute('status', 'error');
        if (DynamoDbError.is(error)) span.setAttribute('error_type', error.kind);
        span.recordError(error);
      });
      throw error;
    } finally {
      guarded(() => { span.end(); });
    }
  };
  return createDynamoDbPort(send);
}
