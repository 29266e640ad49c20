/**
 * How DynamoDB's error names map onto the taxonomy. Shared by every adapter, so that the AWS
 * adapter, the simulator and a replayed cassette turn the same DynamoDB answer into the same
 * error.
 */
import type { Item } from './document-value.js';
import type { DynamoDbErrorKind, DynamoDbErrorReasons } from './dynamo-db-error.js';
import { DynamoDbError } from './dynamo-db-error.js';
import type { CancellationReason } from './dynamo-db-transaction-types.js';

interface Classification {
  readonly kind: DynamoDbErrorKind;
  readonly reason: DynamoDbErrorReasons[DynamoDbErrorKind];
  readonly retryable: boolean;
}

function classified<K extends DynamoDbErrorKind>(kind: K, reason: DynamoDbErrorReasons[K], retryable: boolean): Classification {
  return { kind, reason, retryable };
}

/** By DynamoDB error name, without the `com.amazonaws.dynamodb.v20120810#` prefix. */
const BY_NAME: Readonly<Record<string, Classification>> = {
  ConditionalCheckFailedException: classified('conditional-check', 'ConditionFailed', false),
  TransactionConflictException: classified('conditional-check', 'TransactionConflict', true),
  ProvisionedThroughputExceededException: classified('throughput', 'ProvisionedThroughputExceeded', true),
  RequestLimitExceeded: classified('throughput', 'RequestLimitExceeded', true),
  ThrottlingException: classified('throughput', 'Throttling', true),
  ItemCollectionSizeLimitExceededException: classified('item', 'ItemCollectionSizeLimitExceeded', false),
  TransactionCanceledException: classified('transaction', 'TransactionCanceled', false),
  IdempotentParameterMismatchException: classified('transaction', 'IdempotentParameterMismatch', false),
  TransactionInProgressException: classified('transaction', 'TransactionInProgress', true),
  InternalServerError: classified('service', 'InternalServerError', true),
  InternalFailure: classified('service', 'InternalServerError', true),
  ServiceUnavailable: classified('service', 'ServiceUnavailable', true),
  ServiceUnavailableException: classified('service', 'ServiceUnavailable', true),
  ResourceNotFoundException: classified('service', 'ResourceNotFound', false),
  ResourceInUseException: classified('service', 'ResourceInUse', false),
  LimitExceededException: classified('service', 'LimitExceeded', false),
  AccessDeniedException: classified('authentication', 'AccessDenied', false),
  ExpiredTokenException: classified('authentication', 'TokenExpired', false),
  UnrecognizedClientException: classified('configuration', 'InvalidCredentials', false),
  InvalidSignatureException: classified('configuration', 'InvalidCredentials', false),
  MissingAuthenticationTokenException: classified('authentication', 'CredentialsNotFound', false),
  UnknownOperationException: classified('configuration', 'UnsupportedOperation', false),
  PointInTimeRecoveryUnavailableException: classified('configuration', 'UnsupportedOperation', false),
  // Answered while a new table's backups are still being switched on: it passes.
  ContinuousBackupsUnavailableException: classified('service', 'ServiceUnavailable', true),
  // Further names the DynamoDB API and AWS's common errors define.
  ReplicatedWriteConflictException: classified('conditional-check', 'TransactionConflict', true),
  DuplicateItemException: classified('conditional-check', 'ConditionFailed', false),
  TableNotFoundException: classified('service', 'ResourceNotFound', false),
  // DynamoDB Streams: an iterator older than 15 minutes, or records older than 24 hours.
  ExpiredIteratorException: classified('validation', 'InvalidParameter', false),
  TrimmedDataAccessException: classified('service', 'ResourceNotFound', false),
  // A request body whose JSON does not have the types of DynamoDB's model.
  SerializationException: classified('validation', 'InvalidParameter', false),
  IndexNotFoundException: classified('service', 'ResourceNotFound', false),
  TableInUseException: classified('service', 'ResourceInUse', false),
  TableAlreadyExistsException: classified('service', 'ResourceInUse', false),
  InvalidEndpointException: classified('configuration', 'InvalidEndpoint', false),
  IncompleteSignatureException: classified('configuration', 'InvalidCredentials', false),
  InvalidClientTokenId: classified('configuration', 'InvalidCredentials', false),
};

/** Cancellation codes that go away when the same transaction is tried again. */
const TRANSIENT_CANCELLATION_CODES: ReadonlySet<string> = new Set([
  'TransactionConflict',
  'ThrottlingError',
  'ProvisionedThroughputExceeded',
  'RequestLimitExceeded',
]);

/** ValidationException covers several leaves; DynamoDB's message tells them apart. */
function classifyValidation(message: string): Classification {
  if (message.startsWith('Item size has exceeded') || message.includes('Item size to update has exceeded')) {
    return classified('item', 'ItemTooLarge', false);
  }
  if (message.includes('The provided key element does not match the schema') || message.includes('primary key values must be under') || message.includes('for a key attribute cannot contain an empty')) {
    return classified('validation', 'InvalidKey', false);
  }
  if (message.includes('One of the required keys was not given a value') || message.includes('Query condition missed key schema element')) {
    return classified('validation', 'MissingRequiredKey', false);
  }
  if (/type mismatch|does not match|Type mismatch|Incorrect operand type/i.test(message)) {
    return classified('validation', 'TypeMismatch', false);
  }
  if (/Invalid (Condition|Update|Projection|KeyCondition|Filter)Expression|ExpressionAttribute(Names|Values)|Syntax error/.test(message)) {
    return classified('validation', 'InvalidExpression', false);
  }
  return classified('validation', 'InvalidParameter', false);
}

function classifyCanceled(reasons: readonly CancellationReason[] | undefined): Classification {
  const causes = (reasons ?? []).filter((reason) => reason.Code !== 'None');
  if (causes.length > 0 && causes.every((reason) => TRANSIENT_CANCELLATION_CODES.has(reason.Code))) {
    return causes.some((reason) => reason.Code === 'TransactionConflict')
      ? classified('transaction', 'TransactionConflict', true)
      : classified('transaction', 'TransactionCanceled', true);
  }
  return classified('transaction', 'TransactionCanceled', false);
}

export interface DynamoDbFailure {
  /** DynamoDB's error name; a `com.amazonaws...#` prefix is removed. */
  readonly errorName: string;
  readonly message: string;
  readonly operation?: string | undefined;
  readonly item?: Item | undefined;
  readonly cancellationReasons?: readonly CancellationReason[] | undefined;
}

/** DynamoDB's error name without any namespace prefix (`...#ValidationException`). */
export function bareErrorName(name: string): string {
  const hash = name.lastIndexOf('#');
  const bare = hash >= 0 ? name.slice(hash + 1) : name;
  const colon = bare.indexOf(':');
  return colon >= 0 ? bare.slice(0, colon) : bare;
}

export function classifyDynamoDbError(errorName: string, message: string, cancellationReasons?: readonly CancellationReason[]): Classification {
  const name = bareErrorName(errorName);
  if (name === 'ValidationException') {
    return classifyValidation(message);
  }
  if (name === 'TransactionCanceledException') {
    return classifyCanceled(cancellationReasons);
  }
  return BY_NAME[name] ?? classified('service', 'Unknown', false);
}

/** The typed error for an error that DynamoDB (or something speaking its protocol) returned. */
export function dynamoDbErrorFrom(failure: DynamoDbFailure): DynamoDbError {
  const errorName = bareErrorName(failure.errorName);
  const { kind, reason, retryable } = classifyDynamoDbError(errorName, failure.message, failure.cancellationReasons);
  return new DynamoDbError({
    kind,
    reason,
    errorName,
    message: failure.message,
    retryable,
    operation: failure.operation,
    item: failure.item,
    cancellationReasons: failure.cancellationReasons,
  });
}
