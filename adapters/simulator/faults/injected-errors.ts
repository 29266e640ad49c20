/**
 * The errors injected faults produce, with DynamoDB's names, messages and HTTP statuses, and the
 * timeout that follows a committed write (each front turns it into what its callers would see).
 */
import { SimulatorError, type WireCancellationReason } from '../simulator-error.js';
import type { ThrottlingErrorName } from './fault-rule.js';

const THROTTLING_MESSAGES: Readonly<Record<ThrottlingErrorName, string>> = {
  ThrottlingException: 'Rate of requests exceeds the allowed throughput.',
  ProvisionedThroughputExceededException:
    'The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.',
  RequestLimitExceeded: 'Throughput exceeds the current throughput limit for your account. Please contact AWS Support at https://aws.amazon.com/support request a limit increase',
};

export function throttlingError(errorName: ThrottlingErrorName): SimulatorError {
  return new SimulatorError(errorName, THROTTLING_MESSAGES[errorName]);
}

export function internalServerError(): SimulatorError {
  return new SimulatorError('InternalServerError', 'Internal server error', {}, 500);
}

export function serviceUnavailableError(): SimulatorError {
  return new SimulatorError('ServiceUnavailable', 'DynamoDB is currently unavailable. (This should be a temporary state.)', {}, 503);
}

const CONFLICT_MESSAGE = 'Transaction is ongoing for the item';

export function transactionConflictError(): SimulatorError {
  return new SimulatorError('TransactionConflictException', CONFLICT_MESSAGE);
}

/** A transaction canceled because the actions at `conflicting` indexes met a concurrent transaction. */
export function transactionConflictCancellation(actionCount: number, conflicting: ReadonlySet<number>): SimulatorError {
  const reasons: WireCancellationReason[] = [];
  for (let index = 0; index < actionCount; index += 1) {
    reasons.push(conflicting.has(index) ? { Code: 'TransactionConflict', Message: CONFLICT_MESSAGE } : { Code: 'None' });
  }
  const codes = reasons.map((reason) => reason.Code).join(', ');
  return new SimulatorError(
    'TransactionCanceledException',
    `Transaction cancelled, please refer cancellation reasons for specific reasons [${codes}]`,
    { CancellationReasons: reasons },
  );
}

/**
 * Thrown after the operation was applied: the caller must not learn the outcome. The port
 * reports a retryable Timeout, the SDK request handler rejects with a TimeoutError, the HTTP
 * server drops the connection.
 */
export class CommittedThenTimedOut extends Error {
  readonly operation: string;

  constructor(operation: string) {
    super(`${operation} was applied, but no answer arrived in time (injected timeout after commit)`);
    this.name = 'CommittedThenTimedOut';
    this.operation = operation;
  }
}
