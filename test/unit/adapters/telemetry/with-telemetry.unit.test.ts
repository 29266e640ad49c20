import { expect } from 'chai';
import sinon from 'sinon';
import { createInMemoryTelemetry, type InMemoryTelemetry } from '../../../../adapters/telemetry/create-in-memory-telemetry.js';
import { METRICS } from '../../../../adapters/telemetry/metric-names.js';
import { spanName } from '../../../../adapters/telemetry/operation-labels.js';
import { reportCircuitChanges } from '../../../../adapters/telemetry/report-circuit-changes.js';
import { reportRetries } from '../../../../adapters/telemetry/report-retries.js';
import { withTelemetry } from '../../../../adapters/telemetry/with-telemetry.js';
import { withCircuitBreaker } from '../../../../adapters/resilience/with-circuit-breaker.js';
import { withRetries } from '../../../../adapters/resilience/with-retries.js';
import { DynamoDbError } from '../../../../ports/dynamo-db-error.js';
import { OPERATION_NAMES } from '../../../../ports/dynamo-db-operations.js';
import type { DynamoDbPort } from '../../../../ports/dynamo-db-port.js';
import { faults, scriptedPort, times, type Step } from '../resilience/scripted-port.js';

function traced(steps: readonly Step[], options = {}): { telemetry: InMemoryTelemetry; port: DynamoDbPort; times: number[] } {
  const telemetry = createInMemoryTelemetry();
  const clockTimes: number[] = [];
  let tick = 0;
  const now = (): number => { tick += 250; clockTimes.push(tick); return tick; };
  return { telemetry, port: withTelemetry(scriptedPort(steps), telemetry, { now, ...options }), times: clockTimes };
}

async function failureOf(call: Promise<unknown>): Promise<unknown> {
  return call.then(() => undefined, (error: unknown) => error);
}

describe('withTelemetry', () => {
  it('names one span per operation, dynamodb.<operation in snake case>', () => {
    const names = OPERATION_NAMES.map(spanName);
    expect(new Set(names).size).to.equal(OPERATION_NAMES.length);
    expect(names.slice(0, 10)).to.deep.equal([
      'dynamodb.get_item', 'dynamodb.put_item', 'dynamodb.update_item', 'dynamodb.delete_item', 'dynamodb.query',
      'dynamodb.scan', 'dynamodb.batch_get', 'dynamodb.batch_write', 'dynamodb.transact_get', 'dynamodb.transact_write',
    ]);
    expect(spanName('UpdateTimeToLive')).to.equal('dynamodb.update_time_to_live');
  });

  it('traces, counts and times a successful GetItem, and logs its shape at DEBUG without values', async () => {
    const { telemetry, port } = traced([{ ok: { Item: { pk: 'customer-7', secretNote: 'value-canary' } } }]);
    await port.getItem({ TableName: 'orders', Key: { pk: 'customer-7' }, ConsistentRead: true, ProjectionExpression: '#n', ExpressionAttributeNames: { '#n': 'secretNote' } });
    expect(telemetry.spans).to.deep.equal([
      { name: 'dynamodb.get_item', attributes: { table: 'orders', pk: 'customer-7', consistent_read: true, status: 'ok' }, errors: [], ended: true },
    ]);
    expect(telemetry.counter(METRICS.operations, { operation: 'get_item', table: 'orders', status: 'success' })).to.equal(1);
    expect(telemetry.observations(METRICS.duration, { operation: 'get_item', table: 'orders' })).to.deep.equal([0.25]);
    expect(telemetry.observations(METRICS.itemsReturned, { operation: 'get_item', table: 'orders' })).to.deep.equal([1]);
    const debug = telemetry.logsAt('debug');
    expect(debug.map((log) => log.message)).to.deep.equal(['dynamodb get_item request', 'dynamodb get_item succeeded']);
    expect(debug[0]?.fields).to.deep.equal({
      operation: 'GetItem',
      shape: { TableName: 'orders', ProjectionExpression: '#n', ExpressionAttributeNames: { '#n': 'secretNote' }, ConsistentRead: true, KeyAttributes: ['pk'] },
    });
    expect(JSON.stringify(debug)).not.to.include('customer-7');
    expect(JSON.stringify(debug)).not.to.include('value-canary');
    expect(JSON.stringify(telemetry.logsAt('trace'))).to.include('value-canary');
    expect(telemetry.logsAt('info')).to.deep.equal([]);
  });

  it('carries the attributes of the integration module for each kind of request', async () => {
    const { telemetry, port } = traced([]);
    await port.putItem({ TableName: 't', Item: { pk: 'a', v: 1 }, ConditionExpression: 'attribute_not_exists(pk)' });
    await port.updateItem({ TableName: 't', Key: { pk: 'a' }, UpdateExpression: 'SET v = v + :one', ExpressionAttributeValues: { ':one': 1 } });
    await port.deleteItem({ TableName: 't', Key: { pk: 'a' } });
    await port.query({ TableName: 't', IndexName: 'by-v', KeyConditionExpression: 'v = :v', ExpressionAttributeValues: { ':v': 1 }, Limit: 5 });
    await port.scan({ TableName: 't', Segment: 1, TotalSegments: 4 });
    await port.batchGetItem({ RequestItems: { t: { Keys: [{ pk: 'a' }, { pk: 'b' }] }, u: { Keys: [{ pk: 'c' }] } } });
    await port.batchWriteItem({ RequestItems: { t: [{ PutRequest: { Item: { pk: 'a' } } }, { DeleteRequest: { Key: { pk: 'b' } } }, { PutRequest: { Item: { pk: 'c' } } }] } });
    await port.transactWriteItems({ TransactItems: [{ Put: { TableName: 'u', Item: { pk: 'a' } } }, { Delete: { TableName: 't', Key: { pk: 'b' } } }, { ConditionCheck: { TableName: 't', Key: { pk: 'c' }, ConditionExpression: 'attribute_exists(pk)' } }] });
    await port.describeTable({ TableName: 't' });
    expect(telemetry.spans.map(({ name, attributes }) => [name, attributes])).to.deep.equal([
      ['dynamodb.put_item', { condition: 'attribute_not_exists(pk)', table: 't', status: 'ok' }],
      ['dynamodb.update_item', { pk: 'a', update_expr: 'SET v = v + :one', table: 't', status: 'ok' }],
      ['dynamodb.delete_item', { pk: 'a', table: 't', status: 'ok' }],
      ['dynamodb.query', { index: 'by-v', limit: 5, table: 't', status: 'ok' }],
      ['dynamodb.scan', { segment: 1, total_segments: 4, table: 't', status: 'ok' }],
      ['dynamodb.batch_get', { item_count: 3, tables: 't,u', status: 'ok' }],
      ['dynamodb.batch_write', { put_count: 2, delete_count: 1, table: 't', status: 'ok' }],
      ['dynamodb.transact_write', { item_count: 3, put_count: 1, delete_count: 1, tables: 't,u', status: 'ok' }],
      ['dynamodb.describe_table', { table: 't', status: 'ok' }],
    ]);
  });

  it('learns key schemas from CreateTable and DescribeTable, so pk and sk appear for composite keys and queries', async () => {
    const table = { TableName: 'events', KeySchema: [{ AttributeName: 'stream', KeyType: 'HASH' }, { AttributeName: 'version', KeyType: 'RANGE' }] } as const;
    const { telemetry, port } = traced([
      { ok: {} },
      { ok: {} },
      { ok: { Table: { TableName: 'other', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], GlobalSecondaryIndexes: [{ IndexName: 'by-owner', KeySchema: [{ AttributeName: 'owner', KeyType: 'HASH' }] }] } } },
    ]);
    await port.createTable({ ...table, AttributeDefinitions: [{ AttributeName: 'stream', AttributeType: 'S' }, { AttributeName: 'version', AttributeType: 'N' }], BillingMode: 'PAY_PER_REQUEST' });
    await port.putItem({ TableName: 'events', Item: { version: 3, payload: 'x', stream: 's-1' } });
    await port.describeTable({ TableName: 'other' });
    await port.query({ TableName: 'events', KeyConditionExpression: '#s = :s AND version > :v', ExpressionAttributeNames: { '#s': 'stream' }, ExpressionAttributeValues: { ':s': 's-1', ':v': 2 } });
    await port.query({ TableName: 'other', IndexName: 'by-owner', KeyConditionExpression: 'owner = :o', ExpressionAttributeValues: { ':o': 'ann' } });
    expect(telemetry.spans[1]?.attributes).to.include({ pk: 's-1', sk: 3 });
    expect(telemetry.spans[3]?.attributes).to.include({ pk: 's-1' });
    expect(telemetry.spans[4]?.attributes).to.include({ pk: 'ann', index: 'by-owner' });
  });

  it('takes configured key schemas, and leaves key values out when told to', async () => {
    const configured = traced([], { keySchemas: { events: { partitionKey: 'stream', sortKey: 'version' } } });
    await configured.port.getItem({ TableName: 'events', Key: { stream: 's', version: 1n } });
    expect(configured.telemetry.spans[0]?.attributes).to.include({ pk: 's', sk: '1' });
    const withoutValues = traced([], { includeKeyValues: false });
    await withoutValues.port.getItem({ TableName: 'events', Key: { stream: 's' } });
    expect(withoutValues.telemetry.spans[0]?.attributes).not.to.have.property('pk');
  });

  it('counts consumed capacity per table, items returned and unprocessed batch items (with a WARN)', async () => {
    const { telemetry, port } = traced([
      { ok: { Count: 4, ScannedCount: 9, Items: [{}, {}, {}, {}], ConsumedCapacity: { TableName: 't', CapacityUnits: 2.5 } } },
      { ok: { UnprocessedItems: { t: [{ PutRequest: { Item: { pk: 'a' } } }], u: [] }, ConsumedCapacity: [{ TableName: 't', CapacityUnits: 3 }, { TableName: 'u', CapacityUnits: 1 }] } },
      { ok: { Responses: { t: [{}, {}], u: [{}] }, UnprocessedKeys: { u: { Keys: [{ pk: 'x' }, { pk: 'y' }] } } } },
    ]);
    await port.query({ TableName: 't', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': 'a' }, ReturnConsumedCapacity: 'TOTAL' });
    await port.batchWriteItem({ RequestItems: { t: [{ PutRequest: { Item: { pk: 'a' } } }], u: [{ PutRequest: { Item: { pk: 'b' } } }] }, ReturnConsumedCapacity: 'TOTAL' });
    await port.batchGetItem({ RequestItems: { t: { Keys: [{ pk: 'a' }, { pk: 'b' }] }, u: { Keys: [{ pk: 'c' }, { pk: 'x' }, { pk: 'y' }] } } });
    expect(telemetry.counter(METRICS.consumedCapacity, { table: 't' })).to.equal(5.5);
    expect(telemetry.counter(METRICS.consumedCapacity, { table: 'u', operation: 'batch_write' })).to.equal(1);
    expect(telemetry.observations(METRICS.itemsReturned, { operation: 'query' })).to.deep.equal([4]);
    expect(telemetry.observations(METRICS.itemsReturned, { operation: 'batch_get', table: 't' })).to.deep.equal([2]);
    expect(telemetry.counter(METRICS.unprocessed, { table: 't', operation: 'batch_write' })).to.equal(1);
    expect(telemetry.counter(METRICS.unprocessed, { table: 'u', operation: 'batch_get' })).to.equal(2);
    expect(telemetry.counter(METRICS.unprocessed, { table: 'u', operation: 'batch_write' })).to.equal(0);
    expect(telemetry.logsAt('warn').map((log) => log.message)).to.deep.equal(['dynamodb batch_write left items unprocessed', 'dynamodb batch_get left items unprocessed']);
  });

  it('logs a committed transaction at INFO', async () => {
    const { telemetry, port } = traced([]);
    await port.transactWriteItems({ TransactItems: [{ Put: { TableName: 't', Item: { pk: 'a' } } }] });
    expect(telemetry.logsAt('info')).to.have.length(1);
    expect(telemetry.logsAt('info')[0]).to.deep.include({ message: 'dynamodb transaction committed' });
    expect(telemetry.logsAt('info')[0]?.fields).to.include({ item_count: 1 });
  });

  const failures: [string, () => unknown, string, Record<string, number>][] = [
    ['a throttled call', faults.throttling, 'warn', { [METRICS.throttles]: 1, [METRICS.conditionalCheckFailures]: 0 }],
    ['a failed condition', faults.conditionFailed, 'debug', { [METRICS.throttles]: 0, [METRICS.conditionalCheckFailures]: 1 }],
    ['a transaction canceled by a condition', faults.canceledByCondition, 'debug', { [METRICS.conditionalCheckFailures]: 1 }],
    ['a validation error', faults.validation, 'debug', {}],
    ['an authentication failure', faults.accessDenied, 'error', {}],
    ['an unavailable service', faults.unavailable, 'error', {}],
    ['a refusal of the circuit breaker', () => new DynamoDbError({ kind: 'service', reason: 'CircuitOpen', errorName: 'CircuitOpenError', message: 'open', retryable: false }), 'warn', {}],
  ];
  for (const [name, fault, level, counters] of failures) {
    it(`records ${name}: error span, error metrics, a ${level.toUpperCase()} log, and rethrows the same error`, async () => {
      const error = fault();
      const { telemetry, port } = traced([{ fail: error }]);
      expect(await failureOf(port.putItem({ TableName: 'orders', Item: { pk: 'a' } }))).to.equal(error);
      const span = telemetry.spans[0];
      expect(span?.ended).to.equal(true);
      expect(span?.errors).to.deep.equal([error]);
      expect(span?.attributes).to.include({ status: 'error', error_type: (error as DynamoDbError).kind });
      expect(telemetry.counter(METRICS.operations, { status: 'error', operation: 'put_item', table: 'orders' })).to.equal(1);
      expect(telemetry.counter(METRICS.errors, { error_type: (error as DynamoDbError).kind, reason: (error as DynamoDbError).reason, table: 'orders' })).to.equal(1);
      for (const [metric, expected] of Object.entries(counters)) expect(telemetry.counter(metric), metric).to.equal(expected);
      expect(telemetry.logs.filter((log) => log.message === 'dynamodb put_item failed').map((log) => log.level)).to.deep.equal([level]);
    });
  }

  it('never lets a failing telemetry backend change the outcome of a call', async () => {
    const broken = createInMemoryTelemetry();
    const exploding = { ...broken, metrics: { increment: () => { throw new Error('metrics down'); }, observe: () => { throw new Error('metrics down'); } } };
    const ok = withTelemetry(scriptedPort([{ ok: { Item: { pk: 'a' } } }]), exploding);
    expect(await ok.getItem({ TableName: 't', Key: { pk: 'a' } })).to.deep.equal({ Item: { pk: 'a' } });
    const error = faults.internal();
    const failing = withTelemetry(scriptedPort([{ fail: error }]), exploding);
    expect(await failureOf(failing.getItem({ TableName: 't', Key: { pk: 'a' } }))).to.equal(error);
    expect(broken.spans.every((span) => span.ended)).to.equal(true);
  });

  it('skips building DEBUG and TRACE fields when the logger drops them', async () => {
    const telemetry = createInMemoryTelemetry({ level: 'info' });
    const port = withTelemetry(scriptedPort([]), telemetry);
    await port.getItem({ TableName: 't', Key: { pk: 'a' } });
    expect(telemetry.logs).to.deep.equal([]);
  });
});

describe('telemetry of the resilience layer', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => { clock = sinon.useFakeTimers(); });
  afterEach(() => { clock.restore(); });

  it('logs every retry at WARN and counts it, and counts each throttled attempt once', async () => {
    const telemetry = createInMemoryTelemetry();
    const inner = scriptedPort([{ fail: faults.throttling() }, { fail: faults.throttling() }, { fail: faults.internal() }]);
    const port = withTelemetry(withRetries(inner, {}, { random: () => 0.5, onRetry: reportRetries(telemetry) }), telemetry);
    const call = port.getItem({ TableName: 'orders', Key: { pk: 'a' } }).catch((error: unknown) => error);
    await clock.runAllAsync();
    expect(DynamoDbError.is(await call)).to.equal(true);
    expect(telemetry.counter(METRICS.retries, { operation: 'get_item', table: 'orders', category: 'throttling' })).to.equal(2);
    expect(telemetry.counter(METRICS.throttles, { operation: 'get_item', table: 'orders' })).to.equal(2);
    expect(telemetry.counter(METRICS.operations, { status: 'error' })).to.equal(1);
    expect(telemetry.spans).to.have.length(1);
    expect(telemetry.logsAt('warn').map((log) => log.message)).to.deep.equal(['dynamodb get_item retry 2 of 10 in 25 ms', 'dynamodb get_item retry 3 of 10 in 50 ms']);
    expect(telemetry.logsAt('error').map((log) => log.message)).to.deep.equal(['dynamodb get_item failed']);
  });

  it('logs and counts the changes of the circuit breaker', async () => {
    const telemetry = createInMemoryTelemetry();
    const port = withCircuitBreaker(scriptedPort(times(5, { fail: faults.unavailable() })), { onStateChange: reportCircuitChanges(telemetry) });
    for (let call = 0; call < 5; call += 1) await failureOf(port.getItem({ TableName: 't', Key: { pk: 'a' } }));
    expect(telemetry.counter(METRICS.circuitTransitions, { from: 'closed', to: 'open' })).to.equal(1);
    expect(telemetry.logsAt('warn')).to.deep.equal([{ level: 'warn', message: 'dynamodb circuit breaker closed -> open', fields: { from: 'closed', to: 'open', reason: 'ServiceUnavailable' } }]);
    clock.tick(30_000);
    await port.getItem({ TableName: 't', Key: { pk: 'a' } });
    await port.getItem({ TableName: 't', Key: { pk: 'a' } });
    expect(telemetry.logsAt('info').map((log) => log.message)).to.deep.equal(['dynamodb circuit breaker open -> half-open', 'dynamodb circuit breaker half-open -> closed']);
  });
});
