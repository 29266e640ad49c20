/**
 * Every kind of injected fault, seen through the DynamoDB port: what the caller gets, and what
 * the table holds afterwards (nothing for errors raised before the engine, everything for a
 * timeout after commit, exactly the processed part of a batch).
 */
import { expect } from 'chai';
import sinon from 'sinon';
import type { Simulator } from '../../../../adapters/simulator/create-simulator.js';
import type { DynamoDbError } from '../../../../ports/dynamo-db-error.js';
import type { Item } from '../../../../ports/document-value.js';
import { createTestTable, testSimulator } from '../fronts/support/test-simulator.js';

async function failure(promise: Promise<unknown>): Promise<DynamoDbError> {
  return promise.then(
    () => { throw new Error('expected a failure'); },
    (error: unknown) => error as DynamoDbError,
  );
}

describe('simulator faults: kinds', () => {
  let simulator: Simulator;

  const stored = async (pk: string): Promise<Item | undefined> => (await simulator.port.getItem({ TableName: 'fault-table', Key: { pk }, ConsistentRead: true })).Item;

  beforeEach(async () => {
    simulator = testSimulator({ seed: 7 });
    await createTestTable(simulator, 'fault-table', { stream: 'KEYS_ONLY' });
  });

  it('throttles with ThrottlingException by default, or the throttling error named, applying nothing', async () => {
    simulator.faults.inject({ operation: 'PutItem', fault: { kind: 'throttling' }, times: 1 });
    const error = await failure(simulator.port.putItem({ TableName: 'fault-table', Item: { pk: 'a' } }));
    expect(error).to.include({ kind: 'throughput', reason: 'Throttling', errorName: 'ThrottlingException', message: 'Rate of requests exceeds the allowed throughput.', retryable: true, operation: 'PutItem' });
    simulator.faults.inject({ operation: 'PutItem', fault: { kind: 'throttling', errorName: 'ProvisionedThroughputExceededException' }, times: 1 });
    expect(await failure(simulator.port.putItem({ TableName: 'fault-table', Item: { pk: 'a' } }))).to.include({ reason: 'ProvisionedThroughputExceeded', retryable: true });
    expect(await stored('a')).to.equal(undefined);
    await simulator.port.putItem({ TableName: 'fault-table', Item: { pk: 'a' } });
    expect(await stored('a')).to.deep.equal({ pk: 'a' });
  });

  it('fails with InternalServerError or ServiceUnavailable, retryable, applying nothing', async () => {
    simulator.faults.inject({ operation: 'UpdateItem', fault: { kind: 'internal-error' }, times: 1 });
    simulator.faults.inject({ operation: 'DeleteItem', fault: { kind: 'service-unavailable' }, times: 1 });
    await simulator.port.putItem({ TableName: 'fault-table', Item: { pk: 'a', n: 1 } });
    const internal = await failure(simulator.port.updateItem({ TableName: 'fault-table', Key: { pk: 'a' }, UpdateExpression: 'SET n = :n', ExpressionAttributeValues: { ':n': 2 } }));
    expect(internal).to.include({ kind: 'service', reason: 'InternalServerError', errorName: 'InternalServerError', retryable: true });
    const unavailable = await failure(simulator.port.deleteItem({ TableName: 'fault-table', Key: { pk: 'a' } }));
    expect(unavailable).to.include({ kind: 'service', reason: 'ServiceUnavailable', errorName: 'ServiceUnavailable', retryable: true });
    expect(await stored('a')).to.deep.equal({ pk: 'a', n: 1 });
  });

  it('delays the answer by the latency, on real timers that fake timers can drive', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      simulator.faults.inject({ operation: 'GetItem', fault: { kind: 'latency', ms: 250 } });
      let settled = false;
      const answer = simulator.port.getItem({ TableName: 'fault-table', Key: { pk: 'a' } }).then((output) => { settled = true; return output; });
      await clock.tickAsync(249);
      expect(settled).to.equal(false);
      await clock.tickAsync(1);
      expect(await answer).to.deep.equal({});
      expect(settled).to.equal(true);
    } finally {
      clock.restore();
    }
  });

  it('returns part of a BatchWriteItem as UnprocessedItems without applying it, and applies the rest', async () => {
    simulator.faults.inject({ operation: 'BatchWriteItem', fault: { kind: 'unprocessed', fraction: 0.5 } });
    const keys = Array.from({ length: 10 }, (_, index) => `k${index}`);
    const output = await simulator.port.batchWriteItem({ RequestItems: { 'fault-table': keys.map((pk) => ({ PutRequest: { Item: { pk, v: pk } } })) } });
    const unprocessed = (output.UnprocessedItems?.['fault-table'] ?? []).map((request) => ('PutRequest' in request ? request.PutRequest.Item['pk'] : undefined));
    expect(unprocessed.length).to.be.within(1, 9);
    for (const pk of keys) expect(await stored(pk), pk).to.deep.equal(unprocessed.includes(pk) ? undefined : { pk, v: pk });
    // Once the fault is gone, sending the unprocessed requests again completes the batch.
    simulator.faults.clear();
    await simulator.port.batchWriteItem({ RequestItems: output.UnprocessedItems ?? {} });
    for (const pk of keys) expect(await stored(pk)).to.deep.equal({ pk, v: pk });
  });

  it('returns part of a BatchGetItem as UnprocessedKeys, with the request\'s read options', async () => {
    for (const pk of ['a', 'b', 'c', 'd']) await simulator.port.putItem({ TableName: 'fault-table', Item: { pk, v: 1 } });
    simulator.faults.inject({ operation: 'BatchGetItem', fault: { kind: 'unprocessed' } });
    const output = await simulator.port.batchGetItem({
      RequestItems: { 'fault-table': { Keys: ['a', 'b', 'c', 'd'].map((pk) => ({ pk })), ConsistentRead: true, ProjectionExpression: 'pk' } },
    });
    const read = (output.Responses?.['fault-table'] ?? []).map((item) => item['pk']);
    const unprocessed = output.UnprocessedKeys?.['fault-table'];
    expect(unprocessed).to.deep.include({ ConsistentRead: true, ProjectionExpression: 'pk' });
    const held = (unprocessed?.Keys ?? []).map((key) => key['pk']);
    expect(held.length).to.be.within(1, 3);
    expect([...read, ...held].sort()).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(output.Responses?.['fault-table']?.every((item) => Object.keys(item).join() === 'pk')).to.equal(true);
  });

  it('cancels a transaction with a TransactionConflict reason, applying none of it', async () => {
    simulator.faults.inject({ operation: 'TransactWriteItems', fault: { kind: 'transaction-conflict' } });
    const error = await failure(simulator.port.transactWriteItems({
      TransactItems: [{ Put: { TableName: 'fault-table', Item: { pk: 'x' } } }, { Put: { TableName: 'fault-table', Item: { pk: 'y' } } }],
    }));
    expect(error).to.include({ kind: 'transaction', reason: 'TransactionConflict', errorName: 'TransactionCanceledException', retryable: true });
    const codes = (error.cancellationReasons ?? []).map((reason) => reason.Code);
    expect(codes).to.have.length(2);
    expect(codes.filter((code) => code === 'TransactionConflict')).to.have.length(1);
    expect(codes.filter((code) => code === 'None')).to.have.length(1);
    expect(error.message).to.equal(`Transaction cancelled, please refer cancellation reasons for specific reasons [${codes.join(', ')}]`);
    expect(await stored('x')).to.equal(undefined);
    expect(await stored('y')).to.equal(undefined);
  });

  it('fails a single write with TransactionConflictException', async () => {
    simulator.faults.inject({ fault: { kind: 'transaction-conflict' } });
    const error = await failure(simulator.port.putItem({ TableName: 'fault-table', Item: { pk: 'x' } }));
    expect(error).to.include({ kind: 'conditional-check', reason: 'TransactionConflict', errorName: 'TransactionConflictException', message: 'Transaction is ongoing for the item', retryable: true });
    // Reads are never in conflict: the rule does not apply to them.
    expect(await simulator.port.getItem({ TableName: 'fault-table', Key: { pk: 'x' } })).to.deep.equal({});
    expect(simulator.faults.log.map((entry) => entry.operation)).to.deep.equal(['PutItem']);
  });

  it('applies a write and then times out: the caller sees a retryable Timeout, the table and the stream the write', async () => {
    simulator.faults.inject({ operation: 'PutItem', fault: { kind: 'timeout-after-commit' }, times: 1 });
    const records: unknown[] = [];
    simulator.subscribe('fault-table', (record) => records.push(record.eventName));
    const error = await failure(simulator.port.putItem({ TableName: 'fault-table', Item: { pk: 'landed', v: 1 } }));
    expect(error).to.include({ kind: 'service', reason: 'Timeout', errorName: 'TimeoutError', retryable: true, operation: 'PutItem' });
    expect(await stored('landed')).to.deep.equal({ pk: 'landed', v: 1 });
    expect(records).to.deep.equal(['INSERT']);
    // The retry a caller would make now finds its own write: a conditional put fails.
    const retry = await failure(simulator.port.putItem({ TableName: 'fault-table', Item: { pk: 'landed', v: 1 }, ConditionExpression: 'attribute_not_exists(pk)' }));
    expect(retry.reason).to.equal('ConditionFailed');
  });
});
