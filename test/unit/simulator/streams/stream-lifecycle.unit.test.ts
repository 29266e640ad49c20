/**
 * Streams over the life of their tables: listed and described while enabled, disabled (their
 * shard closed, their records still readable) when the table loses its stream or is deleted, a
 * new stream when it is enabled again, gone 24 hours after being disabled.
 */
import { expect } from 'chai';
import type { Simulator } from '../../../../adapters/simulator/create-simulator.js';
import { createManualClock, type ManualClock } from '../../../../adapters/simulator/manual-clock.js';
import type { DynamoDbError } from '../../../../ports/dynamo-db-error.js';
import { createTestTable, testSimulator } from '../fronts/support/test-simulator.js';
import { iteratorOf, latestShard, readFrom } from './support/stream-reading.js';

const HOUR = 3_600_000;

describe('simulator streams: lifecycle', () => {
  let clock: ManualClock;
  let simulator: Simulator;

  beforeEach(() => {
    clock = createManualClock(Date.UTC(2025, 2, 3, 4, 5, 6, 789));
    simulator = testSimulator({ clock });
  });

  it('describes an enabled stream: status, view type, key schema, one open shard', async () => {
    await createTestTable(simulator, 'described-table', { sortKey: true, stream: 'NEW_IMAGE' });
    const { streamArn } = await latestShard(simulator, 'described-table');
    const description = (await simulator.streams.describeStream({ StreamArn: streamArn })).StreamDescription;
    expect(description).to.deep.include({
      StreamArn: streamArn,
      StreamLabel: '2025-03-03T04:05:06.789',
      StreamStatus: 'ENABLED',
      StreamViewType: 'NEW_IMAGE',
      TableName: 'described-table',
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
    });
    expect(description?.CreationRequestDateTime.getTime()).to.equal(clock.now());
    expect(description?.Shards).to.have.length(1);
    expect(description?.Shards[0]?.ShardId).to.match(/^shardId-\d{20}-[0-9a-f]{8}$/);
    expect(description?.Shards[0]?.SequenceNumberRange.StartingSequenceNumber).to.match(/^\d{21}$/);
    expect(description?.Shards[0]?.SequenceNumberRange.EndingSequenceNumber).to.equal(undefined);
  });

  it('lists streams by table, a page at a time', async () => {
    for (const name of ['list-a', 'list-b', 'list-c']) await createTestTable(simulator, name, { stream: 'KEYS_ONLY' });
    await createTestTable(simulator, 'list-none');
    const all = (await simulator.streams.listStreams({})).Streams ?? [];
    expect(all.map((stream) => stream.TableName)).to.deep.equal(['list-a', 'list-b', 'list-c']);
    const first = await simulator.streams.listStreams({ Limit: 2 });
    expect(first.Streams?.map((stream) => stream.TableName)).to.deep.equal(['list-a', 'list-b']);
    expect(first.LastEvaluatedStreamArn).to.equal(all[1]?.StreamArn);
    const second = await simulator.streams.listStreams({ Limit: 2, ExclusiveStartStreamArn: first.LastEvaluatedStreamArn });
    expect(second.Streams?.map((stream) => stream.TableName)).to.deep.equal(['list-c']);
    expect(second.LastEvaluatedStreamArn).to.equal(undefined);
    expect((await simulator.streams.listStreams({ TableName: 'list-b' })).Streams).to.deep.equal([all[1]]);
    expect((await simulator.streams.listStreams({ TableName: 'list-none' })).Streams).to.deep.equal([]);
    const limitError = (await simulator.streams.listStreams({ Limit: 101 }).catch((error: unknown) => error)) as DynamoDbError;
    expect(limitError.message).to.equal("1 validation error detected: Value '101' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 100");
  });

  it('disables the stream of a deleted table: closed shard, records readable, then gone after 24 hours', async () => {
    await createTestTable(simulator, 'doomed-table', { stream: 'NEW_AND_OLD_IMAGES' });
    const shard = await latestShard(simulator, 'doomed-table');
    await simulator.port.putItem({ TableName: 'doomed-table', Item: { pk: 'a' } });
    await simulator.port.putItem({ TableName: 'doomed-table', Item: { pk: 'b' } });
    await simulator.port.deleteTable({ TableName: 'doomed-table' });
    const description = (await simulator.streams.describeStream({ StreamArn: shard.streamArn })).StreamDescription;
    expect(description?.StreamStatus).to.equal('DISABLED');
    const records = await readFrom(simulator, await iteratorOf(simulator, shard, 'TRIM_HORIZON'));
    expect(records.map((record) => record.dynamodb.Keys?.['pk'])).to.deep.equal(['a', 'b']);
    expect(description?.Shards[0]?.SequenceNumberRange.EndingSequenceNumber).to.equal(records[1]?.dynamodb.SequenceNumber);
    // A closed shard read to its end has no next iterator: the consumer is done.
    const lastPage = await simulator.streams.getRecords({ ShardIterator: await iteratorOf(simulator, shard, 'AFTER_SEQUENCE_NUMBER', records[1]?.dynamodb.SequenceNumber) });
    expect(lastPage).to.deep.equal({ Records: [] });
    clock.advance(24 * HOUR);
    expect((await simulator.streams.listStreams({})).Streams).to.deep.equal([]);
    const gone = (await simulator.streams.describeStream({ StreamArn: shard.streamArn }).catch((error: unknown) => error)) as DynamoDbError;
    expect(gone).to.include({ errorName: 'ResourceNotFoundException', message: `Requested resource not found: Stream: ${shard.streamArn} not found` });
  });

  it('closes a stream that UpdateTable disables, and opens a new one when it is enabled again', async () => {
    await createTestTable(simulator, 'toggled-table', { stream: 'KEYS_ONLY' });
    const first = await latestShard(simulator, 'toggled-table');
    await simulator.port.putItem({ TableName: 'toggled-table', Item: { pk: 'while-first' } });
    await simulator.port.updateTable({ TableName: 'toggled-table', StreamSpecification: { StreamEnabled: false } });
    await simulator.port.putItem({ TableName: 'toggled-table', Item: { pk: 'while-none' } });
    clock.advance(1000);
    await simulator.port.updateTable({ TableName: 'toggled-table', StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' } });
    await simulator.port.putItem({ TableName: 'toggled-table', Item: { pk: 'while-second' } });
    const second = await latestShard(simulator, 'toggled-table');
    expect(second.streamArn).not.to.equal(first.streamArn);
    const statuses = await Promise.all([first, second].map(async (shard) => (await simulator.streams.describeStream({ StreamArn: shard.streamArn })).StreamDescription?.StreamStatus));
    expect(statuses).to.deep.equal(['DISABLED', 'ENABLED']);
    const read = async (shard: typeof first): Promise<unknown[]> => (await readFrom(simulator, await iteratorOf(simulator, shard, 'TRIM_HORIZON'))).map((record) => record.dynamodb.Keys?.['pk']);
    expect(await read(first)).to.deep.equal(['while-first']);
    expect(await read(second)).to.deep.equal(['while-second']);
  });
});
