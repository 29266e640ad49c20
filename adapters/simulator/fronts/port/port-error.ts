/**
 * Turns what went wrong on the way through the simulator into the port's DynamoDbError, the same
 * error the AWS adapter produces for the same failure: DynamoDB's errors by name and message
 * (with the item and cancellation reasons in document shape), the marshaller's rejections as
 * client-side validation errors, an injected timeout as a retryable Timeout.
 */
import { DynamoDbError } from '../../../../ports/dynamo-db-error.js';
import { dynamoDbErrorFrom } from '../../../../ports/dynamo-db-error-classification.js';
import type { Item } from '../../../../ports/document-value.js';
import type { CancellationReason } from '../../../../ports/dynamo-db-transaction-types.js';
import { CommittedThenTimedOut } from '../../faults/injected-errors.js';
import { SimulatorError } from '../../simulator-error.js';
import type { DocumentCodec } from './document-codec.js';

/** A failure before anything reached DynamoDB: what the AWS adapter reports for the SDK's own checks. */
export function clientValidationError(error: unknown, operation: string): DynamoDbError {
  const message = error instanceof Error ? error.message : String(error);
  return new DynamoDbError({ kind: 'validation', reason: 'InvalidParameter', errorName: 'ClientValidationError', message, retryable: false, operation });
}

function serviceError(error: SimulatorError, operation: string, codec: DocumentCodec): DynamoDbError {
  const item = error.extras.Item === undefined ? undefined : (codec.unmarshallItem(error.extras.Item) as Item);
  const reasons: CancellationReason[] | undefined = error.extras.CancellationReasons?.map((reason) => ({
    Code: reason.Code,
    ...(reason.Message === undefined ? {} : { Message: reason.Message }),
    ...(reason.Item === undefined ? {} : { Item: codec.unmarshallItem(reason.Item) as Item }),
  }));
  return dynamoDbErrorFrom({ errorName: error.errorName, message: error.message, operation, item, cancellationReasons: reasons });
}

export function portErrorFrom(error: unknown, operation: string, codec: DocumentCodec): DynamoDbError {
  if (error instanceof SimulatorError) {
    try {
      return serviceError(error, operation, codec);
    } catch (unmarshalling) {
      // An item holding a number JavaScript cannot represent (without wrapNumbers): reported as
      // a failed response conversion, like the same number in a successful response.
      return clientValidationError(unmarshalling, operation);
    }
  }
  if (error instanceof CommittedThenTimedOut) {
    return new DynamoDbError({ kind: 'service', reason: 'Timeout', errorName: 'TimeoutError', message: error.message, retryable: true, operation });
  }
  if (DynamoDbError.is(error)) return error;
  // Anything else is a defect of the simulator: keep it as the cause, and do not invite retries.
  return new DynamoDbError({
    kind: 'service',
    reason: 'InternalServerError',
    errorName: 'InternalServerError',
    message: `The simulator failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
    retryable: false,
    operation,
    cause: error,
  });
}
