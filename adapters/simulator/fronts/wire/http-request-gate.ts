/**
 * What DynamoDB's HTTP endpoint decides before it reads a request as an operation: which methods
 * and content types it serves at all, how big a body may be, which content type it answers with,
 * and whether the request carries a signature in a readable shape. Signatures are never verified
 * (any credentials are accepted, as the issue asks), but a request without one, or with one that
 * misses a part, is refused with DynamoDB's own error and message.
 */
import { SimulatorError } from '../../simulator-error.js';

/** DynamoDB refuses bodies over 16 MiB with 413 before reading them. */
export const MOST_REQUEST_BYTES = 16 * 1024 * 1024;

/** The body DynamoDB sends with a 404 for a method or content type it does not serve. */
export const NOT_FOUND_BODY = '<UnknownOperationException/>\n';

const JSON_TYPE = 'application/json';
const AMZ_JSON_TYPE = 'application/x-amz-json-1.0';

/** The media type of a Content-Type header: what comes before any parameters, trimmed, lower case. */
export function mediaTypeOf(contentType: string | undefined): string {
  if (contentType === undefined) return '';
  const semicolon = contentType.indexOf(';');
  return (semicolon === -1 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase();
}

/** Whether DynamoDB reads a body of this media type as a JSON request. */
export function isJsonMediaType(mediaType: string): boolean {
  return mediaType === AMZ_JSON_TYPE || mediaType === JSON_TYPE;
}

/** DynamoDB answers in DynamoDB's JSON flavour only when the request came in it, plain JSON otherwise. */
export function answerContentType(mediaType: string): string {
  return mediaType === AMZ_JSON_TYPE ? AMZ_JSON_TYPE : JSON_TYPE;
}

export interface SignatureParts {
  readonly authorization: string | undefined;
  /** Whether an X-Amz-Date or a Date header is present. */
  readonly hasDate: boolean;
  /** The request's query string without the `?`, empty if none. */
  readonly query: string;
}

const HEADER_PARAMETERS = ['Credential', 'Signature', 'SignedHeaders'] as const;
const QUERY_PARAMETERS = ['X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Signature', 'X-Amz-SignedHeaders', 'X-Amz-Date'] as const;

function incomplete(message: string): SimulatorError {
  return new SimulatorError('IncompleteSignatureException', message);
}

function headerSignatureProblem(authorization: string, hasDate: boolean): SimulatorError | undefined {
  const given = new Set(authorization.split(/[\s,]+/u).map((part) => part.slice(0, part.indexOf('=') + 1)));
  const missing = HEADER_PARAMETERS.filter((name) => !given.has(`${name}=`)).map((name) => `Authorization header requires '${name}' parameter.`);
  if (!hasDate) missing.push("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
  return missing.length === 0 ? undefined : incomplete(`${missing.join(' ')} Authorization=${authorization}`);
}

function querySignatureProblem(parameters: URLSearchParams): SimulatorError | undefined {
  const missing = QUERY_PARAMETERS.filter((name) => (parameters.get(name) ?? '') === '').map((name) => `AWS query-string parameters must include '${name}'.`);
  return missing.length === 0 ? undefined : incomplete(`${missing.join(' ')} Re-examine the query-string parameters.`);
}

/** DynamoDB's refusal of the request's signature, or undefined when it has every part. */
export function signatureRefusal(parts: SignatureParts): SimulatorError | undefined {
  const { authorization } = parts;
  // The common case (an SDK's signed request without a query string) costs one prefix test.
  if (authorization !== undefined && parts.query === '' && authorization.startsWith('AWS4-')) return headerSignatureProblem(authorization, parts.hasDate);
  const parameters = new URLSearchParams(parts.query);
  const presigned = parameters.has('X-Amz-Algorithm');
  if (authorization !== undefined && presigned) {
    return new SimulatorError('InvalidSignatureException', "Found both 'X-Amz-Algorithm' as a query-string param and 'Authorization' as HTTP header.");
  }
  if (authorization !== undefined && authorization.startsWith('AWS4-')) return headerSignatureProblem(authorization, parts.hasDate);
  if (authorization === undefined && presigned) return querySignatureProblem(parameters);
  return new SimulatorError('MissingAuthenticationTokenException', 'Request is missing Authentication Token');
}
