/**
 * The DynamoDB port on @aws-sdk/lib-dynamodb: one DynamoDBDocumentClient, one `send`.
 *
 * The SDK's own retries are off (maxAttempts 1). Its retry strategies give every retryable error
 * the same attempt budget and base delay, while the integration module asks for throttling to be
 * tried 10 times from 50 ms, internal errors 3 times from 100 ms, service unavailable 3 times from
 * 500 ms and transaction conflicts 3 times from 100 ms. The one retry layer of ours
 * (adapters/resilience/with-retries.ts) expresses that, so nothing is ever retried by two layers.
 */
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { inspect } from 'node:util';
import { DynamoDbError } from '../../ports/dynamo-db-error.js';
import type { InputOf, OperationName, OutputOf } from '../../ports/dynamo-db-operations.js';
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';
import { createDynamoDbPort } from '../../ports/dynamo-db-port.js';
import { MARSHALL_OPTIONS, unmarshallOptions } from '../../ports/marshalling-options.js';
import { AWS_COMMANDS, DOCUMENT_OPERATIONS } from './aws-command-for.js';
import { DEFAULT_CONNECTION_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT_MS, type AwsDynamoDbOptions } from './aws-dynamo-db-options.js';
import { awsErrorToDynamoDbError, type ErrorMappingContext } from './aws-error-to-dynamo-db-error.js';
import { createCredentialSource } from './credential-source.js';
import { trackRequestStage } from './sdk-request-stage.js';

export interface AwsDynamoDbPort extends DynamoDbPort {
  /** Closes the client's sockets. */
  close(): void;
}

function withoutMetadata<T extends object>(output: T): T {
  const { $metadata: _metadata, ...rest } = output as T & { $metadata?: unknown };
  return rest as T;
}

function checkTimeout(name: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isInteger(value) && value >= 0)) {
    throw new DynamoDbError({ kind: 'configuration', reason: 'InvalidOption', errorName: 'InvalidOptionError', message: `${name} must be a whole number of milliseconds >= 0, got ${String(value)}`, retryable: false });
  }
}

function checkEndpoint(endpoint: string | undefined): void {
  if (endpoint !== undefined && !URL.canParse(endpoint)) {
    throw new DynamoDbError({ kind: 'configuration', reason: 'InvalidEndpoint', errorName: 'InvalidEndpointError', message: `endpoint must be a URL such as http://127.0.0.1:8000, got ${JSON.stringify(endpoint)}`, retryable: false });
  }
}

function requestHandlerFor(options: AwsDynamoDbOptions): NonNullable<DynamoDBClientConfig['requestHandler']> {
  if (options.requestHandler !== undefined) return options.requestHandler;
  return {
    requestTimeout: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    connectionTimeout: options.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS,
    // Without this the SDK only logs a warning and keeps waiting.
    throwOnRequestTimeout: true,
  };
}

/** Where the port sends requests, without any user info an endpoint URL might carry. */
function describeTarget(options: AwsDynamoDbOptions): string {
  if (options.endpoint !== undefined) {
    const url = new URL(options.endpoint);
    return `${url.protocol}//${url.host}`;
  }
  return options.region ?? 'default region';
}

export function createAwsDynamoDbPort(options: AwsDynamoDbOptions = {}): AwsDynamoDbPort {
  checkEndpoint(options.endpoint);
  checkTimeout('requestTimeoutMs', options.requestTimeoutMs);
  checkTimeout('connectionTimeoutMs', options.connectionTimeoutMs);
  const credentials = createCredentialSource(options.credentials);
  const client = new DynamoDBClient({
    ...(options.region === undefined ? {} : { region: options.region }),
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    ...(credentials.provider === undefined ? {} : { credentials: credentials.provider }),
    maxAttempts: 1,
    requestHandler: requestHandlerFor(options),
  });
  const unmarshalling = unmarshallOptions(options.wrapNumbers ?? false);
  const documentClient = DynamoDBDocumentClient.from(client, {
    // Copies: lib-dynamodb writes into the options it is given.
    marshallOptions: { ...MARSHALL_OPTIONS },
    unmarshallOptions: { ...unmarshalling },
  });
  const errors: ErrorMappingContext = { unmarshallOptions: unmarshalling, scrub: credentials.scrub };
  const send = async <N extends OperationName>(operation: N, input: InputOf<N>): Promise<OutputOf<N>> => {
    const Command = AWS_COMMANDS[operation];
    const command = new Command(input as never);
    trackRequestStage(command, DOCUMENT_OPERATIONS.has(operation));
    try {
      const output = await documentClient.send(command as never);
      return withoutMetadata(output as object);
    } catch (error) {
      throw awsErrorToDynamoDbError(error, operation, errors);
    }
  };
  const description = `AwsDynamoDbPort(${describeTarget(options)})`;
  return Object.freeze({
    ...createDynamoDbPort(send),
    close: () => { client.destroy(); },
    toString: () => description,
    toJSON: () => description,
    [inspect.custom]: () => description,
  });
}
