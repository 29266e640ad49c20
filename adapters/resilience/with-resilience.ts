/**
 * Retries and the circuit breaker, composed in one order:
 *
 *   caller -> circuit breaker -> retries -> adapter
 *
 * The breaker sits outside the retries so that it judges whole calls, after the retry layer has
 * done what it can: a burst of throttling that retries absorb never opens the circuit (inside, 5
 * throttled attempts of one call would open it, cutting the 10 attempts throttling is allowed),
 * and once the circuit is open a call fails at once, without spending attempts and backoff on a
 * service known to be down. While half-open, a probe is one whole call, retries included.
 * Either layer can be left out with `false`.
 */
import type { Clock } from '../../ports/clock.js';
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';
import type { BreakerOptionsInput } from './circuit-breaker-options.js';
import type { RetryPolicyOptions } from './retry-policy.js';
import { withCircuitBreaker } from './with-circuit-breaker.js';
import { withRetries, type RetryDeps } from './with-retries.js';

export interface ResilienceOptions extends RetryDeps {
  /** The retry policy, by category; `false` for no retries. Defaults as in retry-policy.ts. */
  readonly retry?: RetryPolicyOptions | false | undefined;
  /** The circuit breaker's settings; `false` for no breaker. Defaults as in circuit-breaker-options.ts. */
  readonly circuitBreaker?: BreakerOptionsInput | false | undefined;
  /** The breaker's clock; the system clock by default. */
  readonly clock?: Clock | undefined;
}

export function withResilience(port: DynamoDbPort, options: ResilienceOptions = {}): DynamoDbPort {
  const retried = options.retry === false ? port : withRetries(port, options.retry ?? {}, options);
  return options.circuitBreaker === false ? retried : withCircuitBreaker(retried, options.circuitBreaker ?? {}, options.clock);
}
