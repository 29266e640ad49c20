/**
 * A deterministic scenario that touches everything a cassette must carry: table operations
 * (tagging included),
 * every value type, conditional failures with the old item, updates, paging of Query and Scan
 * (an index and parallel segments included), batches with unprocessed entries re-sent,
 * transactions (idempotent tokens, cancellation reasons with items), an invalid request, a
 * throttling error, and stream reads. It returns what the code saw: every response and every
 * error's details, to compare a recording run with its replay.
 */
import { NumberValueImpl as NumberValue } from '@aws-sdk/util-dynamodb';
import type { Item, Key } from '../../../../../ports/document-value.js';
import { DynamoDbError } from '../../../../../ports/dynamo-db-error.js';
import type { KeysAndAttributes } from '../../../../../ports/dynamo-db-batch-types.js';
import type { DynamoDbPort } from '../../../../../ports/dynamo-db-port.js';
import type { DynamoDbStreamsPort } from '../../../../../ports/dynamo-db-streams-port.js';

export type Outcome = { readonly operation: string; readonly response: unknown } | { readonly operation: string; readonly error: Record<string, unknown> };

/** Fault switches for the scenario's unprocessed batches and throttling (a simulator's faults). */
export interface ScenarioFaults {
  unprocessed(operation: 'BatchWriteItem' | 'BatchGetItem'): void;
  throttle(operation: 'GetItem'): void;
  clear(): void;
}

export const ORDERS = 'orders';
export const ACCOUNTS = 'accounts';

function errorDetails(error: unknown): Record<string, unknown> {
  if (!DynamoDbError.is(error)) throw error;
  const { cause: _cause, ...details } = error.details();
  return { ...details, isDynamoDbError: true };
}

export class ScenarioRun {
  readonly outcomes: Outcome[] = [];
  readonly #port: DynamoDbPort;

  constructor(port: DynamoDbPort) {
    this.#port = port;
  }

  async call<T>(operation: string, run: (port: DynamoDbPort) => Promise<T>): Promise<T | undefined> {
    try {
      const response = await run(this.#port);
      this.outcomes.push({ operation, response });
      return response;
    } catch (error) {
      this.outcomes.push({ operation, error: errorDetails(error) });
      return undefined;
    }
  }
}

function order(n: number): Item {
  return {
    pk: `customer#${n % 3}`,
    sk: n,
    status: n % 2 === 0 ? 'open' : 'closed',
    amount: n * 10.25,
    big: 12345678901234567890n + BigInt(n),
    precise: new NumberValue(`0.${'1'.repeat(30)}${n}`),
    tags: new Set([`t${n}`, 'common']),
    scores: new Set([n, n + 0.5]),
    blob: new Uint8Array([n, 255 - n, 0]),
    blobs: new Set([new Uint8Array([n]), new Uint8Array([n, 1])]),
    nested: { list: [n, `s${n}`, null, true, { deep: [new Set(['x'])] }], empty: {}, emptyList: [], emptyText: '' },
    flag: n % 2 === 0,
    nothing: null,
  };
}

async function createTables(run: ScenarioRun): Promise<void> {
  await run.call('CreateTable', (port) =>
    port.createTable({
      TableName: ORDERS,
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'N' },
        { AttributeName: 'status', AttributeType: 'S' },
      ],
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [{ IndexName: 'byStatus', KeySchema: [{ AttributeName: 'status', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } }],
      BillingMode: 'PAY_PER_REQUEST',
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
      Tags: [{ Key: 'Key', Value: 'Value' }],
    }),
  );
  await run.call('CreateTable', (port) => port.createTable({ TableName: ACCOUNTS, AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], BillingMode: 'PAY_PER_REQUEST' }));
  const described = await run.call('DescribeTable', (port) => port.describeTable({ TableName: ORDERS }));
  await run.call('ListTables', (port) => port.listTables({ Limit: 1 }));
  await tagging(run, described?.Table?.TableArn ?? '');
  await run.call('UpdateTimeToLive', (port) => port.updateTimeToLive({ TableName: ACCOUNTS, TimeToLiveSpecification: { Enabled: true, AttributeName: 'expiresAt' } }));
  await run.call('DescribeTimeToLive', (port) => port.describeTimeToLive({ TableName: ACCOUNTS }));
}

async function tagging(run: ScenarioRun, ordersArn: string): Promise<void> {
  await run.call('TagResource', (port) => port.tagResource({ ResourceArn: ordersArn, Tags: [{ Key: 'team', Value: 'core' }, { Key: 'Key', Value: 'changed' }] }));
  await run.call('UntagResource', (port) => port.untagResource({ ResourceArn: ordersArn, TagKeys: ['team', 'absent'] }));
  await run.call('ListTagsOfResource', (port) => port.listTagsOfResource({ ResourceArn: ordersArn }));
  await run.call('TagResource', (port) => port.tagResource({ ResourceArn: ordersArn, Tags: [{ Key: 'aws:reserved', Value: '' }] }));
}

async function singleItems(run: ScenarioRun): Promise<void> {
  for (let n = 0; n < 9; n += 1) await run.call('PutItem', (port) => port.putItem({ TableName: ORDERS, Item: order(n) }));
  await run.call('PutItem', (port) => port.putItem({ TableName: ORDERS, Item: order(1), ConditionExpression: 'attribute_not_exists(pk)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }));
  await run.call('GetItem', (port) => port.getItem({ TableName: ORDERS, Key: { pk: 'customer#1', sk: 1 }, ConsistentRead: true }));
  await run.call('UpdateItem', (port) =>
    port.updateItem({
      TableName: ORDERS,
      Key: { pk: 'customer#2', sk: 2 },
      UpdateExpression: 'SET #a = #a + :inc, nested.list[0] = :zero ADD scores :more REMOVE nothing',
      ExpressionAttributeNames: { '#a': 'amount' },
      ExpressionAttributeValues: { ':inc': 1, ':zero': 0, ':more': new Set([99]) },
      ReturnValues: 'ALL_NEW',
    }),
  );
  await run.call('UpdateItem', (port) => port.updateItem({ TableName: ORDERS, Key: { pk: 'customer#2', sk: 2 }, UpdateExpression: 'SET flag = :f', ConditionExpression: 'amount < :low', ExpressionAttributeValues: { ':f': false, ':low': 0 }, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }));
  await run.call('DeleteItem', (port) => port.deleteItem({ TableName: ORDERS, Key: { pk: 'customer#0', sk: 0 }, ReturnValues: 'ALL_OLD' }));
  await run.call('PutItem', (port) => port.putItem({ TableName: ORDERS, Item: { pk: 'x', sk: 1, bad: new Set<string>() } }));
}

async function pages(run: ScenarioRun): Promise<void> {
  let start: Key | undefined;
  do {
    const page = await run.call('Query', (port) => port.query({ TableName: ORDERS, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': 'customer#1' }, Limit: 2, ScanIndexForward: false, ExclusiveStartKey: start }));
    start = page?.LastEvaluatedKey;
  } while (start !== undefined);
  do {
    const page = await run.call('Query', (port) => port.query({ TableName: ORDERS, IndexName: 'byStatus', KeyConditionExpression: '#s = :s AND sk > :min', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':s': 'open', ':min': 1 }, Limit: 2, ExclusiveStartKey: start }));
    start = page?.LastEvaluatedKey;
  } while (start !== undefined);
  await run.call('Query', (port) => port.query({ TableName: ORDERS, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': 'customer#2' }, Select: 'COUNT' }));
  do {
    const page = await run.call('Scan', (port) => port.scan({ TableName: ORDERS, Limit: 3, FilterExpression: 'flag = :t', ExpressionAttributeValues: { ':t': true }, ExclusiveStartKey: start }));
    start = page?.LastEvaluatedKey;
  } while (start !== undefined);
  for (const segment of [0, 1]) await run.call('Scan', (port) => port.scan({ TableName: ORDERS, Segment: segment, TotalSegments: 2, ProjectionExpression: 'pk, sk' }));
}

async function batches(run: ScenarioRun, faults: ScenarioFaults): Promise<void> {
  faults.unprocessed('BatchWriteItem');
  let writes: Record<string, readonly { PutRequest: { Item: Item } }[]> | undefined = { [ACCOUNTS]: Array.from({ length: 8 }, (_, n) => ({ PutRequest: { Item: { id: `a${n}`, balance: n } } })) };
  for (let attempt = 0; writes !== undefined && attempt < 20; attempt += 1) {
    const requestItems: Record<string, readonly { PutRequest: { Item: Item } }[]> = writes;
    const output = await run.call('BatchWriteItem', (port) => port.batchWriteItem({ RequestItems: requestItems }));
    const left = output?.UnprocessedItems;
    writes = left !== undefined && Object.keys(left).length > 0 ? (left as typeof writes) : undefined;
    if (attempt === 1) faults.clear();
  }
  faults.unprocessed('BatchGetItem');
  let keys: Readonly<Record<string, KeysAndAttributes>> | undefined = { [ACCOUNTS]: { Keys: Array.from({ length: 8 }, (_, n) => ({ id: `a${n}` })) }, [ORDERS]: { Keys: [{ pk: 'customer#1', sk: 1 }] } };
  for (let attempt = 0; keys !== undefined && attempt < 20; attempt += 1) {
    const requestItems: Readonly<Record<string, KeysAndAttributes>> = keys;
    const output = await run.call('BatchGetItem', (port) => port.batchGetItem({ RequestItems: requestItems }));
    const left = output?.UnprocessedKeys;
    keys = left !== undefined && Object.keys(left).length > 0 ? left : undefined;
    if (attempt === 1) faults.clear();
  }
  faults.clear();
}

async function transactions(run: ScenarioRun): Promise<void> {
  const transfer = {
    TransactItems: [
      { Update: { TableName: ACCOUNTS, Key: { id: 'a1' }, UpdateExpression: 'SET balance = balance - :x', ConditionExpression: 'balance >= :x', ExpressionAttributeValues: { ':x': 1 } } },
      { Update: { TableName: ACCOUNTS, Key: { id: 'a2' }, UpdateExpression: 'SET balance = balance + :x', ExpressionAttributeValues: { ':x': 1 } } },
    ],
    ClientRequestToken: 'transfer-1',
  };
  await run.call('TransactWriteItems', (port) => port.transactWriteItems(transfer));
  await run.call('TransactWriteItems', (port) => port.transactWriteItems(transfer));
  await run.call('TransactWriteItems', (port) => port.transactWriteItems({ ...transfer, TransactItems: transfer.TransactItems.slice(0, 1) }));
  await run.call('TransactWriteItems', (port) =>
    port.transactWriteItems({
      TransactItems: [
        { Put: { TableName: ACCOUNTS, Item: { id: 'a9', balance: 9 } } },
        { ConditionCheck: { TableName: ACCOUNTS, Key: { id: 'a3' }, ConditionExpression: 'balance > :big', ExpressionAttributeValues: { ':big': 1000 }, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } },
      ],
    }),
  );
  await run.call('TransactGetItems', (port) => port.transactGetItems({ TransactItems: [{ Get: { TableName: ACCOUNTS, Key: { id: 'a1' } } }, { Get: { TableName: ACCOUNTS, Key: { id: 'missing' } } }, { Get: { TableName: ORDERS, Key: { pk: 'customer#1', sk: 4 } } }] }));
}

async function streamReads(run: ScenarioRun, streams: DynamoDbStreamsPort): Promise<void> {
  const listed = await streams.listStreams({ TableName: ORDERS });
  run.outcomes.push({ operation: 'ListStreams', response: listed });
  const streamArn = listed.Streams?.[0]?.StreamArn ?? '';
  const described = await streams.describeStream({ StreamArn: streamArn });
  run.outcomes.push({ operation: 'DescribeStream', response: described });
  const shardId = described.StreamDescription?.Shards[0]?.ShardId ?? '';
  let iterator = (await streams.getShardIterator({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' })).ShardIterator;
  for (let page = 0; iterator !== undefined && page < 20; page += 1) {
    const records = await streams.getRecords({ ShardIterator: iterator, Limit: 4 });
    run.outcomes.push({ operation: 'GetRecords', response: records });
    if ((records.Records ?? []).length === 0) break;
    iterator = records.NextShardIterator;
  }
}

export async function runScenario(port: DynamoDbPort, streams: DynamoDbStreamsPort, faults: ScenarioFaults): Promise<Outcome[]> {
  const run = new ScenarioRun(port);
  await createTables(run);
  await singleItems(run);
  await pages(run);
  await batches(run, faults);
  await transactions(run);
  faults.throttle('GetItem');
  await run.call('GetItem', (port) => port.getItem({ TableName: ACCOUNTS, Key: { id: 'a1' } }));
  faults.clear();
  await streamReads(run, streams);
  await run.call('DeleteTable', (port) => port.deleteTable({ TableName: ACCOUNTS }));
  return run.outcomes;
}

/** Faults that do nothing: a replay answers from the cassette, where the faults are recorded. */
export const NO_FAULTS: ScenarioFaults = { unprocessed: () => undefined, throttle: () => undefined, clear: () => undefined };
