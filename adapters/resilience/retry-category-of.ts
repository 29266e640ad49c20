/**
 * Which retry rule, if any, applies to a failure. Only errors DynamoDB marks retryable qualify,
 * so a failed condition, a validation error or a refused credential is never tried again.
 */
import { DynamoDbError } from '../../ports/dynamo-db-error.js';
import type { RetryCategory } from './retry-policy.js';

export function retryCategoryOf(error: unknown): RetryCategory | undefined {
  if (!DynamoDbError.is(error) || !error.retryable) return undefined;
  switch (error.reason) {
    case 'Throttling':
    case 'ProvisionedThroughputExceeded':
    case 'RequestLimitExceeded':
      return 'throttling';
    case 'InternalServerError':
      return 'internalServerError';
    case 'ServiceUnavailable':
    case 'Network':
    case 'Timeout':
      return 'serviceUnavailable';
    case 'TransactionConflict':
    case 'TransactionInProgress':
      return 'transactionConflict';
    case 'TransactionCanceled':
      // Retryable only when every cause was throughput (ThrottlingError and the like).
      return 'throttling';
    default:
      return undefined;
  }
}
