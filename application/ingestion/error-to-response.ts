/**
 * Storage and input errors to HTTP responses. Bodies carry a short code and a message written by
 * this library, never a stack trace or a foreign error's text (which could name tables or
 * internals): bad input 400, conflict 409, throttled 429, unavailable 503, anything else 500.
 */
import { IdempotencyConflictError } from '../../domain/errors/idempotency-conflict-error.js';
import { InvalidInputError } from '../../domain/errors/invalid-input-error.js';
import { RecordTooLargeError } from '../../domain/errors/record-too-large-error.js';
import { DynamoDbError } from '../../ports/dynamo-db-error.js';
import type { HttpApiResult } from './http-api-types.js';

const JSON_HEADERS = Object.freeze({ 'content-type': 'application/json' });

export function jsonResponse(statusCode: number, body: unknown, headers: Readonly<Record<string, string>> = {}): HttpApiResult {
  return { statusCode, headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(body) };
}

export function errorResponse(statusCode: number, error: string, message: string, headers: Readonly<Record<string, string>> = {}): HttpApiResult {
  return jsonResponse(statusCode, { error, message }, headers);
}

function storageErrorResponse(error: DynamoDbError): HttpApiResult | undefined {
  switch (error.kind) {
    case 'validation':
      return errorResponse(400, 'invalid-request', 'the message was refused by the storage as invalid');
    case 'item':
      return errorResponse(400, 'too-large', 'the message is too large to be stored');
    case 'conditional-check':
      return error.reason === 'TransactionConflict' ? errorResponse(503, 'unavailable', 'the storage is busy; try again', { 'retry-after': '1' }) : errorResponse(409, 'conflict', 'the message conflicts with a stored one');
    case 'throughput':
      return errorResponse(429, 'throttled', 'too many requests; try again later', { 'retry-after': '1' });
    case 'service':
    case 'transaction':
      return errorResponse(503, 'unavailable', 'the storage is unavailable; try again later', { 'retry-after': '5' });
    case 'configuration':
    case 'authentication':
      return undefined;
  }
}

/** The response for an error, or undefined for an unexpected one (a 500 that the caller logs). */
export function errorToResponse(error: unknown): HttpApiResult | undefined {
  if (InvalidInputError.is(error)) return errorResponse(400, 'invalid-request', error.message);
  if (RecordTooLargeError.is(error)) return errorResponse(400, 'too-large', error.message);
  if (IdempotencyConflictError.is(error)) return errorResponse(409, 'conflict', `event id ${JSON.stringify(error.id)} was already stored with other content`);
  if (DynamoDbError.is(error)) return storageErrorResponse(error);
  return undefined;
}

export const INTERNAL_ERROR: HttpApiResult = Object.freeze(errorResponse(500, 'internal', 'internal error'));
