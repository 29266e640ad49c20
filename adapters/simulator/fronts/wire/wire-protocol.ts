/**
 * DynamoDB's JSON protocol (awsJson1.0) over the dispatcher: reads the operation from the
 * X-Amz-Target header (`DynamoDB_20120810.<Operation>` or `DynamoDBStreams_20120810.<Operation>`),
 * the request from the JSON body, and answers with the JSON body and status DynamoDB would send.
 * Shared by the SDK request handler and the HTTP server; neither knows more than this.
 */
import { ITEM_OPERATIONS } from '../../engine/item-operations.js';
import { TABLE_OPERATIONS } from '../../engine/table-operations.js';
import { CommittedThenTimedOut } from '../../faults/injected-errors.js';
import { SimulatorError } from '../../simulator-error.js';
import { STREAMS_OPERATIONS } from '../../streams/streams-service.js';
import type { SimulatorDispatcher } from '../simulator-dispatcher.js';
import { unexpectedErrorAnswer, wireErrorAnswer } from './wire-error-body.js';
import { decodeRequestBinaries, responseJson } from './wire-values.js';

export type WireAnswer =
  | { readonly kind: 'response'; readonly statusCode: number; readonly body: string }
  /** An injected timeout after commit: the front must not answer normally. */
  | { readonly kind: 'timeout'; readonly operation: string };

export interface WireProtocol {
  /**
   * Answers synchronously unless fault injection is active. `refusal` (the HTTP server's verdict
   * on the request's signature) is raised once the body is read and the operation known, which
   * is where DynamoDB checks authentication.
   */
  handle(target: string | undefined, body: string, refusal?: SimulatorError): WireAnswer | Promise<WireAnswer>;
}

const DYNAMODB_PREFIX = 'DynamoDB_20120810.';
const STREAMS_PREFIX = 'DynamoDBStreams_20120810.';
const OPERATION_NAME = /^[A-Z][A-Za-z]{1,63}$/;
/** DynamoDB's service framework names no message for an operation it does not know. */
const UNKNOWN_OPERATION_MESSAGE = 'An unknown operation was requested.';

function operationOf(target: string | undefined): string | undefined {
  if (target === undefined) return undefined;
  let operation: string;
  if (target.startsWith(DYNAMODB_PREFIX)) {
    operation = target.slice(DYNAMODB_PREFIX.length);
    if (STREAMS_OPERATIONS.has(operation)) return undefined;
  } else if (target.startsWith(STREAMS_PREFIX)) {
    operation = target.slice(STREAMS_PREFIX.length);
    if (!STREAMS_OPERATIONS.has(operation)) return undefined;
  } else {
    return undefined;
  }
  return OPERATION_NAME.test(operation) ? operation : undefined;
}

function failure(error: unknown): WireAnswer {
  if (error instanceof CommittedThenTimedOut) return { kind: 'timeout', operation: error.operation };
  if (error instanceof SimulatorError && error.errorName === 'UnknownOperationException' && error.message === UNKNOWN_OPERATION_MESSAGE) {
    return { kind: 'response', ...wireErrorAnswer(new SimulatorError('UnknownOperationException', '')) };
  }
  const answer = error instanceof SimulatorError ? wireErrorAnswer(error) : unexpectedErrorAnswer(error);
  return { kind: 'response', ...answer };
}

function success(response: unknown): WireAnswer {
  return { kind: 'response', statusCode: 200, body: responseJson(response) };
}

export function createWireProtocol(dispatcher: SimulatorDispatcher): WireProtocol {
  return {
    handle(target, body, refusal) {
      // DynamoDB reads the body before it looks at the target: unreadable JSON is a
      // SerializationException even when the operation is unknown too.
      let request: unknown;
      if (body.length > 0) {
        try {
          request = JSON.parse(body);
        } catch {
          return failure(new SimulatorError('SerializationException', ''));
        }
      }
      const operation = operationOf(target);
      if (operation === undefined) return failure(new SimulatorError('UnknownOperationException', ''));
      if (refusal !== undefined) {
        // DynamoDB names an unknown operation before it looks at the signature.
        const known = STREAMS_OPERATIONS.has(operation) || ITEM_OPERATIONS.has(operation) || TABLE_OPERATIONS.has(operation);
        return failure(known ? refusal : new SimulatorError('UnknownOperationException', ''));
      }
      // No body at all is no request either: DynamoDB cannot deserialize it (SDKs send `{}`).
      if (typeof request !== 'object' || request === null || Array.isArray(request)) return failure(new SimulatorError('SerializationException', ''));
      try {
        decodeRequestBinaries(operation, request);
        const response = dispatcher.invoke(operation, request);
        return response instanceof Promise ? response.then(success, failure) : success(response);
      } catch (error) {
        return failure(error);
      }
    },
  };
}
