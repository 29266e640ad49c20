/**
 * Request sequences run on DynamoDB Local and on the engine, step by step, with the same outcome
 * required at every step. `T` and `U` stand for the scenario's tables. Where DynamoDB Local is
 * known to differ from DynamoDB, the step says how (`deviations`): the engine follows DynamoDB,
 * and the test checks that DynamoDB Local still answers what is written here.
 */
import type { TableOptions } from './engine-fixture.js';

export type Step = readonly [operation: string, request: Record<string, unknown>];

export interface Deviation {
  /** DynamoDB Local's error message (or, for a success, a description). */
  readonly local: string;
  readonly reason: string;
}

export interface Scenario {
  readonly name: string;
  readonly tables: readonly TableOptions[];
  readonly steps: readonly Step[];
  readonly deviations?: Readonly<Record<number, Deviation>>;
}

const composite: TableOptions = { sortKey: 'N' };
const indexed: TableOptions = {
  sortKey: 'N',
  extraAttributes: [
    { AttributeName: 'g', AttributeType: 'S' },
    { AttributeName: 'l', AttributeType: 'S' },
  ],
  globalIndexes: [{ IndexName: 'gsi', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' } }],
  localIndexes: [{ IndexName: 'lsi', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'l', KeyType: 'RANGE' }], Projection: { ProjectionType: 'KEYS_ONLY' } }],
};

const key = { pk: { S: 'a' }, sk: { N: '1' } };
const put = (Item: Record<string, unknown>, extra: Record<string, unknown> = {}): Step => ['PutItem', { TableName: 'T', Item, ...extra }];
const get = (Key: Record<string, unknown>, extra: Record<string, unknown> = {}): Step => ['GetItem', { TableName: 'T', Key, ...extra }];
const partition = { KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'p' } } };
const rows = (count: number, size = 1000): Step[] =>
  Array.from({ length: count }, (_, index) => put({ pk: { S: 'p' }, sk: { N: String(index) }, g: { S: 'G' }, l: { S: `L${count - index}` }, v: { S: 'x'.repeat(size) }, w: { N: String(index) } }));

/** DynamoDB Local remembers tokens across runs against the same instance: one per run. */
const TOKEN = `token-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e9).toString(36)}`;

const KEY_MISMATCH_LOCAL = 'The number of conditions on the keys is invalid';

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'put, get, canonical numbers, replace with ALL_OLD, delete with ALL_OLD',
    tables: [composite],
    steps: [
      put({ ...key, n: { N: '007.500' }, s: { NS: ['1', '2.0'] }, b: { B: new Uint8Array([1, 2]) } }),
      get(key),
      put({ ...key, v: { S: 'v' } }, { ReturnValues: 'ALL_OLD' }),
      ['DeleteItem', { TableName: 'T', Key: key, ReturnValues: 'ALL_OLD' }],
      get(key),
    ],
  },
  {
    name: 'key parameter errors',
    tables: [composite],
    steps: [
      get({ pk: { S: 'a' } }),
      get({ ...key, x: { S: 'x' } }),
      get({ pk: { N: '1' }, sk: { N: '1' } }),
      get({ pk: { S: '' }, sk: { N: '1' } }),
      get({ pk: { S: 'x'.repeat(2049) }, sk: { N: '1' } }),
      get({ pk: { S: 'x'.repeat(2048) }, sk: { N: '1' } }),
    ],
    deviations: {
      0: { local: KEY_MISMATCH_LOCAL, reason: 'DynamoDB: The provided key element does not match the schema' },
      1: { local: KEY_MISMATCH_LOCAL, reason: 'DynamoDB: The provided key element does not match the schema' },
      2: { local: 'One or more parameter values were invalid: Type mismatch for key', reason: 'DynamoDB: The provided key element does not match the schema' },
      4: { local: 'Hash primary key values must be under 2048 bytes, and range primary key values must be under 1024 bytes', reason: 'DynamoDB: Size of hashkey has exceeded the maximum size limit of2048 bytes' },
    },
  },
  {
    name: 'item key errors',
    tables: [indexed],
    steps: [
      put({ sk: { N: '1' } }),
      put({ pk: { N: '1' }, sk: { N: '1' } }),
      put({ ...key, g: { N: '1' } }),
      put({ ...key, g: { S: '' } }),
      put({ pk: { S: 'a' }, sk: { SS: ['x'] } }),
      put({ ...key, x: { S: 'x'.repeat(409_600) } }),
    ],
    deviations: {
      0: { local: 'One of the required keys was not given a value', reason: 'DynamoDB names the key: Missing the key pk in the item' },
      1: { local: 'One or more parameter values were invalid: Type mismatch for key', reason: 'DynamoDB names the key and both types' },
      2: { local: 'One or more parameter values were invalid: Type mismatch for Index Key', reason: 'DynamoDB names the key, both types and the index' },
    },
  },
  {
    name: 'ReturnValues checks and conditional failures with the old item',
    tables: [composite],
    steps: [
      put({ ...key, v: { N: '1' } }),
      put({ ...key, v: { N: '2' } }, { ReturnValues: 'ALL_NEW' }),
      ['DeleteItem', { TableName: 'T', Key: key, ReturnValues: 'UPDATED_OLD' }],
      put({ ...key, v: { N: '2' } }, { ReturnValuesOnConditionCheckFailure: 'ALL_NEW' }),
      put({ ...key, v: { N: '2' } }, { ConditionExpression: 'attribute_not_exists(pk)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }),
      put({ ...key, v: { N: '2' } }, { ConditionExpression: 'attribute_not_exists(pk)' }),
      ['DeleteItem', { TableName: 'T', Key: { pk: { S: 'zz' }, sk: { N: '1' } }, ConditionExpression: 'attribute_exists(pk)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }],
    ],
  },
  {
    name: 'UpdateItem return values, creation from the key, key attributes refused',
    tables: [composite],
    steps: [
      ['UpdateItem', { TableName: 'T', Key: key, ReturnValues: 'ALL_NEW' }],
      ['UpdateItem', { TableName: 'T', Key: key, UpdateExpression: 'SET a = :a, m = :m', ExpressionAttributeValues: { ':a': { N: '1' }, ':m': { M: { x: { N: '1' } } } }, ReturnValues: 'UPDATED_NEW' }],
      ['UpdateItem', { TableName: 'T', Key: key, UpdateExpression: 'SET a = a + :a, m.x = :a REMOVE zz', ExpressionAttributeValues: { ':a': { N: '5' } }, ReturnValues: 'UPDATED_OLD' }],
      ['UpdateItem', { TableName: 'T', Key: key, UpdateExpression: 'REMOVE zz', ReturnValues: 'UPDATED_NEW' }],
      ['UpdateItem', { TableName: 'T', Key: key, UpdateExpression: 'SET sk = :a', ExpressionAttributeValues: { ':a': { N: '5' } } }],
      ['UpdateItem', { TableName: 'T', Key: key, UpdateExpression: 'SET x = :x', ExpressionAttributeValues: { ':x': { S: 'x'.repeat(409_600) } } }],
      get(key),
    ],
  },
  {
    name: 'Query: order, Limit, LastEvaluatedKey, Select, filters, capacity',
    tables: [indexed],
    steps: [
      ...rows(6),
      ['Query', { TableName: 'T', ...partition, Limit: 2, ProjectionExpression: 'sk', ReturnConsumedCapacity: 'INDEXES' }],
      ['Query', { TableName: 'T', ...partition, ExpressionAttributeValues: { ':p': { S: 'p' }, ':z': { N: '0' } }, FilterExpression: 'w > :z', Limit: 2, ProjectionExpression: 'sk', ReturnConsumedCapacity: 'TOTAL' }],
      ['Query', { TableName: 'T', ...partition, ProjectionExpression: 'sk', ConsistentRead: true, ScanIndexForward: false, ReturnConsumedCapacity: 'TOTAL' }],
      ['Query', { TableName: 'T', ...partition, Select: 'COUNT', Limit: 6, ReturnConsumedCapacity: 'TOTAL' }],
      ['Query', { TableName: 'T', ...partition, Select: 'COUNT', ProjectionExpression: 'sk' }],
      ['Query', { TableName: 'T', ...partition, Select: 'SPECIFIC_ATTRIBUTES' }],
      ['Query', { TableName: 'T', ...partition, Select: 'ALL_ATTRIBUTES', ProjectionExpression: 'sk' }],
      ['Query', { TableName: 'T', ...partition, Select: 'ALL_PROJECTED_ATTRIBUTES' }],
      ['Query', { TableName: 'T', ...partition, IndexName: 'lsi', Limit: 1, ReturnConsumedCapacity: 'INDEXES' }],
      ['Query', { TableName: 'T', ...partition, IndexName: 'lsi', Limit: 1, Select: 'ALL_ATTRIBUTES', ReturnConsumedCapacity: 'INDEXES' }],
      ['Query', { TableName: 'T', KeyConditionExpression: 'g = :g', ExpressionAttributeValues: { ':g': { S: 'G' } }, IndexName: 'gsi', Select: 'ALL_ATTRIBUTES' }],
      ['Query', { TableName: 'T', KeyConditionExpression: 'g = :g', ExpressionAttributeValues: { ':g': { S: 'G' } }, IndexName: 'gsi', ProjectionExpression: 'v' }],
      ['Query', { TableName: 'T', KeyConditionExpression: 'g = :g', ExpressionAttributeValues: { ':g': { S: 'G' } }, IndexName: 'gsi', ConsistentRead: true }],
      ['Query', { TableName: 'T', ...partition, IndexName: 'nope' }],
      ['Query', { TableName: 'T' }],
    ],
  },
  {
    name: 'Query and Scan: ExclusiveStartKey',
    tables: [indexed],
    steps: [
      ...rows(3, 10),
      ['Query', { TableName: 'T', ...partition, ExclusiveStartKey: { pk: { S: 'p' }, sk: { N: '0' } }, ProjectionExpression: 'sk' }],
      ['Query', { TableName: 'T', ...partition, ExclusiveStartKey: { pk: { S: 'p' } } }],
      ['Query', { TableName: 'T', ...partition, ExclusiveStartKey: { pk: { S: 'q' }, sk: { N: '1' } } }],
      ['Query', { TableName: 'T', KeyConditionExpression: 'pk = :p AND sk > :s', ExpressionAttributeValues: { ':p': { S: 'p' }, ':s': { N: '1' } }, ExclusiveStartKey: { pk: { S: 'p' }, sk: { N: '0' } } }],
      ['Query', { TableName: 'T', ...partition, IndexName: 'lsi', ExclusiveStartKey: { pk: { S: 'p' }, sk: { N: '1' } } }],
      ['Query', { TableName: 'T', ...partition, IndexName: 'lsi', ExclusiveStartKey: { pk: { S: 'p' }, sk: { N: '1' }, l: { S: 'L2' } }, ProjectionExpression: 'sk' }],
      ['Scan', { TableName: 'T', ExclusiveStartKey: { pk: { S: 'p' } } }],
      ['Scan', { TableName: 'T', ExclusiveStartKey: { pk: { S: 'p' }, x: { N: '1' } } }],
      ['Scan', { TableName: 'T', IndexName: 'gsi', ExclusiveStartKey: { g: { S: 'G' } } }],
    ],
  },
  {
    name: 'Scan: parallel scan parameters, Select, COUNT capacity',
    tables: [composite],
    steps: [
      put(key),
      ['Scan', { TableName: 'T', TotalSegments: 2 }],
      ['Scan', { TableName: 'T', Segment: 0 }],
      ['Scan', { TableName: 'T', Segment: 2, TotalSegments: 2 }],
      ['Scan', { TableName: 'T', Segment: 0, TotalSegments: 1_000_001 }],
      ['Scan', { TableName: 'T', Select: 'COUNT', ReturnConsumedCapacity: 'TOTAL' }],
      ['Scan', { TableName: 'T', Select: 'ALL_ATTRIBUTES', AttributesToGet: ['sk'] }],
      ['Scan', { TableName: 'T', Select: 'COUNT', AttributesToGet: ['sk'] }],
      ['Scan', { TableName: 'T', Segment: 0, TotalSegments: 1 }],
    ],
  },
  {
    name: 'write capacity with indexes',
    tables: [indexed],
    steps: [
      put({ ...key, v: { S: 'x'.repeat(3000) } }, { ReturnConsumedCapacity: 'INDEXES' }),
      put({ ...key, g: { S: 'x' }, v: { S: 'x'.repeat(3000) } }, { ReturnConsumedCapacity: 'INDEXES' }),
      put({ ...key, g: { S: 'x' }, v: { S: 'x'.repeat(100) } }, { ReturnConsumedCapacity: 'INDEXES' }),
      put({ ...key, g: { S: 'y' }, v: { S: 'x'.repeat(100) } }, { ReturnConsumedCapacity: 'INDEXES' }),
      put({ ...key, g: { S: 'y' }, l: { S: 'l' }, v: { S: 'x'.repeat(100) } }, { ReturnConsumedCapacity: 'INDEXES' }),
      ['DeleteItem', { TableName: 'T', Key: key, ReturnConsumedCapacity: 'INDEXES' }],
      ['DeleteItem', { TableName: 'T', Key: key, ReturnConsumedCapacity: 'TOTAL' }],
      get(key, { ReturnConsumedCapacity: 'TOTAL' }),
    ],
  },
  {
    name: 'BatchGetItem and BatchWriteItem',
    tables: [{}, { name: 'U' }],
    steps: [
      ['BatchWriteItem', { RequestItems: { T: [{ PutRequest: { Item: { pk: { S: 'a' }, v: { S: 'x'.repeat(5000) } } } }, { PutRequest: { Item: { pk: { S: 'b' } } } }], U: [{ PutRequest: { Item: { pk: { S: 'c' } } } }] }, ReturnConsumedCapacity: 'TOTAL' }],
      ['BatchGetItem', { RequestItems: { T: { Keys: [{ pk: { S: 'a' } }, { pk: { S: 'zz' } }], ProjectionExpression: 'pk' } }, ReturnConsumedCapacity: 'TOTAL' }],
      ['BatchGetItem', { RequestItems: { T: { Keys: [{ pk: { S: 'a' } }, { pk: { S: 'a' } }] } } }],
      ['BatchGetItem', { RequestItems: { T: { Keys: Array.from({ length: 51 }, (_, index) => ({ pk: { S: `k${index}` } })) }, U: { Keys: Array.from({ length: 50 }, (_, index) => ({ pk: { S: `k${index}` } })) } } }],
      ['BatchWriteItem', { RequestItems: { T: [{ PutRequest: { Item: { pk: { S: 'n' } } } }, { DeleteRequest: { Key: { pk: { S: 'n' } } } }] } }],
      ['BatchWriteItem', { RequestItems: { T: Array.from({ length: 26 }, (_, index) => ({ PutRequest: { Item: { pk: { S: `k${index}` } } } })) } }],
      ['BatchWriteItem', { RequestItems: { T: [{ DeleteRequest: { Key: { pk: { S: 'a' } } } }] }, ReturnConsumedCapacity: 'TOTAL' }],
    ],
    deviations: {
      5: {
        local: 'Too many items requested for the BatchWriteItem call',
        reason: "DynamoDB refuses a table's 26 requests in request validation: Map value must satisfy constraint: [Member must have length less than or equal to 25, ...]",
      },
    },
  },
  {
    name: 'transactions: cancellation reasons, duplicates, capacity, idempotency',
    tables: [{}],
    steps: [
      put({ pk: { S: 'a' }, v: { N: '1' }, big: { S: 'x'.repeat(3000) } }),
      put({ pk: { S: 'b' }, v: { N: '1' } }),
      ['TransactWriteItems', {
        TransactItems: [
          { Put: { TableName: 'T', Item: { pk: { S: 'c' } } } },
          { ConditionCheck: { TableName: 'T', Key: { pk: { S: 'b' } }, ConditionExpression: 'attribute_not_exists(pk)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } },
          { Delete: { TableName: 'T', Key: { pk: { S: 'zz' } }, ConditionExpression: 'attribute_exists(pk)' } },
        ],
      }],
      ['TransactWriteItems', { TransactItems: [{ Put: { TableName: 'T', Item: { pk: { S: 'd' } } } }, { Delete: { TableName: 'T', Key: { pk: { S: 'd' } } } }] }],
      ['TransactWriteItems', { TransactItems: [{ ConditionCheck: { TableName: 'T', Key: { pk: { S: 'b' } }, ConditionExpression: 'attribute_not_exists(pk)' } }, { Update: { TableName: 'T', Key: { pk: { S: 'a' } }, UpdateExpression: 'SET z = :v', ExpressionAttributeValues: { ':v': { S: 'x'.repeat(409_000) } } } }] }],
      ['TransactWriteItems', { TransactItems: [{ Update: { TableName: 'T', Key: { pk: { S: 'a' } }, UpdateExpression: 'SET pk = :v', ExpressionAttributeValues: { ':v': { S: '2' } } } }] }],
      ['TransactWriteItems', { TransactItems: [{ Put: { TableName: 'T', Item: { pk: { S: 'e' }, big: { S: 'x'.repeat(1500) } } } }, { Update: { TableName: 'T', Key: { pk: { S: 'a' } }, UpdateExpression: 'SET v = v + :one', ExpressionAttributeValues: { ':one': { N: '1' } } } }], ReturnConsumedCapacity: 'TOTAL', ClientRequestToken: TOKEN }],
      ['TransactWriteItems', { TransactItems: [{ Put: { TableName: 'T', Item: { pk: { S: 'e' }, big: { S: 'x'.repeat(1500) } } } }, { Update: { TableName: 'T', Key: { pk: { S: 'a' } }, UpdateExpression: 'SET v = v + :one', ExpressionAttributeValues: { ':one': { N: '1' } } } }], ReturnConsumedCapacity: 'TOTAL', ClientRequestToken: TOKEN }],
      ['TransactGetItems', { TransactItems: [{ Get: { TableName: 'T', Key: { pk: { S: 'a' } }, ProjectionExpression: 'v' } }, { Get: { TableName: 'T', Key: { pk: { S: 'nope' } } } }], ReturnConsumedCapacity: 'TOTAL' }],
      ['TransactWriteItems', { TransactItems: [{}] }],
    ],
  },
  {
    name: 'where DynamoDB Local differs from DynamoDB',
    tables: [composite],
    steps: [
      ...Array.from({ length: 4 }, (_, index) => put({ pk: { S: 'p' }, sk: { N: String(index) }, v: { S: 'x'.repeat(300_000) } })),
      ['Query', { TableName: 'T', ...partition, ProjectionExpression: 'sk' }],
      ['GetItem', { TableName: 'nope-nope', Key: key }],
      ['Query', { TableName: 'T', ...partition, Limit: 0 }],
      ['Query', { TableName: 'T', ...partition, ExclusiveStartKey: { pk: { S: 'p' }, sk: { S: '1' } } }],
      ['TransactWriteItems', { TransactItems: [{ Put: { TableName: 'T', Item: key } }], ClientRequestToken: `${TOKEN}-2` }],
      ['TransactWriteItems', { TransactItems: [{ Put: { TableName: 'T', Item: { ...key, v: { N: '2' } } } }], ClientRequestToken: `${TOKEN}-2` }],
    ],
    deviations: {
      4: { local: 'success', reason: 'DynamoDB stops a page at 1 MB of items read; DynamoDB Local returns all four 300 KB items in one page' },
      5: { local: 'Cannot do operations on a non-existent table', reason: 'DynamoDB: Requested resource not found' },
      6: { local: 'Limit must be greater than or equal to 1', reason: "DynamoDB reports the model constraint: 1 validation error detected: Value '0' at 'limit' ..." },
      7: { local: 'Type mismatch for attribute to update', reason: 'DynamoDB: The provided starting key is invalid: The provided key element does not match the schema' },
      9: { local: 'UnknownError', reason: 'DynamoDB explains the IdempotentParameterMismatchException' },
    },
  },
  {
    name: 'size limits of transactions and batches',
    tables: [{}],
    steps: [
      ['TransactWriteItems', { TransactItems: Array.from({ length: 11 }, (_, index) => ({ Put: { TableName: 'T', Item: { pk: { S: `k${index}` }, v: { S: 'x'.repeat(400_000) } } } })) }],
      ['TransactWriteItems', { TransactItems: Array.from({ length: 10 }, (_, index) => ({ Put: { TableName: 'T', Item: { pk: { S: `k${index}` }, v: { S: 'x'.repeat(400_000) } } } })) }],
      ['TransactWriteItems', { TransactItems: Array.from({ length: 2 }, (_, index) => ({ Put: { TableName: 'T', Item: { pk: { S: `k${index + 10}` }, v: { S: 'x'.repeat(400_000) } } } })) }],
      ['TransactGetItems', { TransactItems: Array.from({ length: 12 }, (_, index) => ({ Get: { TableName: 'T', Key: { pk: { S: `k${index}` } }, ProjectionExpression: 'pk' } })) }],
      ['TransactGetItems', { TransactItems: Array.from({ length: 12 }, (_, index) => ({ Get: { TableName: 'T', Key: { pk: { S: `k${index}` } } } })) }],
    ],
  },
  {
    name: 'key conditions: how many, then the partition value type before its operator; empty starting keys',
    tables: [{}, { name: 'U', sortKey: 'N', extraAttributes: [{ AttributeName: 'g', AttributeType: 'S' }], globalIndexes: [{ IndexName: 'gsi', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } }] }],
    steps: [
      ['Query', { TableName: 'T', KeyConditionExpression: 'pk = :s AND sk = :s', ExpressionAttributeValues: { ':s': { S: 'x' } } }],
      ['Query', { TableName: 'T', KeyConditions: { y: { ComparisonOperator: 'NULL' }, pk: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'x' }] } } }],
      ['Query', { TableName: 'T', KeyConditionExpression: 'pk > :n', ExpressionAttributeValues: { ':n': { N: '1' } } }],
      ['Query', { TableName: 'U', KeyConditionExpression: 'pk = :s AND sk = :n AND g = :s', ExpressionAttributeValues: { ':s': { S: 'x' }, ':n': { N: '1' } } }],
      ['Query', { TableName: 'U', KeyConditions: { pk: { ComparisonOperator: 'NULL' }, sk: { ComparisonOperator: 'NULL' }, g: { ComparisonOperator: 'NULL' } } }],
      ['Query', { TableName: 'U', KeyConditions: { pk: { ComparisonOperator: 'GT', AttributeValueList: [{ S: 'x' }] }, sk: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'x' }] } } }],
      ['Query', { TableName: 'U', KeyConditionExpression: 'pk = :s', ExpressionAttributeValues: { ':s': { S: 'x' } }, ExclusiveStartKey: {} }],
      ['Scan', { TableName: 'U', IndexName: 'gsi', ExclusiveStartKey: { pk: { S: 'x' }, sk: { N: '1' }, g: { S: 'x' }, z: { S: 'x' } } }],
    ],
  },
  {
    // DynamoDB Local looks a missing table up before these checks, DynamoDB after them: see
    // missing-table-order.unit.test.ts and the differential suite's known deviations.
    name: 'duplicate AttributesToGet ahead of a missing table; the item before the condition; a Query filter before the key condition; legacy conditions before their count',
    tables: [composite],
    steps: [
      ['GetItem', { TableName: 'nope-nope', Key: key, AttributesToGet: ['a', 'a'] }],
      ['PutItem', { TableName: 'T', Item: { ...key, s: { SS: [] } }, ConditionExpression: 'a = = b' }],
      ['Query', { TableName: 'T', FilterExpression: 'a = = b' }],
      ['Scan', { TableName: 'T', ScanFilter: { a: { ComparisonOperator: 'EQ', AttributeValueList: [{}] } }, ConditionalOperator: 'OR' }],
      put(key, { Expected: { a: { Value: { S: 'a' }, AttributeValueList: [] } } }),
    ],
    deviations: { 0: { local: 'Cannot have two attributes with the same name', reason: 'DynamoDB names the duplicate: One or more parameter values were invalid: Duplicate value in attribute name: a' } },
  },
  {
    name: 'paths reaching into key attributes: refused in projections, filters, conditions and updates',
    tables: [indexed],
    steps: [
      put({ ...key, g: { S: 'G' }, l: { S: 'L' } }),
      get(key, { ProjectionExpression: 'sk.x' }),
      put(key, { ConditionExpression: 'g.x = :v', ExpressionAttributeValues: { ':v': { N: '1' } } }),
      ['UpdateItem', { TableName: 'T', Key: key, UpdateExpression: 'SET w = l[0], z = g.x' }],
      ['UpdateItem', { TableName: 'T', Key: key, UpdateExpression: 'ADD g.x :v', ConditionExpression: 'attribute_exists(zz)', ExpressionAttributeValues: { ':v': { N: '1' } } }],
      ['Query', { TableName: 'T', KeyConditionExpression: 'pk = :p', FilterExpression: 'attribute_exists(l.x)', ExpressionAttributeValues: { ':p': { S: 'a' } } }],
      ['Scan', { TableName: 'T', ProjectionExpression: 'pk[1]' }],
      ['TransactWriteItems', { TransactItems: [{ Update: { TableName: 'T', Key: key, UpdateExpression: 'REMOVE g.x' } }] }],
      ['TransactWriteItems', { TransactItems: [{ ConditionCheck: { TableName: 'T', Key: key, ConditionExpression: 'attribute_exists(g.x)' } }] }],
    ],
  },
  {
    name: 'transactions: values, expressions and the payload are judged before tables and tokens',
    tables: [{}],
    steps: [
      ['TransactWriteItems', { TransactItems: [{ Put: { TableName: 'T', Item: { pk: { S: 'first' } } } }], ClientRequestToken: `${TOKEN}-order` }],
      // Each of these reuses the token with another request: the request's own errors come first.
      ...([
        [{ Put: { TableName: 'nope-nope', Item: { pk: { S: 'a' } } } }, { Put: { TableName: 'T', Item: { pk: { S: 'b' }, v: { S: 'x'.repeat(500_000) } } } }],
        [{ Put: { TableName: 'nope-nope', Item: { pk: { S: 'a' }, s: { SS: [] } } } }],
        [{ Delete: { TableName: 'nope-nope', Key: { pk: { N: 'abc' } } } }],
        [{ Put: { TableName: 'nope-nope', Item: { pk: { S: 'a' } } } }, { Put: { TableName: 'T', Item: { pk: { S: 'b' } }, ConditionExpression: 'a = :zz' } }],
        [{ Put: { TableName: 'T', Item: { pk: { S: 'b' }, v: { S: 'x'.repeat(500_000) } } } }, { Put: { TableName: 'T', Item: { pk: { S: 'c' } }, ConditionExpression: 'a = :zz' } }],
        // Within an action, its expressions before its values.
        [{ Put: { TableName: 'T', Item: { pk: { S: 'b' }, s: { SS: [] } }, ConditionExpression: 'a = :zz' } }],
        // The payload is a running sum: the 11th item passes 4 MB before the 12th is looked at.
        [...Array.from({ length: 11 }, (_, index) => ({ Put: { TableName: 'T', Item: { pk: { S: `k${index % 10}` }, v: { S: 'x'.repeat(390_000) } } } })), { Put: { TableName: 'T', Item: { pk: { S: 'z' } }, ConditionExpression: 'a = :zz' } }],
        [{ Put: { TableName: 'nope-nope', Item: { pk: { S: 'a' } } } }],
      ].map((TransactItems): Step => ['TransactWriteItems', { TransactItems, ClientRequestToken: `${TOKEN}-order` }])),
    ],
    deviations: { 8: { local: 'UnknownError', reason: 'DynamoDB explains the IdempotentParameterMismatchException' } },
  },
  {
    name: 'an update expression that alone writes more than 400 KB, refused before the item and the condition are looked at',
    tables: [{}],
    steps: [
      put({ pk: { S: 'u' }, other: { S: 'x'.repeat(100_000) }, m: { M: { b: { M: {} } } } }),
      // Counted: the names SET and ADD write and the values they write; the condition's values are not.
      ...([
        ['SET z = :v', { ':v': { S: 'x'.repeat(409_599) } }],
        ['SET z = :v', { ':v': { S: 'x'.repeat(409_600) } }],
        ['SET m.b.c = :v', { ':v': { S: 'x'.repeat(409_597) } }],
        ['SET m.b.c = :v', { ':v': { S: 'x'.repeat(409_598) } }],
        ['SET z = :v, y = :v', { ':v': { S: 'x'.repeat(204_800) } }],
        ['SET z = if_not_exists(y, :v)', { ':v': { S: 'x'.repeat(409_600) } }],
        ['SET z = list_append(:v, :w)', { ':v': { L: [{ S: 'x'.repeat(409_590) }] }, ':w': { L: [{ S: 'x' }] } }],
        ['SET z = list_append(:v, :w)', { ':v': { L: [{ S: 'x'.repeat(409_591) }] }, ':w': { L: [{ S: 'x' }] } }],
        ['SET z = other, y = :v', { ':v': { S: 'x'.repeat(409_599) } }],
        ['ADD z :v', { ':v': { SS: ['x'.repeat(409_600)] } }],
        ['DELETE z :v', { ':v': { SS: ['x'.repeat(409_600)] } }],
        ['SET z = :v REMOVE q', { ':v': { S: 'x'.repeat(409_599) } }],
      ] as const).map(([UpdateExpression, values]): Step => ['UpdateItem', {
        TableName: 'T', Key: { pk: { S: 'u' } }, UpdateExpression, ExpressionAttributeValues: { ...values, ':c': { S: 'x'.repeat(300_000) } },
        ConditionExpression: 'attribute_exists(nope) AND other <> :c',
      }]),
      // Before the condition's own placeholders are checked, and in a transaction before its table.
      ['UpdateItem', { TableName: 'T', Key: { pk: { S: 'u' } }, UpdateExpression: 'SET z = :v', ConditionExpression: 'q = :zz', ExpressionAttributeValues: { ':v': { S: 'x'.repeat(409_600) } } }],
      ['TransactWriteItems', { TransactItems: [{ Update: { TableName: 'nope-nope', Key: { pk: { S: 'u' } }, UpdateExpression: 'SET z = :v', ExpressionAttributeValues: { ':v': { S: 'x'.repeat(409_600) } } } }] }],
      // Within the limit alone, too large with the stored item: found once the update is applied.
      ['UpdateItem', { TableName: 'T', Key: { pk: { S: 'u' } }, UpdateExpression: 'SET z = :v', ExpressionAttributeValues: { ':v': { S: 'x'.repeat(400_000) } } }],
    ],
  },
  {
    name: 'BatchGetItem: parameters, key values and expressions, then duplicate keys',
    tables: [{}],
    deviations: Object.fromEntries([0, 1, 2].map((step) => [step, {
      local: 'Provided list of item keys contains duplicates',
      reason: 'DynamoDB judges the expressions before it looks for duplicate keys (architect/dynalite test/batchGetItem.js, written against DynamoDB)',
    }])),
    steps: ([
      { ProjectionExpression: '' },
      { ProjectionExpression: 'status' },
      { AttributesToGet: ['a', 'a'] },
      { AttributesToGet: ['a'], ProjectionExpression: 'a' },
    ] as const).map((settings): Step => ['BatchGetItem', { RequestItems: { T: { Keys: [{ pk: { S: 'a' } }, { pk: { S: 'a' } }], ...settings } } }])
      .concat([['BatchGetItem', { RequestItems: { T: { Keys: [{ pk: { N: '1e126' } }, { pk: { N: '1e126' } }] } } }]]),
  },
  {
    name: 'a Scan of a local index filters on the table\'s item and answers with the index\'s attributes',
    tables: [indexed],
    steps: [
      put({ ...key, l: { S: 'L' }, n: { N: '0' }, z: { S: 'z' } }),
      ['Scan', { TableName: 'T', IndexName: 'lsi', FilterExpression: 'attribute_exists(n)' }],
      ['Scan', { TableName: 'T', IndexName: 'lsi', FilterExpression: 'attribute_not_exists(n)' }],
      ['Scan', { TableName: 'T', IndexName: 'lsi', FilterExpression: 'n = :zero', ExpressionAttributeValues: { ':zero': { N: '0' } }, Select: 'COUNT' }],
      ['Scan', { TableName: 'T', IndexName: 'lsi', ScanFilter: { z: { ComparisonOperator: 'NOT_NULL' } } }],
    ],
  },
  {
    name: 'Query: paths into keys, then the starting key, then the filter against the keys and the index projection',
    tables: [indexed],
    steps: ([
      { FilterExpression: 'sk = :p' },
      { IndexName: 'lsi', FilterExpression: 'zz = :p' },
      { FilterExpression: 'sk.x = :p' },
      { QueryFilter: { sk: { ComparisonOperator: 'NOT_NULL' } }, KeyConditions: { pk: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'a' }] } } },
    ] as const).map((settings): Step => ['Query', {
      TableName: 'T', ExclusiveStartKey: { pk: { S: 'a' } },
      ...('KeyConditions' in settings ? {} : { KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'a' } } }),
      ...settings,
    }]),
  },
  {
    name: 'empty expressions: a Scan\'s empty filter counts as none for its values, other empty expressions are reported',
    tables: [{}],
    steps: [
      ['Scan', { TableName: 'T', FilterExpression: '', ExpressionAttributeValues: { ':v': { S: 'x' } } }],
      ['Scan', { TableName: 'T', FilterExpression: '', ExpressionAttributeNames: { '#a': 'a' } }],
      ['Scan', { TableName: 'T', FilterExpression: '' }],
      put(key, { ConditionExpression: '', ExpressionAttributeValues: { ':v': { S: 'x' } } }),
      ['Query', { TableName: 'T', KeyConditionExpression: 'pk = :p', FilterExpression: '', ExpressionAttributeValues: { ':p': { S: 'a' }, ':v': { S: 'x' } } }],
    ],
  },
  {
    name: 'Scan: what a global index projects, before the segments only when Select is given',
    tables: [indexed],
    steps: ([{ Segment: 0 }, { TotalSegments: 2 }, { Segment: 2, TotalSegments: 2 }] as const).flatMap((segments): Step[] => [
      ['Scan', { TableName: 'T', IndexName: 'gsi', ProjectionExpression: 'zz, pk', ...segments }],
      ['Scan', { TableName: 'T', IndexName: 'gsi', ProjectionExpression: 'zz, pk', Select: 'SPECIFIC_ATTRIBUTES', ...segments }],
    ]),
  },
  {
    name: 'names a global index does not project, three of them in one hash bucket',
    tables: [indexed],
    steps: ['r, #n', '#n, b, r', 'b, r, #n'].map((ProjectionExpression): Step => ['Scan', { TableName: 'T', IndexName: 'gsi', ProjectionExpression, ExpressionAttributeNames: { '#n': 'x.y' } }]),
  },
  {
    name: 'item collection metrics of tables with local indexes',
    tables: [indexed],
    steps: [put({ ...key, l: { S: 'l' } }, { ReturnItemCollectionMetrics: 'SIZE' })],
    deviations: { 0: { local: 'success', reason: 'DynamoDB returns ItemCollectionMetrics for tables with local indexes; DynamoDB Local never does' } },
  },
  {
    name: 'capacity of deletes of missing items in batches and transactions',
    tables: [{}],
    steps: [
      ['BatchWriteItem', { RequestItems: { T: [{ DeleteRequest: { Key: { pk: { S: 'a' } } } }, { PutRequest: { Item: { pk: { S: 'p' } } } }] }, ReturnConsumedCapacity: 'TOTAL' }],
      ['TransactWriteItems', { TransactItems: [{ Delete: { TableName: 'T', Key: { pk: { S: 'q' } } } }, { ConditionCheck: { TableName: 'T', Key: { pk: { S: 'zz' } }, ConditionExpression: 'attribute_not_exists(pk)' } }], ReturnConsumedCapacity: 'TOTAL' }],
      // DynamoDB Local keeps only the last action of each kind per table (a bug): the engine adds them all up.
      ['TransactWriteItems', { TransactItems: [{ Put: { TableName: 'T', Item: { pk: { S: 'r' } } } }, { Put: { TableName: 'T', Item: { pk: { S: 's' } } } }], ReturnConsumedCapacity: 'TOTAL' }],
    ],
    deviations: { 2: { local: 'success', reason: 'DynamoDB adds up the capacity of every action of a transaction; DynamoDB Local keeps only the last action of each kind per table' } },
  },
];
