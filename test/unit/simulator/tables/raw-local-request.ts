/**
 * Table requests sent as raw wire JSON to the DynamoDB Local of the test run and to the
 * simulator's table operations, answered in the same outcome form so that they compare directly.
 */
import { SimulatorError } from '../../../../adapters/simulator/simulator-error.js';
import { executeTableOperation, type TableOperationName } from '../../../../adapters/simulator/tables/execute-table-operation.js';
import type { TableOperationContext } from '../../../../adapters/simulator/tables/table-operation-context.js';
import { dynamoDbLocalEndpoint } from '../../../support/dynamo-db-local-endpoint.js';

export type Outcome =
  | { readonly ok: true; readonly body: Record<string, unknown> }
  | { readonly ok: false; readonly errorName: string; readonly message: string };

export async function localOutcome(operation: string, request: unknown): Promise<Outcome> {
  const response = await fetch(dynamoDbLocalEndpoint(), {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.0',
      'X-Amz-Target': `DynamoDB_20120810.${operation}`,
      Authorization: 'AWS4-HMAC-SHA256 Credential=test/20240101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
    },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as Record<string, unknown>;
  if (response.status === 200) return { ok: true, body };
  const type = typeof body['__type'] === 'string' ? body['__type'] : '';
  const message = body['message'] ?? body['Message'];
  return { ok: false, errorName: type.slice(type.indexOf('#') + 1), message: typeof message === 'string' ? message : '' };
}

export function simulatorOutcome(context: TableOperationContext, operation: TableOperationName, request: unknown): Outcome {
  try {
    // A JSON round trip: the simulator sees exactly what the wire carries.
    return { ok: true, body: JSON.parse(JSON.stringify(executeTableOperation(context, operation, JSON.parse(JSON.stringify(request))))) as Record<string, unknown> };
  } catch (error) {
    if (error instanceof SimulatorError) return { ok: false, errorName: error.errorName, message: error.message };
    throw error;
  }
}
