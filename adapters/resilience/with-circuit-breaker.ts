/**
 * A port decorator that stops calling a service that keeps failing: after `failureThreshold`
 * consecutive service failures every call fails at once with a `CircuitOpen` DynamoDbError
 * (retryable false) until `resetTimeoutMs` has passed; then probes go through, and
 * `successThreshold` successes close the circuit again. See circuit-breaker.ts.
 */
import { systemClock, type Clock } from '../../ports/clock.js';
import type { InputOf, OperationName, OutputOf } from '../../ports/dynamo-db-operations.js';
import { createDynamoDbPort, type DynamoDbPort } from '../../ports/dynamo-db-port.js';
import { CircuitBreaker } from './circuit-breaker.js';
import { resolveBreakerOptions, type BreakerOptionsInput } from './circuit-breaker-options.js';
import { circuitOpenError } from './circuit-open-error.js';

export function withCircuitBreaker(port: DynamoDbPort, options: BreakerOptionsInput = {}, clock: Clock = systemClock): DynamoDbPort {
  const breaker = new CircuitBreaker(resolveBreakerOptions(options), clock);
  const send = async <N extends OperationName>(operation: N, input: InputOf<N>): Promise<OutputOf<N>> => {
    const admission = breaker.admit();
    if (!admission.admitted) throw circuitOpenError(operation, admission.state, admission.retryAt, clock.now());
    try {
      const output = await port.send(operation, input);
      breaker.succeeded(admission.permit);
      return output;
    } catch (error) {
      breaker.failed(admission.permit, error);
      throw error;
    }
  };
  return createDynamoDbPort(send);
}
