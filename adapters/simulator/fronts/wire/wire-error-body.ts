/**
 * DynamoDB's error bodies on the JSON protocol: `__type` with the namespace DynamoDB uses for the
 * error, the message under the key DynamoDB's model gives it (`message` for most errors,
 * `Message` for a few), and the data some errors carry (the old item of a failed condition, a
 * transaction's cancellation reasons).
 */
import { SimulatorError } from '../../simulator-error.js';
import { responseJson } from './wire-values.js';

const DYNAMODB_NAMESPACE = 'com.amazonaws.dynamodb.v20120810';

/** Errors raised by the service framework rather than by DynamoDB itself. */
const FRAMEWORK_NAMESPACES: Readonly<Record<string, string>> = {
  ValidationException: 'com.amazon.coral.validate',
  SerializationException: 'com.amazon.coral.service',
  UnknownOperationException: 'com.amazon.coral.service',
  MissingAuthenticationTokenException: 'com.amazon.coral.service',
  UnrecognizedClientException: 'com.amazon.coral.service',
  InvalidSignatureException: 'com.amazon.coral.service',
  IncompleteSignatureException: 'com.amazon.coral.service',
  AccessDeniedException: 'com.amazon.coral.service',
};

/** Errors whose model names the message member `Message` (the rest use `message`). */
const CAPITALISED_MESSAGE: ReadonlySet<string> = new Set([
  'TransactionCanceledException',
  'IdempotentParameterMismatchException',
  'TransactionInProgressException',
  'InvalidEndpointException',
  'SerializationException',
]);

export interface WireErrorAnswer {
  readonly statusCode: number;
  readonly body: string;
}

export function wireErrorType(errorName: string): string {
  return `${Object.hasOwn(FRAMEWORK_NAMESPACES, errorName) ? (FRAMEWORK_NAMESPACES[errorName] as string) : DYNAMODB_NAMESPACE}#${errorName}`;
}

export function wireErrorAnswer(error: SimulatorError): WireErrorAnswer {
  const body: Record<string, unknown> = { __type: wireErrorType(error.errorName) };
  if (error.message !== '') body[CAPITALISED_MESSAGE.has(error.errorName) ? 'Message' : 'message'] = error.message;
  if (error.extras.Item !== undefined) body['Item'] = error.extras.Item;
  if (error.extras.CancellationReasons !== undefined) body['CancellationReasons'] = error.extras.CancellationReasons;
  return { statusCode: error.statusCode, body: responseJson(body) };
}

/** What a defect of the simulator looks like on the wire: DynamoDB's internal error. */
export function unexpectedErrorAnswer(error: unknown): WireErrorAnswer {
  const detail = error instanceof Error ? error.message : String(error);
  return wireErrorAnswer(new SimulatorError('InternalServerError', `Internal server error (simulator defect: ${detail})`, {}, 500));
}
