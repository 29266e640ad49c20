/**
 * Port decorators for failure tests: a write that lands and then reports a timeout (the caller
 * cannot tell whether it was applied), and a port that counts requests.
 */
import { DynamoDbError } from '../../../../../ports/dynamo-db-error.js';
import type { InputOf, OperationName, OutputOf } from '../../../../../ports/dynamo-db-operations.js';
import { createDynamoDbPort, type DynamoDbPort } from '../../../../../ports/dynamo-db-port.js';

export function timeoutError(operation: string): DynamoDbError {
  return new DynamoDbError({ kind: 'service', reason: 'Timeout', errorName: 'TimeoutError', message: 'the request timed out', retryable: true, operation });
}

export interface TimeoutAfterCommit {
  readonly port: DynamoDbPort;
  /** After `after` calls pass, makes the next `count` calls of `operation` reach DynamoDB, then throw a timeout. */
  failNext(operation: OperationName, count?: number, after?: number): void;
  /** How many timeouts were thrown. */
  readonly thrown: () => number;
}

export function timeoutAfterCommit(inner: DynamoDbPort): TimeoutAfterCommit {
  const pending = new Map<OperationName, { count: number; after: number }>();
  let thrown = 0;
  const send = async <N extends OperationName>(operation: N, input: InputOf<N>): Promise<OutputOf<N>> => {
    const plan = pending.get(operation);
    if (plan === undefined || plan.count === 0) return inner.send(operation, input);
    if (plan.after > 0) {
      plan.after--;
      return inner.send(operation, input);
    }
    plan.count--;
    thrown++;
    // DynamoDB processed the request, whatever its outcome; the caller only sees the timeout.
    await inner.send(operation, input).catch(() => undefined);
    throw timeoutError(operation);
  };
  return {
    port: createDynamoDbPort(send),
    failNext: (operation, count = 1, after = 0) => pending.set(operation, { count, after }),
    thrown: () => thrown,
  };
}

export interface CountingPort {
  readonly port: DynamoDbPort;
  readonly calls: OperationName[];
  reset(): void;
}

export function countingPort(inner: DynamoDbPort): CountingPort {
  const calls: OperationName[] = [];
  const send = <N extends OperationName>(operation: N, input: InputOf<N>): Promise<OutputOf<N>> => {
    calls.push(operation);
    return inner.send(operation, input);
  };
  return { port: createDynamoDbPort(send), calls, reset: () => { calls.length = 0; } };
}

/**
 * The next call of `operation` is not sent; instead `meanwhile` runs (someone else's write) and
 * the call reports a timeout, as a request lost on the way would.
 */
export function timeoutBeforeCommit(inner: DynamoDbPort, operation: OperationName, meanwhile: () => Promise<void>): DynamoDbPort {
  let armed = true;
  const send = async <N extends OperationName>(name: N, input: InputOf<N>): Promise<OutputOf<N>> => {
    if (armed && name === operation) {
      armed = false;
      await meanwhile();
      throw timeoutError(name);
    }
    return inner.send(name, input);
  };
  return createDynamoDbPort(send);
}
