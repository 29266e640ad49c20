/**
 * The port front unmarshals responses exactly as the AWS adapter does: for random wire-form items
 * in every place a response carries them, with and without wrapNumbers, the port's output equals
 * what lib-dynamodb makes of the same response on the wire (numbers, big integers, NumberValue,
 * sets, binaries, nesting), failures included; table timestamps become Dates.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { assembleSimulator } from '../../../../adapters/simulator/assemble-simulator.js';
import type { OperationName } from '../../../../ports/dynamo-db-operations.js';
import { wireItem, wireJson } from './support/document-arbitraries.js';
import { scriptedEngine } from './support/scripted-engine.js';
import { awsAdapterSend, capturingHandler, errorShape } from './support/sdk-clients.js';

type Response = (item: Record<string, unknown>) => unknown;

const RESPONSES: readonly (readonly [OperationName, Response])[] = [
  ['GetItem', (item) => ({ Item: item, ConsumedCapacity: { TableName: 'table-1', CapacityUnits: 1 } })],
  ['PutItem', (item) => ({ Attributes: item, ItemCollectionMetrics: { ItemCollectionKey: item, SizeEstimateRangeGB: [0, 1] } })],
  ['UpdateItem', (item) => ({ Attributes: item })],
  ['DeleteItem', (item) => ({ Attributes: item })],
  ['Query', (item) => ({ Items: [item, item], Count: 2, ScannedCount: 3, LastEvaluatedKey: item })],
  ['Scan', (item) => ({ Items: [item], Count: 1, ScannedCount: 1 })],
  ['BatchGetItem', (item) => ({ Responses: { 'table-1': [item], 'table-2': [] }, UnprocessedKeys: { 'table-1': { Keys: [item], ConsistentRead: true } } })],
  ['BatchWriteItem', (item) => ({
    UnprocessedItems: { 'table-1': [{ PutRequest: { Item: item } }, { DeleteRequest: { Key: item } }] },
    ItemCollectionMetrics: { 'table-1': [{ ItemCollectionKey: item, SizeEstimateRangeGB: [0, 1] }] },
  })],
  ['TransactGetItems', (item) => ({ Responses: [{ Item: item }, {}] })],
  ['TransactWriteItems', (item) => ({ ItemCollectionMetrics: { 'table-1': [{ ItemCollectionKey: item }] } })],
];

type Outcome = { readonly output: unknown } | { readonly error: Record<string, unknown> };

async function viaPort(operation: OperationName, response: unknown, wrapNumbers: boolean): Promise<Outcome> {
  const simulator = assembleSimulator(scriptedEngine(() => response), { wrapNumbers });
  try {
    return { output: await simulator.port.send(operation, { TableName: 'table-1' }) };
  } catch (error) {
    return { error: errorShape(error) };
  }
}

async function viaAwsAdapter(operation: OperationName, response: unknown, wrapNumbers: boolean): Promise<Outcome> {
  const capture = capturingHandler(() => ({ statusCode: 200, body: wireJson(response) }));
  try {
    return { output: await awsAdapterSend(capture.handler, wrapNumbers)(operation, { TableName: 'table-1' }) };
  } catch (error) {
    return { error: errorShape(error) };
  }
}

describe('simulator port front: unmarshalling', () => {
  for (const [operation, respond] of RESPONSES) {
    it(`unmarshals ${operation} responses as the AWS adapter does`, async () => {
      await fc.assert(
        fc.asyncProperty(wireItem, fc.boolean(), async (item, wrapNumbers) => {
          const response = respond(item);
          expect(await viaPort(operation, structuredClone(response), wrapNumbers)).to.deep.equal(await viaAwsAdapter(operation, response, wrapNumbers));
        }),
        { numRuns: 40 },
      );
    });
  }

  it('gives table timestamps as Dates, as the SDK does', async () => {
    const response = {
      Table: {
        TableName: 'table-1',
        CreationDateTime: 1716000000.123,
        ProvisionedThroughput: { LastIncreaseDateTime: 0, LastDecreaseDateTime: 1716000001, NumberOfDecreasesToday: 0, ReadCapacityUnits: 1, WriteCapacityUnits: 1 },
        BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST', LastUpdateToPayPerRequestDateTime: 1716000002.5 },
        GlobalSecondaryIndexes: [{ IndexName: 'gsi', ProvisionedThroughput: { LastIncreaseDateTime: 1716000003, ReadCapacityUnits: 1, WriteCapacityUnits: 1 } }],
      },
    };
    const port = await viaPort('DescribeTable', structuredClone(response), false);
    expect(port).to.deep.equal(await viaAwsAdapter('DescribeTable', response, false));
    expect((port as { output: { Table: { CreationDateTime: Date } } }).output.Table.CreationDateTime.getTime()).to.equal(1716000000123);
  });
});
