/**
 * The DynamoDB port on @aws-sdk/lib-dynamodb: one DynamoDBDocumentClient, one `send`. The SDK's
 * own retries are off (maxAttempts 1): the resilience layer above every adapter owns retries, so
 * nothing is ever retried by two layers.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DynamoDbPort } from '../../ports/dynamo-db-port.js';
import { createDynamoDbPort } from '../../ports/dynamo-db-port.js';
import type { InputOf, OperationName, OutputOf } from '../../ports/dynamo-db-operations.js';
import { AWS_COMMANDS } from './aws-command-for.js';
import type { AwsDynamoDbOptions, StaticCredentials } from './aws-dynamo-db-options.js';
import { awsErrorToDynamoDbError } from './aws-error-to-dynamo-db-error.js';
import { MARSHALL_OPTIONS, unmarshallOptions } from '../../ports/marshalling-options.js';

export interface AwsDynamoDbPort extends DynamoDbPort {
  /** Closes the client's sockets. */
  close(): void;
}

function credentialIdentity(credentials: StaticCredentials): { accessKeyId: string; secretAccessKey: string; sessionToken?: string } {
  const { accessKeyId, secretAccessKey, sessionToken } = credentials;
  return sessionToken === undefined ? { accessKeyId, secretAccessKey } : { accessKeyId, secretAccessKey, sessionToken };
}

function withoutMetadata<T extends object>(output: T): T {
  const { $metadata: _metadata, ...rest } = output as T & { $metadata?: unknown };
  return rest as T;
}

export function createAwsDynamoDbPort(options: AwsDynamoDbOptions = {}): AwsDynamoDbPort {
  const client = new DynamoDBClient({
    ...(options.region === undefined ? {} : { region: options.region }),
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
    ...(options.credentials === undefined ? {} : { credentials: credentialIdentity(options.credentials) }),
    maxAttempts: 1,
  });
  const documentClient = DynamoDBDocumentClient.from(client, {
    // Copies: lib-dynamodb writes into the options it is given.
    marshallOptions: { ...MARSHALL_OPTIONS },
    unmarshallOptions: { ...unmarshallOptions(options.wrapNumbers ?? false) },
  });
  const send = async <N extends OperationName>(operation: N, input: InputOf<N>): Promise<OutputOf<N>> => {
    const Command = AWS_COMMANDS[operation];
    try {
      const output = await documentClient.send(new Command(input as never) as never);
      return withoutMetadata(output as object);
    } catch (error) {
      throw awsErrorToDynamoDbError(error, operation);
    }
  };
  return Object.freeze({ ...createDynamoDbPort(send), close: () => { client.destroy(); } });
}
