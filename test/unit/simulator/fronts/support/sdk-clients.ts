/**
 * The AWS SDK side of the fronts' differential tests: the AWS adapter itself (createAwsDynamoDbPort)
 * over a request handler that records what the SDK sends and answers with canned bodies, so that
 * the simulator's port can be compared with the AWS adapter request by request.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createAwsDynamoDbPort } from '../../../../../adapters/aws/create-aws-dynamo-db-port.js';
import type { SimulatorRequestHandler } from '../../../../../adapters/simulator/fronts/wire/simulator-request-handler.js';
import type { DynamoDbError } from '../../../../../ports/dynamo-db-error.js';
import type { OperationName } from '../../../../../ports/dynamo-db-operations.js';

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

/** Sends a port operation through the AWS adapter itself, over the given handler. */
export function awsAdapterSend(requestHandler: SimulatorRequestHandler, wrapNumbers = false): (operation: OperationName, input: unknown) => Promise<unknown> {
  const port = createAwsDynamoDbPort({ requestHandler, region: 'us-east-1', credentials: TEST_CREDENTIALS, wrapNumbers });
  return (operation, input) => port.send(operation, input as never);
}

/** The parts of a DynamoDbError that two adapters must agree on. */
export function errorShape(error: unknown): Record<string, unknown> {
  const { kind, reason, errorName, message, retryable, operation, item, cancellationReasons } = (error as DynamoDbError).details();
  return { kind, reason, errorName, message, retryable, operation, item, cancellationReasons };
}
