/**
 * The one error type that crosses the DynamoDB port. Its `kind` follows the integration module's
 * taxonomy; `errorName` is DynamoDB's own error name (or, for failures that never reached
 * DynamoDB, a name of ours); `retryable` says whether trying the same request again can help.
 */
import type { Item } from './document-value.js';
import type { CancellationReason } from './dynamo-db-transaction-types.js';

export type DynamoDbErrorKind =
  | 'configuration'
  | 'authentication'
  | 'validation'
  | 'conditional-check'
  | 'throughput'
  | 'item'
  | 'transaction'
  | 'service';

/** The taxonomy's leaves, by kind. */
export interface DynamoDbErrorReasons {
  configuration: 'InvalidTable' | 'InvalidRegion' | 'InvalidEndpoint' | 'InvalidCredentials' | 'InvalidOption' | 'UnsupportedOperation';
  authentication: 'CredentialsNotFound' | 'TokenExpired' | 'AccessDenied' | 'AssumeRoleFailed';
  validation: 'InvalidKey' | 'InvalidExpression' | 'MissingRequiredKey' | 'TypeMismatch' | 'InvalidParameter';
  'conditional-check': 'ConditionFailed' | 'TransactionConflict';
  throughput: 'ProvisionedThroughputExceeded' | 'RequestLimitExceeded' | 'Throttling';
  item: 'ItemNotFound' | 'ItemTooLarge' | 'ItemCollectionSizeLimitExceeded';
  transaction: 'TransactionCanceled' | 'TransactionConflict' | 'IdempotentParameterMismatch' | 'TransactionInProgress';
  service:
    | 'InternalServerError'
    | 'ServiceUnavailable'
    | 'ResourceNotFound'
    | 'ResourceInUse'
    | 'LimitExceeded'
    | 'CircuitOpen'
    | 'Timeout'
    | 'Network'
    | 'Unknown';
}

export type DynamoDbErrorReason = DynamoDbErrorReasons[DynamoDbErrorKind];

export interface DynamoDbErrorDetails<K extends DynamoDbErrorKind = DynamoDbErrorKind> {
  readonly kind: K;
  readonly reason: DynamoDbErrorReasons[K];
  /** DynamoDB's error name, such as `ConditionalCheckFailedException`. */
  readonly errorName: string;
  readonly message: string;
  readonly retryable: boolean;
  /** The operation that failed, such as `PutItem`, when known. */
  readonly operation?: string | undefined;
  /** The item as it was, for a failed condition with ReturnValuesOnConditionCheckFailure ALL_OLD. */
  readonly item?: Item | undefined;
  /** Why each action of a canceled transaction failed, in the order of the request. */
  readonly cancellationReasons?: readonly CancellationReason[] | undefined;
  /** The underlying failure, for failures that did not come from DynamoDB (never an SDK error). */
  readonly cause?: unknown;
}

const BRAND = Symbol.for('dynamo-hexagon.DynamoDbError');

export class DynamoDbError extends Error {
  readonly [BRAND] = true;
  readonly kind: DynamoDbErrorKind;
  readonly reason: DynamoDbErrorReason;
  readonly errorName: string;
  readonly retryable: boolean;
  readonly operation: string | undefined;
  readonly item: Item | undefined;
  readonly cancellationReasons: readonly CancellationReason[] | undefined;

  constructor(details: DynamoDbErrorDetails) {
    super(details.message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'DynamoDbError';
    this.kind = details.kind;
    this.reason = details.reason;
    this.errorName = details.errorName;
    this.retryable = details.retryable;
    this.operation = details.operation;
    this.item = details.item;
    this.cancellationReasons = details.cancellationReasons;
  }

  /** True for a DynamoDbError from any copy of this package. */
  static is(value: unknown): value is DynamoDbError {
    return typeof value === 'object' && value !== null && (value as Partial<Record<typeof BRAND, unknown>>)[BRAND] === true;
  }

  static isKind<K extends DynamoDbErrorKind>(value: unknown, kind: K): value is DynamoDbError & { kind: K; reason: DynamoDbErrorReasons[K] } {
    return DynamoDbError.is(value) && value.kind === kind;
  }

  /** A failed ConditionExpression (or legacy Expected) of a single-item write. */
  static isConditionFailed(value: unknown): value is DynamoDbError {
    return DynamoDbError.is(value) && value.reason === 'ConditionFailed';
  }

  /** A copy that names the operation that failed. */
  withOperation(operation: string): DynamoDbError {
    return new DynamoDbError({ ...this.details(), operation });
  }

  details(): DynamoDbErrorDetails {
    return {
      kind: this.kind,
      reason: this.reason,
      errorName: this.errorName,
      message: this.message,
      retryable: this.retryable,
      operation: this.operation,
      item: this.item,
      cancellationReasons: this.cancellationReasons,
      cause: this.cause,
    };
  }

  /** What JSON.stringify shows: the details without the cause, which may hold foreign objects. */
  toJSON(): Record<string, unknown> {
    const { cause: _cause, ...rest } = this.details();
    return { name: this.name, ...rest };
  }
}
