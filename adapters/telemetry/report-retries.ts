/**
 * Telemetry for the retry layer: an observer to pass as its `onRetry`, so that every retry is
 * logged at WARN and counted, and a throttled attempt counts as a throttle.
 */
import type { RetryEvent } from '../resilience/with-retries.js';
import type { Telemetry } from '../../ports/telemetry.js';
import { KeySchemaCatalog } from './key-schema-catalog.js';
import { METRICS } from './metric-names.js';
import { OPERATION_LABELS } from './operation-labels.js';
import { createRequestSummarizer } from './request-summary.js';

export function reportRetries(telemetry: Telemetry): (event: RetryEvent) => void {
  const summarize = createRequestSummarizer(new KeySchemaCatalog(), false);
  return (event) => {
    const operation = OPERATION_LABELS[event.operation];
    const { table } = summarize(event.operation, event.input);
    telemetry.metrics.increment(METRICS.retries, { operation, table, category: event.category });
    // The attempt that failed was throttled; the decorator outermost sees only the last attempt.
    if (event.error.kind === 'throughput') telemetry.metrics.increment(METRICS.throttles, { table, operation });
    telemetry.logger.log('warn', `dynamodb ${operation} retry ${event.attempt + 1} of ${event.maxAttempts} in ${event.delayMs} ms`, {
      operation: event.operation,
      table,
      category: event.category,
      attempt: event.attempt,
      max_attempts: event.maxAttempts,
      delay_ms: event.delayMs,
      error_name: event.error.errorName,
      reason: event.error.reason,
    });
  };
}
