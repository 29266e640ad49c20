/** Telemetry for the circuit breaker: an observer to pass as its `onStateChange`. */
import type { CircuitStateChange } from '../resilience/circuit-breaker-options.js';
import type { Telemetry } from '../../ports/telemetry.js';
import { METRICS } from './metric-names.js';

/** Logs opening at WARN and recovery at INFO, and counts every change. */
export function reportCircuitChanges(telemetry: Telemetry): (change: CircuitStateChange) => void {
  return (change) => {
    telemetry.metrics.increment(METRICS.circuitTransitions, { from: change.from, to: change.to });
    const reason = typeof change.error === 'object' && change.error !== null ? (change.error as { reason?: unknown }).reason : undefined;
    telemetry.logger.log(change.to === 'open' ? 'warn' : 'info', `dynamodb circuit breaker ${change.from} -> ${change.to}`, {
      from: change.from,
      to: change.to,
      ...(typeof reason === 'string' ? { reason } : {}),
    });
  };
}
