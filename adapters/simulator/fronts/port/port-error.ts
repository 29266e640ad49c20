/**
 * Turns what went wrong on the way through the simulator into the port's DynamoDbError, the same
 * error the AWS adapter produces for the same failure (see adapters/aws/aws-error-to-dynamo-db-error.ts;
 * the differential tests hold the two together): DynamoDB's errors by name and message, with the
 * item and cancellation reasons in document shape; the marshaller's rejections of a request; a
 * response that cannot be converted; an injected timeout as a retryable Timeout.
 */
import type { Item } from '../../../../ports/document-value.js';
import { DynamoDbError } from '../../../../ports/dynamo-db-error.js';
import { dynamoDbErrorFrom } from '../../../../ports/dynamo-db-error-classification.js';
import type { CancellationReason } from '../../../../ports/dynamo-db-transaction-types.js';
import { CommittedThenTimedOut } from '../../faults/injected-errors.js';
import { SimulatorError } from '../../simulator-error.js';
import type { AttributeMap } from '../../values/attribute-value.js';
import type { DocumentCodec } from './document-codec.js';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The marshaller rejected a value of the request: nothing reached DynamoDB. */
export function marshallingError(error: unknown, operation: string): DynamoDbError {
  return new DynamoDbError({ kind: 'validation', reason: 'InvalidParameter', errorName: 'MarshallingError', message: messageOf(error), retryable: false, operation });
}

/** The response holds a value the document shape cannot express (a number beyond JavaScript without wrapNumbers). */
export function unmarshallingError(error: unknown, operation: string): DynamoDbError {
  return new DynamoDbError({
    kind: 'validation',
    reason: 'TypeMismatch',
    errorName: 'UnmarshallingError',
    // The request took effect: say so, since a write must not be blindly repeated.
    message: `DynamoDB processed the request, but its response could not be converted to the document shape: ${messageOf(error)}`,
    retryable: false,
    operation,
  });
}

function serviceError(error: SimulatorError, operation: string, codec: DocumentCodec): DynamoDbError {
  // An item that cannot be converted is left out and the message says so, rather than hiding the error.
  const problems: string[] = [];
  const convert = (wire: AttributeMap | undefined, what: string): Item | undefined => {
    if (wire === undefined) return undefined;
    try {
      return codec.unmarshallItem(wire) as Item;
    } catch (conversion) {
      problems.push(`${what} could not be converted: ${messageOf(conversion)}`);
      return undefined;
    }
  };
  const reasons: CancellationReason[] | undefined = error.extras.CancellationReasons?.map((reason, index) => {
    const item = convert(reason.Item, `the item of cancellation reason ${index}`);
    return { Code: reason.Code, ...(reason.Message === undefined ? {} : { Message: reason.Message }), ...(item === undefined ? {} : { Item: item }) };
  });
  const item = convert(error.extras.Item, 'the returned item');
  const typed = dynamoDbErrorFrom({ errorName: error.errorName, message: error.message, operation, item, cancellationReasons: reasons });
  return problems.length === 0 ? typed : new DynamoDbError({ ...typed.details(), message: `${error.message} (${problems.join('; ')})` });
}

export function portErrorFrom(error: unknown, operation: string, codec: DocumentCodec): DynamoDbError {
  if (error instanceof SimulatorError) return serviceError(error, operation, codec);
  if (error instanceof CommittedThenTimedOut) {
    return new DynamoDbError({ kind: 'service', reason: 'Timeout', errorName: 'TimeoutError', message: error.message, retryable: true, operation });
  }
  if (DynamoDbError.is(error)) return error;
  // Anything else is a defect of the simulator: keep it as the cause, and do not invite retries.
  return new DynamoDbError({
    kind: 'service',
    reason: 'InternalServerError',
    errorName: 'InternalServerError',
    message: `The simulator failed unexpectedly: ${messageOf(error)}`,
    retryable: false,
    operation,
    cause: error,
  });
}
