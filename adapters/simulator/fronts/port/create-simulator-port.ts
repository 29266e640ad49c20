/**
 * The DynamoDB port in process: document-shape inputs are marshalled where lib-dynamodb's
 * commands marshal them, run through the dispatcher (faults, engine), and the outputs
 * unmarshalled where its commands unmarshal them. No serialisation, and the engine answers
 * synchronously unless a fault rule is active: the fastest path to the engine.
 */
import { createDynamoDbPort, type DynamoDbPort } from '../../../../ports/dynamo-db-port.js';
import type { SendOperation } from '../../../../ports/dynamo-db-operations.js';
import { valueNodesOf } from '../operation-value-nodes.js';
import type { SimulatorDispatcher } from '../simulator-dispatcher.js';
import type { DocumentCodec } from './document-codec.js';
import { datesFromEpochSeconds } from './epoch-dates.js';
import { marshallingError, portErrorFrom, unmarshallingError } from './port-error.js';

/** Sends one operation in document shape; shared by the DynamoDB port and the streams port. */
export type DocumentSend = (operation: string, input: unknown) => Promise<unknown>;

/** Turns an operation's wire-form response (fresh, the caller's own) into the port's output. */
export type OutputConversion = (operation: string, response: unknown) => unknown;

/** DynamoDB operations: item values where lib-dynamodb unmarshals them, timestamps as Dates. */
export function dynamoDbOutput(codec: DocumentCodec): OutputConversion {
  return (operation, response) => {
    const fields = valueNodesOf(operation).output;
    return Object.keys(fields).length === 0 ? datesFromEpochSeconds(response) : codec.unmarshallFields(response as object, fields);
  };
}

export function createDocumentSend(dispatcher: SimulatorDispatcher, codec: DocumentCodec, convertOutput: OutputConversion): DocumentSend {
  return async (operation, input) => {
    const nodes = valueNodesOf(operation);
    let request: unknown;
    try {
      // The SDK's commands take a missing input as an empty one.
      request = codec.marshallFields((input ?? {}), nodes.input);
    } catch (error) {
      throw marshallingError(error, operation);
    }
    let response: unknown;
    try {
      response = dispatcher.invoke(operation, request);
      if (response instanceof Promise) response = await response;
    } catch (error) {
      throw portErrorFrom(error, operation, codec);
    }
    try {
      return convertOutput(operation, response);
    } catch (error) {
      // Numbers a JavaScript number cannot hold without wrapNumbers: the SDK fails the same way.
      throw unmarshallingError(error, operation);
    }
  };
}

export function createSimulatorPort(send: DocumentSend): DynamoDbPort {
  return createDynamoDbPort(send as SendOperation);
}
