/**
 * Turns whatever the AWS SDK threw into the port's DynamoDbError, using the stage the request had
 * reached (see sdk-request-stage.ts) rather than guesses from messages. The SDK's error objects are
 * never kept (not even as `cause`): they can reference the request, and so its signature. Every
 * message passes through `scrub`, so no credential can leave in one.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Item } from '../../ports/document-value.js';
import { DynamoDbError, type DynamoDbErrorDetails } from '../../ports/dynamo-db-error.js';
import { bareErrorName, classifyDynamoDbError } from '../../ports/dynamo-db-error-classification.js';
import type { CancellationReason } from '../../ports/dynamo-db-transaction-types.js';
import type { UnmarshallOptions } from '../../ports/marshalling-options.js';
import { networkFailureOf } from './network-failure.js';
import { SdkFailure, type RequestStage } from './sdk-request-stage.js';

export interface ErrorMappingContext {
  /** The adapter's own unmarshall options, so returned items convert like any other output. */
  readonly unmarshallOptions: UnmarshallOptions;
  /** Removes credentials from a message. */
  readonly scrub: (text: string) => string;
}

type WireItem = Record<string, AttributeValue>;

interface SdkServiceException {
  readonly name: string;
  readonly message: string;
  readonly $metadata: { readonly httpStatusCode?: number };
  readonly Item?: WireItem;
  readonly CancellationReasons?: readonly { readonly Code?: string; readonly Message?: string; readonly Item?: WireItem }[];
}

/** An exception the SDK deserialised from a service's answer (DynamoDB's, or STS's for credentials). */
function isServiceException(error: unknown): error is SdkServiceException {
  return typeof error === 'object' && error !== null && '$metadata' in error && '$fault' in error && typeof (error as { name?: unknown }).name === 'string';
}

/** The HTTP status of an answer the SDK could not parse (an HTML 503 from a proxy, say). */
function httpStatusOf(error: unknown): number | undefined {
  const metadata = typeof error === 'object' && error !== null ? (error as { $metadata?: { httpStatusCode?: unknown } }).$metadata : undefined;
  return typeof metadata?.httpStatusCode === 'number' ? metadata.httpStatusCode : undefined;
}

function nameOf(error: unknown): string {
  return error instanceof Error ? error.name : 'Error';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const CREDENTIAL_PROVIDER_ERRORS: ReadonlySet<string> = new Set(['CredentialsProviderError', 'ProviderError', 'TokenProviderError']);

function isRegionProblem(message: string): boolean {
  return message === 'Region is missing' || message.startsWith('Region not accepted') || message.startsWith('Invalid region');
}

class Mapper {
  readonly #context: ErrorMappingContext;
  readonly #operation: string;
  readonly #problems: string[] = [];

  constructor(context: ErrorMappingContext, operation: string) {
    this.#context = context;
    this.#operation = operation;
  }

  error(details: Omit<DynamoDbErrorDetails, 'operation'>): DynamoDbError {
    const notes = this.#problems.length === 0 ? '' : ` (${this.#problems.join('; ')})`;
    return new DynamoDbError({ ...details, message: this.#context.scrub(details.message + notes), operation: this.#operation });
  }

  /** An item DynamoDB returned with an error; a conversion failure is reported, not hidden. */
  item(wire: WireItem | undefined, what: string): Item | undefined {
    if (wire === undefined) return undefined;
    try {
      return unmarshall(wire, { ...this.#context.unmarshallOptions }) as Item;
    } catch (error) {
      this.#problems.push(`${what} could not be converted: ${messageOf(error)}`);
      return undefined;
    }
  }

  serviceException(error: SdkServiceException): DynamoDbError {
    const reasons = error.CancellationReasons?.map((reason, index): CancellationReason => {
      const item = this.item(reason.Item, `the item of cancellation reason ${index}`);
      return {
        Code: reason.Code ?? 'None',
        ...(reason.Message === undefined ? {} : { Message: this.#context.scrub(reason.Message) }),
        ...(item === undefined ? {} : { Item: item }),
      };
    });
    const item = this.item(error.Item, 'the returned item');
    const errorName = bareErrorName(error.name);
    const classification = classifyDynamoDbError(errorName, error.message, reasons);
    const status = httpStatusOf(error) ?? 0;
    if (classification.reason === 'Unknown' && status >= 500) return this.byStatus(status, errorName, error.message);
    return this.error({ ...classification, errorName, message: error.message, item, cancellationReasons: reasons });
  }

  /** A 5xx answer that is not one of DynamoDB's modelled errors: the service is struggling. */
  byStatus(status: number, errorName: string, message: string): DynamoDbError {
    const reason = status === 503 ? 'ServiceUnavailable' : 'InternalServerError';
    // Only the first line: the SDK appends advice about its hidden fields to parse failures.
    const summary = message.split('\n', 1)[0] ?? '';
    return this.error({ kind: 'service', reason, errorName, message: `HTTP ${status} from the service: ${summary}`, retryable: true });
  }
}

function identityFailure(mapper: Mapper, error: unknown): DynamoDbError {
  const message = messageOf(error);
  if (isRegionProblem(message)) return mapper.error({ kind: 'configuration', reason: 'InvalidRegion', errorName: 'InvalidRegionError', message, retryable: false });
  if (isServiceException(error)) {
    // STS or SSO refused: the chain could not assume the role or use the web identity token.
    const errorName = bareErrorName(error.name);
    const reason = errorName.startsWith('ExpiredToken') ? 'TokenExpired' : 'AssumeRoleFailed';
    return mapper.error({ kind: 'authentication', reason, errorName, message, retryable: false });
  }
  const name = nameOf(error);
  const errorName = CREDENTIAL_PROVIDER_ERRORS.has(name) ? name : 'CredentialsError';
  return mapper.error({ kind: 'authentication', reason: 'CredentialsNotFound', errorName, message, retryable: false });
}

function preparationFailure(mapper: Mapper, error: unknown): DynamoDbError {
  const message = messageOf(error);
  if (isRegionProblem(message)) return mapper.error({ kind: 'configuration', reason: 'InvalidRegion', errorName: 'InvalidRegionError', message, retryable: false });
  if ((error as { code?: unknown }).code === 'ERR_INVALID_URL') {
    return mapper.error({ kind: 'configuration', reason: 'InvalidEndpoint', errorName: 'InvalidEndpointError', message: `The endpoint is not a valid URL: ${message}`, retryable: false });
  }
  // The SDK's serialiser rejected the input before anything was sent.
  return mapper.error({ kind: 'validation', reason: 'InvalidParameter', errorName: 'ClientValidationError', message, retryable: false });
}

function sendingFailure(mapper: Mapper, error: unknown): DynamoDbError {
  if (isServiceException(error)) return mapper.serviceException(error);
  const network = networkFailureOf(error);
  if (network !== undefined) {
    const errorName = network === 'Timeout' ? 'TimeoutError' : 'NetworkingError';
    return mapper.error({ kind: 'service', reason: network, errorName, message: messageOf(error), retryable: true });
  }
  const status = httpStatusOf(error);
  if (status !== undefined && status >= 500) return mapper.byStatus(status, nameOf(error), messageOf(error));
  return mapper.error({ kind: 'service', reason: 'Unknown', errorName: nameOf(error), message: messageOf(error), retryable: false });
}

const BY_STAGE: Readonly<Record<RequestStage, (mapper: Mapper, error: unknown) => DynamoDbError>> = {
  'converting-request': (mapper, error) =>
    mapper.error({ kind: 'validation', reason: 'InvalidParameter', errorName: 'MarshallingError', message: messageOf(error), retryable: false }),
  'resolving-identity': identityFailure,
  preparing: preparationFailure,
  sending: sendingFailure,
  'converting-response': (mapper, error) =>
    mapper.error({
      kind: 'validation',
      reason: 'TypeMismatch',
      errorName: 'UnmarshallingError',
      // The request took effect: say so, since a write must not be blindly repeated.
      message: `DynamoDB processed the request, but its response could not be converted to the document shape: ${messageOf(error)}`,
      retryable: false,
    }),
};

export function awsErrorToDynamoDbError(thrown: unknown, operation: string, context: ErrorMappingContext): DynamoDbError {
  if (DynamoDbError.is(thrown)) return thrown;
  const mapper = new Mapper(context, operation);
  if (thrown instanceof SdkFailure) return BY_STAGE[thrown.stage](mapper, thrown.error);
  // An SDK error that did not pass the stage guard: an exception or a network failure can only
  // have come from sending; anything else from the SDK assembling its middlewares.
  if (isServiceException(thrown) || networkFailureOf(thrown) !== undefined) return sendingFailure(mapper, thrown);
  return mapper.error({ kind: 'configuration', reason: 'UnsupportedOperation', errorName: nameOf(thrown), message: messageOf(thrown), retryable: false });
}
