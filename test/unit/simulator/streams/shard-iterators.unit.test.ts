/**
 * Shard iterators and GetRecords: every iterator type, paging with Limit and the 1 MB page,
 * iterator expiry after 15 minutes, the 24-hour trim horizon, and DynamoDB Streams' validation
 * errors.
 */
import { expect } from 'chai';
import type { Simulator } from '../../../../adapters/simulator/create-simulator.js';
import { createManualClock, type ManualClock } from '../../../../adapters/simulator/manual-clock.js';
import type { DynamoDbError } from '../../../../ports/dynamo-db-error.js';
import type { StreamRecord } from '../../../../ports/dynamo-db-streams-port.js';
import { createTestTable, testSimulator } from '../fronts/support/test-simulator.js';
import { iteratorOf, latestShard, readFrom, type StreamShard } from './support/stream-reading.js';

const HOUR = 3_600_000;

async function failure(promise: Promise<unknown>): Promise<DynamoDbError> {
  return promise.then(
    () => { throw new Error('expected a failure'); },
    (error: unknown) => error as DynamoDbError,
  );
}

const keysOf = (records: readonly StreamRecord[]): unknown[] => records.map((record) => record.dynamodb.Keys?.['pk']);

describe('simulator streams: shard iterators and GetRecords', () => {
  let clock: ManualClock;
  let simulator: Simulator;
  let shard: StreamShard;

  const put = async (...keys: string[]): Promise<void> => {
    for (const pk of keys) await simulator.port.putItem({ TableName: 'iterated-table', Item: { pk } });
  };

  beforeEach(async () => {
    clock = createManualClock(Date.UTC(2025, 5, 1));
    simulator = testSimulator({ clock });
    await createTestTable(simulator, 'iterated-table', { stream: 'KEYS_ONLY' });
    shard = await latestShard(simulator, 'iterated-table');
  });

  it('reads from the oldest record with TRIM_HORIZON, page by page with Limit', async () => {
    await put('a', 'b', 'c', 'd', 'e');
    const iterator = await iteratorOf(simulator, shard, 'TRIM_HORIZON');
    const first = await simulator.streams.getRecords({ ShardIterator: iterator, Limit: 2 });
    expect(keysOf(first.Records ?? [])).to.deep.equal(['a', 'b']);
    expect(keysOf(await readFrom(simulator, first.NextShardIterator as string, 2))).to.deep.equal(['c', 'd', 'e']);
    expect(keysOf(await readFrom(simulator, iterator))).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
  });

  it('keeps an open shard\'s iterator going: records written later are read through the next iterator', async () => {
    await put('a');
    const page = await simulator.streams.getRecords({ ShardIterator: await iteratorOf(simulator, shard, 'TRIM_HORIZON') });
    const empty = await simulator.streams.getRecords({ ShardIterator: page.NextShardIterator as string });
    expect(empty.Records).to.deep.equal([]);
    expect(empty.NextShardIterator).to.be.a('string');
    await put('b');
    expect(keysOf((await simulator.streams.getRecords({ ShardIterator: empty.NextShardIterator as string })).Records ?? [])).to.deep.equal(['b']);
  });

  it('reads only records written after a LATEST iterator was taken', async () => {
    await put('before');
    const iterator = await iteratorOf(simulator, shard, 'LATEST');
    await put('after-1', 'after-2');
    expect(keysOf(await readFrom(simulator, iterator))).to.deep.equal(['after-1', 'after-2']);
  });

  it('starts at or after a sequence number', async () => {
    await put('a', 'b', 'c');
    const records = await readFrom(simulator, await iteratorOf(simulator, shard, 'TRIM_HORIZON'));
    const sequenceOfB = records[1]?.dynamodb.SequenceNumber as string;
    expect(keysOf(await readFrom(simulator, await iteratorOf(simulator, shard, 'AT_SEQUENCE_NUMBER', sequenceOfB)))).to.deep.equal(['b', 'c']);
    expect(keysOf(await readFrom(simulator, await iteratorOf(simulator, shard, 'AFTER_SEQUENCE_NUMBER', sequenceOfB)))).to.deep.equal(['c']);
  });

  it('returns at most 1000 records a call, and rejects a Limit outside 1..1000', async () => {
    await simulator.port.batchWriteItem({ RequestItems: { 'iterated-table': Array.from({ length: 25 }, (_, index) => ({ PutRequest: { Item: { pk: `b${index}` } } })) } });
    for (let batch = 1; batch < 41; batch += 1) {
      await simulator.port.batchWriteItem({ RequestItems: { 'iterated-table': Array.from({ length: 25 }, (_, index) => ({ PutRequest: { Item: { pk: `b${batch * 25 + index}` } } })) } });
    }
    const iterator = await iteratorOf(simulator, shard, 'TRIM_HORIZON');
    expect((await simulator.streams.getRecords({ ShardIterator: iterator })).Records).to.have.length(1000);
    expect((await failure(simulator.streams.getRecords({ ShardIterator: iterator, Limit: 0 }))).message).to.equal(
      "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
    expect((await failure(simulator.streams.getRecords({ ShardIterator: iterator, Limit: 1001 }))).message).to.equal(
      'One or more parameter values were invalid: Limit should be less than or equal to 1000',
    );
  });

  it('cuts a GetRecords page before the record that would take it past 1 MB', async () => {
    await createTestTable(simulator, 'large-items', { stream: 'NEW_AND_OLD_IMAGES' });
    const large = await latestShard(simulator, 'large-items');
    const blob = 'x'.repeat(300_000);
    // Five inserts of about 300 KB each, then one modification of about 600 KB (old and new image).
    for (let index = 0; index < 5; index += 1) await simulator.port.putItem({ TableName: 'large-items', Item: { pk: `k${index}`, blob } });
    await simulator.port.putItem({ TableName: 'large-items', Item: { pk: 'k0', blob: `${blob}y` } });
    const pages: (readonly StreamRecord[])[] = [];
    let iterator: string | undefined = await iteratorOf(simulator, large, 'TRIM_HORIZON');
    while (iterator !== undefined && pages.flat().length < 6) {
      const page = await simulator.streams.getRecords({ ShardIterator: iterator });
      pages.push(page.Records ?? []);
      iterator = page.NextShardIterator;
    }
    expect(pages.map((page) => page.length)).to.deep.equal([3, 2, 1]);
    for (const page of pages) {
      const bytes = page.reduce((sum, record) => sum + (record.dynamodb.SizeBytes ?? 0), 0);
      expect(page.length === 1 || bytes <= 1024 * 1024, `a page of ${bytes} bytes`).to.equal(true);
    }
    expect(keysOf(pages.flat())).to.deep.equal(['k0', 'k1', 'k2', 'k3', 'k4', 'k0']);
  });

  it('expires iterators 15 minutes after they were issued', async () => {
    await put('a');
    const iterator = await iteratorOf(simulator, shard, 'TRIM_HORIZON');
    clock.advance(15 * 60_000);
    expect(keysOf((await simulator.streams.getRecords({ ShardIterator: iterator })).Records ?? [])).to.deep.equal(['a']);
    clock.advance(1);
    const error = await failure(simulator.streams.getRecords({ ShardIterator: iterator }));
    expect(error.errorName).to.equal('ExpiredIteratorException');
  });

  it('trims records older than 24 hours, and says so to iterators that pointed at them', async () => {
    await put('old');
    const oldSequence = (await readFrom(simulator, await iteratorOf(simulator, shard, 'TRIM_HORIZON')))[0]?.dynamodb.SequenceNumber as string;
    clock.advance(23 * HOUR);
    await put('recent');
    clock.advance(HOUR - 5 * 60_000);
    // Taken while 'old' is still there, used (within its 15 minutes) after 'old' aged out.
    const staleIterator = await iteratorOf(simulator, shard, 'TRIM_HORIZON');
    clock.advance(6 * 60_000);
    expect((await failure(simulator.streams.getRecords({ ShardIterator: staleIterator }))).errorName).to.equal('TrimmedDataAccessException');
    expect(keysOf(await readFrom(simulator, await iteratorOf(simulator, shard, 'TRIM_HORIZON')))).to.deep.equal(['recent']);
    expect((await failure(iteratorOf(simulator, shard, 'AT_SEQUENCE_NUMBER', oldSequence))).errorName).to.equal('TrimmedDataAccessException');
    clock.advance(23 * HOUR);
    expect(await readFrom(simulator, await iteratorOf(simulator, shard, 'TRIM_HORIZON'))).to.deep.equal([]);
  });

  it('validates GetShardIterator as DynamoDB Streams does', async () => {
    const base = { StreamArn: shard.streamArn, ShardId: shard.shardId };
    const message = async (input: Record<string, unknown>): Promise<string> => (await failure(simulator.streams.getShardIterator({ ...base, ...input } as never))).message;
    expect(await message({ ShardIteratorType: 'AT_SEQUENCE_NUMBER' })).to.equal('One or more parameter values were invalid: Invalid SequenceNumber');
    expect(await message({ ShardIteratorType: 'LATEST', SequenceNumber: '000000000000000000001' })).to.equal(
      'One or more parameter values were invalid: SequenceNumber should not be passed for this iterator type',
    );
    expect(await message({ ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: '1' })).to.equal(
      "1 validation error detected: Value '1' at 'sequenceNumber' failed to satisfy constraint: Member must have length greater than or equal to 21",
    );
    expect(await message({ ShardIteratorType: 'AT_SEQUENCE_NUMBER', SequenceNumber: '999999999999999999999' })).to.equal('One or more parameter values were invalid: Invalid SequenceNumber');
    expect(await message({ ShardIteratorType: 'SOMEWHERE' })).to.match(/^1 validation error detected: Value 'SOMEWHERE' at 'shardIteratorType' failed to satisfy constraint: Member must satisfy enum value set/);
    const missingShard = await failure(simulator.streams.getShardIterator({ ...base, ShardId: 'shardId-00000000000000000000-00000000', ShardIteratorType: 'LATEST' }));
    expect(missingShard).to.include({ errorName: 'ResourceNotFoundException', message: 'Shard does not exist' });
    const missingStream = await failure(simulator.streams.getShardIterator({ ...base, StreamArn: `${shard.streamArn}x`, ShardIteratorType: 'LATEST' }));
    expect(missingStream).to.include({ errorName: 'ResourceNotFoundException', message: `Requested resource not found: Stream: ${shard.streamArn}x not found` });
  });

  it('rejects iterators it did not issue', async () => {
    expect(await failure(simulator.streams.getRecords({ ShardIterator: 'garbage' }))).to.include({ errorName: 'ValidationException', message: 'Invalid ShardIterator' });
    expect((await failure(simulator.streams.getRecords({ ShardIterator: 'x'.repeat(2049) }))).message).to.equal(
      "1 validation error detected: Value '" + 'x'.repeat(2049) + "' at 'shardIterator' failed to satisfy constraint: Member must have length less than or equal to 2048",
    );
  });
});
