/**
 * Wire-level requests to the DynamoDB Local of the test run: JSON bodies exactly as written (the
 * SDK would refuse or reshape the malformed values these tests send), binaries as base64.
 */
import { dynamoDbLocalEndpoint } from '../../../support/dynamo-db-local-endpoint.js';
import { uniqueTableName } from '../../../support/unique-table-name.js';

export interface RawAnswer {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

function encode(_key: string, value: unknown): unknown {
  return value instanceof Uint8Array ? Buffer.from(value).toString('base64') : value;
}

export async function rawRequest(operation: string, request: unknown): Promise<RawAnswer> {
  const response = await fetch(dynamoDbLocalEndpoint(), {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-amz-json-1.0',
      'X-Amz-Target': `DynamoDB_20120810.${operation}`,
      'X-Amz-Date': '20240101T000000Z',
      Authorization: 'AWS4-HMAC-SHA256 Credential=test/20240101/us-east-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date, Signature=0',
    },
    body: JSON.stringify(request, encode),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** The error message of an answer, or undefined when it succeeded. */
export function errorMessage(answer: RawAnswer): string | undefined {
  if (answer.status === 200) return undefined;
  const message = answer.body['Message'] ?? answer.body['message'];
  return typeof message === 'string' ? message : JSON.stringify(answer.body);
}

export async function rawOk(operation: string, request: unknown): Promise<Record<string, unknown>> {
  const answer = await rawRequest(operation, request);
  if (answer.status !== 200) throw new Error(`${operation} failed: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** A fresh on-demand table with a string partition key `pk` (and a sort key `sk` of the given type). */
export async function createRawTable(prefix: string, hashType = 'S', rangeType?: string): Promise<string> {
  const TableName = uniqueTableName(prefix);
  const definitions = [{ AttributeName: 'pk', AttributeType: hashType }];
  const schema = [{ AttributeName: 'pk', KeyType: 'HASH' }];
  if (rangeType !== undefined) {
    definitions.push({ AttributeName: 'sk', AttributeType: rangeType });
    schema.push({ AttributeName: 'sk', KeyType: 'RANGE' });
  }
  await rawOk('CreateTable', { TableName, AttributeDefinitions: definitions, KeySchema: schema, BillingMode: 'PAY_PER_REQUEST' });
  return TableName;
}

export async function deleteRawTable(TableName: string): Promise<void> {
  await rawRequest('DeleteTable', { TableName });
}
