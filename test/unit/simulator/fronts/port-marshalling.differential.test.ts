/**
 * The port front marshals document-shape requests exactly as the AWS adapter does (lib-dynamodb's
 * commands over @aws-sdk/util-dynamodb, with the shared options): for random documents, valid or
 * not, the wire request the engine receives equals the JSON the AWS SDK would send, and a value
 * the marshaller rejects fails with the same DynamoDbError on both paths.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { assembleSimulator } from '../../../../adapters/simulator/assemble-simulator.js';
import type { OperationName } from '../../../../ports/dynamo-db-operations.js';
import { documentItem, documentValue, wireJson } from './support/document-arbitraries.js';
import { scriptedEngine } from './support/scripted-engine.js';
import { awsAdapterSend, capturingHandler, errorShape } from './support/sdk-clients.js';

type Build = (item: Record<string, unknown>, value: unknown) => unknown;

const REQUESTS: readonly (readonly [OperationName, Build])[] = [
  ['PutItem', (item, value) => ({
    TableName: 'table-1',
    Item: item,
    ConditionExpression: 'a = :v',
    Expected: { a: { Value: value }, b: { ComparisonOperator: 'IN', AttributeValueList: [value, 'x'] } },
    ExpressionAttributeValues: { ':v': value },
  })],
  ['UpdateItem', (item, value) => ({ TableName: 'table-1', Key: item, AttributeUpdates: { a: { Action: 'PUT', Value: value } }, ExpressionAttributeValues: { ':v': value } })],
  ['DeleteItem', (item, value) => ({ TableName: 'table-1', Key: item, Expected: { a: { ComparisonOperator: 'EQ', AttributeValueList: [value] } } })],
  ['GetItem', (item) => ({ TableName: 'table-1', Key: item, ConsistentRead: true })],
  ['Query', (item, value) => ({
    TableName: 'table-1',
    KeyConditions: { pk: { ComparisonOperator: 'EQ', AttributeValueList: [value] } },
    QueryFilter: { a: { ComparisonOperator: 'NE', AttributeValueList: [value] } },
    ExclusiveStartKey: item,
  })],
  ['Scan', (item, value) => ({ TableName: 'table-1', ScanFilter: { a: { ComparisonOperator: 'EQ', AttributeValueList: [value] } }, ExclusiveStartKey: item, ExpressionAttributeValues: { ':v': value } })],
  ['BatchGetItem', (item) => ({ RequestItems: { 'table-1': { Keys: [item, { pk: 'k' }], ConsistentRead: true } } })],
  ['BatchWriteItem', (item) => ({ RequestItems: { 'table-1': [{ PutRequest: { Item: item } }, { DeleteRequest: { Key: item } }] } })],
  ['TransactGetItems', (item) => ({ TransactItems: [{ Get: { TableName: 'table-1', Key: item } }] })],
  ['TransactWriteItems', (item, value) => ({
    TransactItems: [
      { ConditionCheck: { TableName: 'table-1', Key: { pk: 'c' }, ConditionExpression: 'a = :v', ExpressionAttributeValues: { ':v': value } } },
      { Put: { TableName: 'table-1', Item: item } },
      { Delete: { TableName: 'table-2', Key: item } },
      { Update: { TableName: 'table-2', Key: { pk: 'u' }, UpdateExpression: 'SET a = :v', ExpressionAttributeValues: { ':v': value } } },
    ],
    ClientRequestToken: 'token',
  })],
];

type Outcome = { readonly request: unknown } | { readonly error: Record<string, unknown> };

async function viaPort(operation: OperationName, input: unknown): Promise<Outcome> {
  const engine = scriptedEngine(() => ({}));
  const simulator = assembleSimulator(engine);
  try {
    await simulator.port.send(operation, input as never);
    return { request: JSON.parse(wireJson(engine.requests[0]?.request)) as unknown };
  } catch (error) {
    return { error: errorShape(error) };
  }
}

async function viaAwsAdapter(operation: OperationName, input: unknown): Promise<Outcome> {
  const capture = capturingHandler();
  try {
    await awsAdapterSend(capture.handler)(operation, input);
    return { request: JSON.parse(capture.requests[0]?.body ?? 'null') as unknown };
  } catch (error) {
    return { error: errorShape(error) };
  }
}

describe('simulator port front: marshalling', () => {
  for (const [operation, build] of REQUESTS) {
    it(`marshals ${operation} requests as the AWS adapter does, failures included`, async () => {
      await fc.assert(
        fc.asyncProperty(documentItem, documentValue, async (item, value) => {
          const input = build(item, value);
          expect(await viaPort(operation, input)).to.deep.equal(await viaAwsAdapter(operation, input));
        }),
        { numRuns: 60 },
      );
    });
  }

  it('treats missing inputs, null members and non-object values as the AWS adapter does', async () => {
    const inputs = [null, undefined, { TableName: 'table-1', Key: null }, { TableName: 'table-1', Key: 'text' }, { TableName: 'table-1', Key: { pk: 'a' }, ProjectionExpression: null }];
    for (const input of inputs) {
      expect(await viaPort('GetItem', input)).to.deep.equal(await viaAwsAdapter('GetItem', input));
    }
  });
});
