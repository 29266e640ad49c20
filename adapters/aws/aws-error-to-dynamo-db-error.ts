/**
 * Turns whatever the AWS SDK threw into the port's DynamoDbError. The SDK's error objects are
 * never kept (not even as `cause`): they can reference the request, and so its signature.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Item } from '../../ports/document-value.js';
import { DynamoDbError } from '../../ports/dynamo-db-error.js';
import { dynamoDbErrorFrom } from '../../ports/dynamo-db-error-classification.js';
import type { CancellationReason } from '../../ports/dynamo-db-transaction-types.js';

interface SdkServiceError {
  readonly name: string;
  readonly message: string;
  readonly $metadata?: unknown;
  readonly Item?: Record<string, AttributeValue>;
  readonly CancellationReasons?: readonly { Code?: string; Message?: string; Item?: Record<string, AttributeValue> }[];
}

function isServiceError(error: unknown): error is SdkServiceError {
  return typeof error === 'object' && error !== null && '$metadata' in error && '$fault' in error && typeof (error as { name?: unknown }).name === 'string';
}

function itemOf(wire: Record<string, AttributeValue> | undefined): Item | undefined {
  return wire === undefined ? undefined : (unmarshall(wire) as Item);
}

const CREDENTIAL_ERROR_NAMES: ReadonlySet<string> = new Set(['CredentialsProviderError', 'ProviderError']);

export function awsErrorToDynamoDbError(error: unknown, operation: string): DynamoDbError {
  if (DynamoDbError.is(error)) return error;
  if (isServiceError(error)) {
    const reasons: CancellationReason[] | undefined = error.CancellationReasons?.map((reason) => {
      const item = itemOf(reason.Item);
      return {
        Code: reason.Code ?? 'None',
        ...(reason.Message === undefined ? {} : { Message: reason.Message }),
        ...(item === undefined ? {} : { Item: item }),
      };
    });
    return dynamoDbErrorFrom({ errorName: error.name, message: error.message, operation, item: itemOf(error.Item), cancellationReasons: reasons });
  }
  const name = error instanceof Error ? error.name : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  if (CREDENTIAL_ERROR_NAMES.has(name)) {
    return new DynamoDbError({ kind: 'authentication', reason: 'CredentialsNotFound', errorName: name, message, retryable: false, operation });
  }
  if (name === 'TimeoutError' || /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|socket hang up/.test(message)) {
    return new DynamoDbError({ kind: 'service', reason: 'Network', errorName: 'NetworkingError', message, retryable: true, operation });
  }
  // What remains failed before a request was sent: the marshaller's and the SDK's own checks.
  return new DynamoDbError({ kind: 'validation', reason: 'InvalidParameter', errorName: 'ClientValidationError', message, retryable: false, operation });
}
