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
  /** Makes the next `count` calls of `operation` apply their write, then throw a timeout. */
  failNext(operation: OperationName, count?: number): void;
  /** How many timeouts were thrown. */
  readonly thrown: () => number;
}

export function timeoutAfterCommit(inner: DynamoDbPort): TimeoutAfterCommit {
  const pending = new Map<OperationName, number>();
  let thrown = 0;
  const send = async <N extends OperationName>(operation: N, input: InputOf<N>): Promise<OutputOf<N>> => {
    const output = await inner.send(operation, input);
    const left = pending.get(operation) ?? 0;
    if (left > 0) {
      pending.set(operation, left - 1);
      thrown++;
      throw timeoutError(operation);
    }
    return output;
  };
  return {
    port: createDynamoDbPort(send),
    failNext: (operation, count = 1) => pending.set(operation, (pending.get(operation) ?? 0) + count),
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
