/**
 * A DynamoDB port that answers from a script, for injecting faults: each call takes the next
 * step (a failure to throw or an output to return), and records what it was asked and when.
 */
import { dynamoDbErrorFrom } from '../../../../ports/dynamo-db-error-classification.js';
import { DynamoDbError } from '../../../../ports/dynamo-db-error.js';
import type { InputOf, OperationName, OutputOf } from '../../../../ports/dynamo-db-operations.js';
import { createDynamoDbPort, type DynamoDbPort } from '../../../../ports/dynamo-db-port.js';

export type Step = { readonly fail: unknown } | { readonly ok: object } | ((operation: OperationName, input: unknown) => Promise<object>);

export interface RecordedCall {
  readonly operation: OperationName;
  readonly input: unknown;
  /** Date.now() when the call arrived: fake time under sinon's fake timers. */
  readonly at: number;
}

export interface ScriptedPort extends DynamoDbPort {
  readonly calls: readonly RecordedCall[];
}

/** Steps in order; once they run out, `fallback` answers every further call. */
export function scriptedPort(steps: readonly Step[], fallback: Step = { ok: {} }): ScriptedPort {
  const calls: RecordedCall[] = [];
  const send = async <N extends OperationName>(operation: N, input: InputOf<N>): Promise<OutputOf<N>> => {
    const step = steps[calls.length] ?? fallback;
    calls.push({ operation, input, at: Date.now() });
    await Promise.resolve();
    if (typeof step === 'function') return (await step(operation, input));
    if ('fail' in step) throw step.fail;
    return step.ok;
  };
  return Object.assign(Object.create(createDynamoDbPort(send)) as DynamoDbPort, { calls });
}

export function times(count: number, step: Step): Step[] {
  return Array.from({ length: count }, () => step);
}

/** Errors as the adapters produce them, classified by the shared taxonomy. */
export const faults = {
  throttling: (): DynamoDbError => dynamoDbErrorFrom({ errorName: 'ThrottlingException', message: 'Rate of requests exceeds the allowed throughput.' }),
  provisionedThroughput: (): DynamoDbError =>
    dynamoDbErrorFrom({ errorName: 'ProvisionedThroughputExceededException', message: 'The level of configured provisioned throughput for the table was exceeded.' }),
  requestLimit: (): DynamoDbError => dynamoDbErrorFrom({ errorName: 'RequestLimitExceeded', message: 'Throughput exceeds the current throughput limit for your account.' }),
  internal: (): DynamoDbError => dynamoDbErrorFrom({ errorName: 'InternalServerError', message: 'Internal server error' }),
  unavailable: (): DynamoDbError => dynamoDbErrorFrom({ errorName: 'ServiceUnavailable', message: 'Service unavailable' }),
  transactionConflict: (): DynamoDbError => dynamoDbErrorFrom({ errorName: 'TransactionConflictException', message: 'Transaction is ongoing for the item' }),
  transactionInProgress: (): DynamoDbError => dynamoDbErrorFrom({ errorName: 'TransactionInProgressException', message: 'Transaction is in progress' }),
  canceledByConflict: (): DynamoDbError =>
    dynamoDbErrorFrom({ errorName: 'TransactionCanceledException', message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [None, TransactionConflict]', cancellationReasons: [{ Code: 'None' }, { Code: 'TransactionConflict' }] }),
  canceledByThrottling: (): DynamoDbError =>
    dynamoDbErrorFrom({ errorName: 'TransactionCanceledException', message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [ThrottlingError]', cancellationReasons: [{ Code: 'ThrottlingError' }] }),
  canceledByCondition: (): DynamoDbError =>
    dynamoDbErrorFrom({ errorName: 'TransactionCanceledException', message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [ConditionalCheckFailed]', cancellationReasons: [{ Code: 'ConditionalCheckFailed' }] }),
  network: (): DynamoDbError => new DynamoDbError({ kind: 'service', reason: 'Network', errorName: 'NetworkingError', message: 'socket hang up', retryable: true }),
  timeout: (): DynamoDbError => new DynamoDbError({ kind: 'service', reason: 'Timeout', errorName: 'TimeoutError', message: 'request timed out', retryable: true }),
  conditionFailed: (): DynamoDbError => dynamoDbErrorFrom({ errorName: 'ConditionalCheckFailedException', message: 'The conditional request failed' }),
  validation: (): DynamoDbError => dynamoDbErrorFrom({ errorName: 'ValidationException', message: 'The provided key element does not match the schema' }),
  notFound: (): DynamoDbError => dynamoDbErrorFrom({ errorName: 'ResourceNotFoundException', message: 'Cannot do operations on a non-existent table' }),
  accessDenied: (): DynamoDbError => dynamoDbErrorFrom({ errorName: 'AccessDeniedException', message: 'User is not authorized to perform: dynamodb:GetItem' }),
};
