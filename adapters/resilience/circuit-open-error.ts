/** The typed error of a call the circuit breaker refused without trying it. */
import { DynamoDbError } from '../../ports/dynamo-db-error.js';
import type { CircuitState } from './circuit-breaker-options.js';

export const CIRCUIT_OPEN_ERROR_NAME = 'CircuitOpenError';

export function circuitOpenError(operation: string, state: CircuitState, retryAt: number | undefined, now: number): DynamoDbError {
  const message =
    state === 'open' && retryAt !== undefined
      ? `The circuit breaker is open after repeated service failures; ${operation} was not sent. Calls are tried again in ${Math.max(0, retryAt - now)} ms.`
      : `The circuit breaker is half-open and its probe calls are still in flight; ${operation} was not sent.`;
  return new DynamoDbError({ kind: 'service', reason: 'CircuitOpen', errorName: CIRCUIT_OPEN_ERROR_NAME, message, retryable: false, operation });
}
