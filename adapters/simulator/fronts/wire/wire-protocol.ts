/**
 * DynamoDB's JSON protocol (awsJson1.0) over the dispatcher: reads the operation from the
 * X-Amz-Target header (`DynamoDB_20120810.<Operation>` or `DynamoDBStreams_20120810.<Operation>`),
 * the request from the JSON body, and answers with the JSON body and status DynamoDB would send.
 * Shared by the SDK request handler and the HTTP server; neither knows more than this.
 */
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
  /** Answers synchronously unless fault injection is active. */
  handle(target: string | undefined, body: string): WireAnswer | Promise<WireAnswer>;
}

const DYNAMODB_PREFIX = 'DynamoDB_20120810.';
const STREAMS_PREFIX = 'DynamoDBStreams_20120810.';
const OPERATION_NAME = /^[A-Z][A-Za-z]{1,63}$/;

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
  const answer = error instanceof SimulatorError ? wireErrorAnswer(error) : unexpectedErrorAnswer(error);
  return { kind: 'response', ...answer };
}

function success(response: unknown): WireAnswer {
  return { kind: 'response', statusCode: 200, body: responseJson(response) };
}

export function createWireProtocol(dispatcher: SimulatorDispatcher): WireProtocol {
  return {
    handle(target, body) {
      const operation = operationOf(target);
      if (operation === undefined) return failure(new SimulatorError('UnknownOperationException', ''));
      let request: unknown;
      try {
        request = body.length === 0 ? {} : JSON.parse(body);
      } catch {
        return failure(new SimulatorError('SerializationException', ''));
      }
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
