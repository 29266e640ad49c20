/**
 * The AWS adapter against DynamoDB Local: values of every type survive a round trip, failures come
 * back as typed errors carrying what DynamoDB returned (the old item of a failed condition, the
 * reasons and items of a canceled transaction), and batches larger than DynamoDB's limits go
 * through batchWriteAll and batchGetAll.
 */
import { NumberValue } from '@aws-sdk/lib-dynamodb';
import { expect } from 'chai';
import { createAwsDynamoDbPort, type AwsDynamoDbPort } from '../../adapters/aws/create-aws-dynamo-db-port.js';
import { withResilience } from '../../adapters/resilience/with-resilience.js';
import { batchGetAll } from '../../application/batch-get-all.js';
import { batchWriteAll } from '../../application/batch-write-all.js';
import type { Item } from '../../ports/document-value.js';
import type { WriteRequest } from '../../ports/dynamo-db-batch-types.js';
import { DynamoDbError } from '../../ports/dynamo-db-error.js';
import { dynamoDbLocalEndpoint } from '../support/dynamo-db-local-endpoint.js';
import { uniqueTableName } from '../support/unique-table-name.js';

const CREDENTIALS = { accessKeyId: 'conformance', secretAccessKey: 'conformance' };

async function failureOf(call: Promise<unknown>): Promise<DynamoDbError> {
  const outcome = await call.then(() => undefined, (error: unknown) => error);
  if (!DynamoDbError.is(outcome)) throw new Error(`expected a DynamoDbError, got ${String(outcome)}`);
  return outcome;
}

/** An item with a value of every DynamoDB type, nested ones and edge values included. */
const EVERY_TYPE: Item = {
  pk: 'every-type',
  sk: 1,
  string: 'héllo "wörld" \u{1F600}',
  emptyString: '',
  integer: -42,
  decimal: 3.25,
  large: 123456789012345678901234567890n,
  boolean: false,
  nothing: null,
  binary: new Uint8Array([0, 1, 254, 255]),
  emptyBinary: new Uint8Array(0),
  list: ['a', 1, true, null, ['nested'], { inner: 'map' }],
  emptyList: [],
  map: { a: { b: { c: [1, 2, 3] } }, s: new Set(['x']) },
  emptyMap: {},
  strings: new Set(['a', 'b', '']),
  numbers: new Set([1, 2.5, -3]),
  binaries: new Set([new Uint8Array([1]), new Uint8Array([2, 3])]),
};

describe('AWS adapter on DynamoDB Local (conformance)', function () {
  this.timeout(120_000);
  let port: AwsDynamoDbPort;
  let wrapping: AwsDynamoDbPort;
  let table: string;

  before(async () => {
    port = createAwsDynamoDbPort({ endpoint: dynamoDbLocalEndpoint(), region: 'us-east-1', credentials: CREDENTIALS });
    wrapping = createAwsDynamoDbPort({ endpoint: dynamoDbLocalEndpoint(), region: 'us-east-1', credentials: CREDENTIALS, wrapNumbers: true });
    table = uniqueTableName('aws-conformance');
    await port.createTable({
      TableName: table,
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'N' }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
      BillingMode: 'PAY_PER_REQUEST',
    });
  });
  after(async () => {
    await port.deleteTable({ TableName: table });
    port.close();
    wrapping.close();
  });

  it('round-trips an item with values of every type', async () => {
    await port.putItem({ TableName: table, Item: EVERY_TYPE });
    const { Item } = await port.getItem({ TableName: table, Key: { pk: 'every-type', sk: 1 }, ConsistentRead: true });
    // Numbers come back as JavaScript numbers; one a double cannot hold exactly, as a bigint.
    expect(Item).to.deep.equal(EVERY_TYPE);
  });

  it('returns numbers as NumberValue with wrapNumbers, exactly as stored (38 digits)', async () => {
    const digits = '1234567890.1234567890123456789012345678';
    await wrapping.putItem({ TableName: table, Item: { pk: 'precise', sk: 1, n: NumberValue.from(digits), canonical: NumberValue.from('007.500') } });
    const { Item } = await wrapping.getItem({ TableName: table, Key: { pk: 'precise', sk: 1 }, ConsistentRead: true });
    expect(Item?.['n']).to.be.instanceOf(NumberValue);
    expect((Item?.['n'] as NumberValue).value).to.equal(digits);
    expect((Item?.['canonical'] as NumberValue).value).to.equal('7.5');
  });

  it('rejects a value it cannot marshal before sending, as a validation error', async () => {
    const error = await failureOf(port.putItem({ TableName: table, Item: { pk: 'bad', sk: 1, empty: new Set<string>() } }));
    expect([error.kind, error.errorName, error.retryable]).to.deep.equal(['validation', 'MarshallingError', false]);
    expect((await port.getItem({ TableName: table, Key: { pk: 'bad', sk: 1 } })).Item).to.equal(undefined);
  });

  it('fails a condition with ConditionalCheckFailed, carrying the old item', async () => {
    const old = { pk: 'guarded', sk: 1, version: 3, tags: new Set(['a']) };
    await port.putItem({ TableName: table, Item: old });
    const error = await failureOf(port.putItem({ TableName: table, Item: { pk: 'guarded', sk: 1, version: 4 }, ConditionExpression: 'version = :expected', ExpressionAttributeValues: { ':expected': 2 }, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }));
    expect([error.kind, error.reason, error.errorName, error.retryable, error.operation]).to.deep.equal(['conditional-check', 'ConditionFailed', 'ConditionalCheckFailedException', false, 'PutItem']);
    expect(error.message).to.equal('The conditional request failed');
    expect(error.item).to.deep.equal(old);
    const wrapped = await failureOf(wrapping.deleteItem({ TableName: table, Key: { pk: 'guarded', sk: 1 }, ConditionExpression: 'attribute_not_exists(pk)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }));
    expect((wrapped.item?.['version'] as NumberValue).value).to.equal('3');
  });

  it('cancels a transaction with its reasons, in order, and the items of failed conditions', async () => {
    await port.putItem({ TableName: table, Item: { pk: 'account', sk: 1, balance: 10 } });
    const error = await failureOf(port.transactWriteItems({
      TransactItems: [
        { Put: { TableName: table, Item: { pk: 'transfer', sk: 1 } } },
        { ConditionCheck: { TableName: table, Key: { pk: 'account', sk: 1 }, ConditionExpression: 'balance >= :amount', ExpressionAttributeValues: { ':amount': 50 }, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } },
      ],
    }));
    expect([error.kind, error.reason, error.errorName, error.retryable]).to.deep.equal(['transaction', 'TransactionCanceled', 'TransactionCanceledException', false]);
    expect(error.message).to.equal('Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]');
    expect(error.cancellationReasons).to.deep.equal([
      { Code: 'None' },
      { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed.', Item: { pk: 'account', sk: 1, balance: 10 } },
    ]);
    expect((await port.getItem({ TableName: table, Key: { pk: 'transfer', sk: 1 } })).Item).to.equal(undefined);
  });

  it('repeats a transaction retried with its ClientRequestToken once only', async () => {
    const resilient = withResilience(port, { clientRequestToken: () => `token-${table}` });
    const transaction = { TransactItems: [{ Update: { TableName: table, Key: { pk: 'counter', sk: 1 }, UpdateExpression: 'ADD hits :one', ExpressionAttributeValues: { ':one': 1 } } }] };
    await resilient.transactWriteItems(transaction);
    // What a retry after a lost answer sends: the same request with the same token.
    await resilient.transactWriteItems(transaction);
    expect((await port.getItem({ TableName: table, Key: { pk: 'counter', sk: 1 }, ConsistentRead: true })).Item).to.deep.equal({ pk: 'counter', sk: 1, hits: 1 });
  });

  it('maps DynamoDB Local\'s own errors into the taxonomy', async () => {
    const missing = await failureOf(port.getItem({ TableName: uniqueTableName('missing'), Key: { pk: 'a', sk: 1 } }));
    expect([missing.kind, missing.reason, missing.retryable]).to.deep.equal(['service', 'ResourceNotFound', false]);
    // DynamoDB Local's own wording; the point is that the adapter passes it on unchanged.
    const mismatch = await failureOf(port.getItem({ TableName: table, Key: { pk: 'a', sk: 'one' } }));
    expect([mismatch.kind, mismatch.reason, mismatch.errorName, mismatch.retryable]).to.deep.equal(['validation', 'TypeMismatch', 'ValidationException', false]);
    expect(mismatch.message).to.equal('One or more parameter values were invalid: Type mismatch for key');
  });

  it('writes and reads back more than DynamoDB allows in one batch through batchWriteAll and batchGetAll', async () => {
    const puts: WriteRequest[] = Array.from({ length: 130 }, (_, index) => ({ PutRequest: { Item: { pk: 'batch', sk: index, payload: 'x'.repeat(index) } } }));
    const written = await batchWriteAll(port, { [table]: puts }, { returnConsumedCapacity: 'TOTAL' });
    expect(written).to.deep.include({ complete: true, unprocessedCount: 0, calls: 6 });
    expect(written.consumedCapacity.reduce((sum, entry) => sum + (entry.CapacityUnits ?? 0), 0)).to.be.at.least(130);

    const deletes: WriteRequest[] = Array.from({ length: 30 }, (_, index) => ({ DeleteRequest: { Key: { pk: 'batch', sk: index } } }));
    expect((await batchWriteAll(port, { [table]: deletes })).complete).to.equal(true);

    const keys = Array.from({ length: 130 }, (_, index) => ({ pk: 'batch', sk: index }));
    const read = await batchGetAll(port, { [table]: { Keys: keys, ProjectionExpression: 'sk', ConsistentRead: true } });
    expect(read).to.deep.include({ complete: true, calls: 2 });
    expect((read.items[table] ?? []).map((item) => item['sk'] as number).sort((a, b) => a - b)).to.deep.equal(Array.from({ length: 100 }, (_, index) => index + 30));
    expect(read.items[table]?.[0]).to.have.all.keys('sk');
  });
});
