/**
 * Isolation: values are copied in and out, so no caller can change stored state by mutating an
 * object it passed or received (maps, lists, sets, binaries, at any depth), and simulators share
 * nothing with each other.
 */
import { NumberValueImpl, unmarshall } from '@aws-sdk/util-dynamodb';
import { expect } from 'chai';
import fc from 'fast-check';
import type { Simulator } from '../../../../adapters/simulator/create-simulator.js';
import type { DynamoDbError } from '../../../../ports/dynamo-db-error.js';
import type { Item } from '../../../../ports/document-value.js';
import { wireItem } from './support/document-arbitraries.js';
import { createTestTable, testSimulator } from './support/test-simulator.js';

/** Changes every container and binary reachable from `value`, in place. */
function vandalise(value: unknown): void {
  if (value instanceof Uint8Array) {
    value.fill(0xee);
  } else if (value instanceof Set) {
    const members = [...(value as Set<unknown>)];
    for (const member of members) vandalise(member);
    value.add(typeof members[0] === 'string' ? 'intruder' : 987654);
  } else if (Array.isArray(value)) {
    for (const element of value as unknown[]) vandalise(element);
    value.push('intruder');
  } else if (typeof value === 'object' && value !== null && !(value instanceof NumberValueImpl)) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) vandalise(record[key]);
    record['intruder'] = true;
  }
}

const richItem = (): Record<string, unknown> => ({
  pk: 'rich',
  bytes: new Uint8Array([1, 2, 3]),
  strings: new Set(['a', 'b']),
  numbers: new Set([1, 2]),
  blobs: new Set([new Uint8Array([4]), new Uint8Array([5])]),
  list: [1, 'two', new Uint8Array([6]), { deep: [new Uint8Array([7])] }],
  map: { inner: { bytes: new Uint8Array([8]), list: ['x'] } },
  big: NumberValueImpl.from('12345678901234567890.5'),
});

describe('simulator isolation', () => {
  let simulator: Simulator;

  const read = async (): Promise<Item | undefined> => (await simulator.port.getItem({ TableName: 'isolated-table', Key: { pk: 'rich' }, ConsistentRead: true })).Item;

  beforeEach(async () => {
    simulator = testSimulator({ wrapNumbers: true });
    await createTestTable(simulator, 'isolated-table', { stream: 'NEW_AND_OLD_IMAGES' });
  });

  it('copies what a caller writes: mutating the input afterwards changes nothing stored', async () => {
    const item = richItem();
    await simulator.port.putItem({ TableName: 'isolated-table', Item: item as Item });
    const expected = await read();
    vandalise(item);
    expect(await read()).to.deep.equal(expected);
    expect((expected?.['bytes'] as Uint8Array)[0]).to.equal(1);
  });

  it('copies what a caller reads: mutating any output changes nothing stored', async () => {
    await simulator.port.putItem({ TableName: 'isolated-table', Item: richItem() as Item });
    const expected = await read();
    const outputs: unknown[] = [
      await simulator.port.getItem({ TableName: 'isolated-table', Key: { pk: 'rich' } }),
      await simulator.port.query({ TableName: 'isolated-table', KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': 'rich' } }),
      await simulator.port.scan({ TableName: 'isolated-table' }),
      await simulator.port.batchGetItem({ RequestItems: { 'isolated-table': { Keys: [{ pk: 'rich' }] } } }),
      await simulator.port.transactGetItems({ TransactItems: [{ Get: { TableName: 'isolated-table', Key: { pk: 'rich' } } }] }),
      await simulator.port.putItem({ TableName: 'isolated-table', Item: richItem() as Item, ReturnValues: 'ALL_OLD' }),
      await simulator.port.updateItem({ TableName: 'isolated-table', Key: { pk: 'rich' }, UpdateExpression: 'SET touched = :t', ExpressionAttributeValues: { ':t': 1 }, ReturnValues: 'ALL_NEW' }),
      await simulator.port.putItem({ TableName: 'isolated-table', Item: { pk: 'rich' }, ConditionExpression: 'attribute_not_exists(pk)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }).catch((error: unknown) => (error as DynamoDbError).item),
      await simulator.streams.getRecords({
        ShardIterator: (await simulator.streams.getShardIterator({
          StreamArn: (await simulator.streams.listStreams({})).Streams?.[0]?.StreamArn as string,
          ShardId: (await simulator.streams.describeStream({ StreamArn: (await simulator.streams.listStreams({})).Streams?.[0]?.StreamArn as string })).StreamDescription?.Shards[0]?.ShardId as string,
          ShardIteratorType: 'TRIM_HORIZON',
        })).ShardIterator as string,
      }),
    ];
    const afterwards = { ...expected, touched: new NumberValueImpl('1') };
    for (const output of outputs) vandalise(output);
    expect(await read()).to.deep.equal(afterwards);
  });

  it('keeps stored state whatever item is written and however its copies are mutated', async () => {
    await fc.assert(
      fc.asyncProperty(wireItem, async (wire) => {
        const item = { ...(unmarshall(wire as never, { wrapNumbers: true }) as Record<string, unknown>), pk: 'rich' };
        await simulator.port.putItem({ TableName: 'isolated-table', Item: item });
        const expected = await read();
        vandalise(item);
        vandalise(await read());
        expect(await read()).to.deep.equal(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps simulators apart: tables, items, streams, faults and clocks are each their own', async () => {
    const other = testSimulator();
    await createTestTable(other, 'isolated-table');
    await simulator.port.putItem({ TableName: 'isolated-table', Item: { pk: 'mine' } });
    other.faults.inject({ fault: { kind: 'throttling' } });
    expect((await simulator.port.getItem({ TableName: 'isolated-table', Key: { pk: 'mine' } })).Item).to.deep.equal({ pk: 'mine' });
    expect(await other.port.getItem({ TableName: 'isolated-table', Key: { pk: 'mine' } }).catch((error: unknown) => (error as DynamoDbError).errorName)).to.equal('ThrottlingException');
    other.faults.clear();
    expect(await other.port.getItem({ TableName: 'isolated-table', Key: { pk: 'mine' } })).to.deep.equal({});
    expect((await other.streams.listStreams({})).Streams).to.deep.equal([]);
    expect(simulator.faults.log).to.deep.equal([]);
  });
});
