/**
 * Settings of the circuit breaker. Defaults from the integration module: open after 5 consecutive
 * failures, try again (half-open) after 30 s, close after 2 successes.
 */
import { DynamoDbError } from '../../ports/dynamo-db-error.js';

export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitStateChange {
  readonly from: CircuitState;
  readonly to: CircuitState;
  /** Clock time of the change, in milliseconds. */
  readonly at: number;
  /** The failure that opened (or reopened) the circuit. */
  readonly error?: unknown;
}

export interface BreakerOptions {
  /** Consecutive failures that open a closed circuit. */
  readonly failureThreshold: number;
  /** Successful probes that close a half-open circuit. */
  readonly successThreshold: number;
  /** How long an open circuit refuses calls before it lets probes through. */
  readonly resetTimeoutMs: number;
  /** Probes allowed in flight at once while half-open; further calls are refused meanwhile. */
  readonly halfOpenMaxConcurrent: number;
  /** Which failures say the service is unwell; see isServiceFailure for the default. */
  readonly countsAsFailure: (error: unknown) => boolean;
  /** Told about every change of state; an observer that throws does not disturb the call. */
  readonly onStateChange?: ((change: CircuitStateChange) => void) | undefined;
}

/** Any of the settings, the rest left to the defaults. */
export type BreakerOptionsInput = { readonly [K in keyof BreakerOptions]?: BreakerOptions[K] | undefined };

const SERVICE_HEALTH_REASONS: ReadonlySet<string> = new Set(['InternalServerError', 'ServiceUnavailable', 'Network', 'Timeout']);

/**
 * The default: throttling and the service's own failures (internal errors, unavailability, lost
 * connections, timeouts). The caller's errors (validation, failed conditions, missing tables,
 * refused credentials) say nothing about the service's health and never open the circuit.
 */
export function isServiceFailure(error: unknown): boolean {
  if (!DynamoDbError.is(error)) return false;
  return error.kind === 'throughput' || (error.kind === 'service' && SERVICE_HEALTH_REASONS.has(error.reason));
}

export const DEFAULT_BREAKER_OPTIONS: BreakerOptions = Object.freeze({
  failureThreshold: 5,
  successThreshold: 2,
  resetTimeoutMs: 30_000,
  halfOpenMaxConcurrent: 2,
  countsAsFailure: isServiceFailure,
});

function whole(name: string, value: unknown, minimum: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum) {
    throw new RangeError(`circuit breaker: ${name} must be a whole number >= ${minimum}, got ${String(value)}`);
  }
  return value;
}

/** The defaults overridden by `options`; a RangeError names any value that makes no sense. */
export function resolveBreakerOptions(options: BreakerOptionsInput = {}): BreakerOptions {
  const successThreshold = whole('successThreshold', options.successThreshold ?? DEFAULT_BREAKER_OPTIONS.successThreshold, 1);
  return Object.freeze({
    failureThreshold: whole('failureThreshold', options.failureThreshold ?? DEFAULT_BREAKER_OPTIONS.failureThreshold, 1),
    successThreshold,
    resetTimeoutMs: whole('resetTimeoutMs', options.resetTimeoutMs ?? DEFAULT_BREAKER_OPTIONS.resetTimeoutMs, 0),
    // As many probes as it takes to close, unless told otherwise.
    halfOpenMaxConcurrent: whole('halfOpenMaxConcurrent', options.halfOpenMaxConcurrent ?? successThreshold, 1),
    countsAsFailure: options.countsAsFailure ?? DEFAULT_BREAKER_OPTIONS.countsAsFailure,
    onStateChange: options.onStateChange,
  });
}
