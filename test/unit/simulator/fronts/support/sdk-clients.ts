/**
 * The AWS SDK side of the fronts' differential tests: lib-dynamodb's document client (configured
 * as the AWS adapter configures it) over a request handler, and errors mapped by the AWS
 * adapter's own mapping, so that the simulator's port can be compared with the AWS adapter's path.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AWS_COMMANDS } from '../../../../../adapters/aws/aws-command-for.js';
import { awsErrorToDynamoDbError } from '../../../../../adapters/aws/aws-error-to-dynamo-db-error.js';
import type { SimulatorRequestHandler } from '../../../../../adapters/simulator/fronts/wire/simulator-request-handler.js';
import type { DynamoDbError } from '../../../../../ports/dynamo-db-error.js';
import type { OperationName } from '../../../../../ports/dynamo-db-operations.js';
import { MARSHALL_OPTIONS, unmarshallOptions } from '../../../../../ports/marshalling-options.js';

export const TEST_CREDENTIALS = { accessKeyId: 'AKIDTEST', secretAccessKey: 'test-secret' };

export interface CapturedRequest {
  readonly operation: string;
  readonly body: string;
}

export interface CannedAnswer {
  readonly statusCode: number;
  readonly body: string;
}

/** A request handler that records what the SDK sends and answers with canned bodies. */
export function capturingHandler(answer: (operation: string, body: string) => CannedAnswer = () => ({ statusCode: 200, body: '{}' })): {
  readonly handler: SimulatorRequestHandler;
  readonly requests: CapturedRequest[];
} {
  const requests: CapturedRequest[] = [];
  const handler: SimulatorRequestHandler = {
    metadata: { handlerProtocol: 'http/1.1' },
    handle(request) {
      const target = request.headers['x-amz-target'] ?? '';
      const operation = target.slice(target.indexOf('.') + 1);
      const bytes = request.body as Uint8Array;
      const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
      requests.push({ operation, body });
      const canned = answer(operation, body);
      return Promise.resolve({
        response: { statusCode: canned.statusCode, headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'test' }, body: Buffer.from(canned.body) },
      });
    },
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
    destroy: () => undefined,
  };
  return { handler, requests };
}

export function sdkClient(requestHandler: SimulatorRequestHandler): DynamoDBClient {
  return new DynamoDBClient({ requestHandler, region: 'us-east-1', credentials: TEST_CREDENTIALS, maxAttempts: 1 });
}

/** Sends a port operation the way the AWS adapter does; failures come back as its DynamoDbError. */
export function awsAdapterSend(requestHandler: SimulatorRequestHandler, wrapNumbers = false): (operation: OperationName, input: unknown) => Promise<unknown> {
  const documentClient = DynamoDBDocumentClient.from(sdkClient(requestHandler), {
    marshallOptions: { ...MARSHALL_OPTIONS },
    unmarshallOptions: { ...unmarshallOptions(wrapNumbers) },
  });
  return async (operation, input) => {
    const Command = AWS_COMMANDS[operation];
    try {
      const { $metadata: _metadata, ...output } = (await documentClient.send(new Command(input as never) as never)) as { $metadata?: unknown };
      return output;
    } catch (error) {
      throw awsErrorToDynamoDbError(error, operation);
    }
  };
}

/** The parts of a DynamoDbError that two adapters must agree on. */
export function errorShape(error: unknown): Record<string, unknown> {
  const { kind, reason, errorName, message, retryable, operation, item, cancellationReasons } = (error as DynamoDbError).details();
  return { kind, reason, errorName, message, retryable, operation, item, cancellationReasons };
}
