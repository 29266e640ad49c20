/**
 * The decorations of the storage adapter, in one order (part of the composition root):
 *
 *   application -> telemetry -> circuit breaker -> retries -> storage adapter
 *
 * Telemetry is outermost, so a span and the operation metrics describe a whole call as the
 * application saw it, retries and breaker refusals included; the retry layer and the breaker
 * report what happens inside (each retry, each change of state) to the same telemetry. Why the
 * breaker sits outside the retries: see adapters/resilience/with-resilience.ts.
 */
import { reportCircuitChanges } from '../../adapters/telemetry/report-circuit-changes.js';
import { reportRetries } from '../../adapters/telemetry/report-retries.js';
import { withTelemetry } from '../../adapters/telemetry/with-telemetry.js';
import { withResilience } from '../../adapters/resilience/with-resilience.js';
import type { Clock } from '../../ports/clock.js';
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';
import { noopTelemetry, type Telemetry } from '../../ports/telemetry.js';
import type { ResilienceSettings } from '../container-options.js';

export interface DecorationSettings {
  readonly resilience?: ResilienceSettings | undefined;
  readonly telemetry?: Telemetry | undefined;
  readonly clock: Clock;
}

export function decorateStoragePort(raw: DynamoDbPort, settings: DecorationSettings): DynamoDbPort {
  const telemetry = settings.telemetry ?? noopTelemetry;
  const observed = telemetry !== noopTelemetry;
  const breaker = settings.resilience?.circuitBreaker;
  const resilient = withResilience(raw, {
    retry: settings.resilience?.retry,
    circuitBreaker: breaker === false ? false : { ...breaker, onStateChange: observed ? reportCircuitChanges(telemetry) : undefined },
    clock: settings.clock,
    onRetry: observed ? reportRetries(telemetry) : undefined,
  });
  // Without telemetry, no decorator at all: nothing to pay per call on the hot path.
  return observed ? withTelemetry(resilient, telemetry) : resilient;
}
