/**
 * Stream records as DynamoDB Streams writes them: one per committed change, INSERT / MODIFY /
 * REMOVE, images according to the view type, increasing 21-digit sequence numbers, sizes as
 * DynamoDB counts them, and TTL deletions marked as the service's own.
 */
import { expect } from 'chai';
import type { Simulator } from '../../../../adapters/simulator/create-simulator.js';
import { createManualClock } from '../../../../adapters/simulator/manual-clock.js';
import type { StreamViewType } from '../../../../ports/dynamo-db-table-types.js';
import { createTestTable, testSimulator } from '../fronts/support/test-simulator.js';
import { allRecords } from './support/stream-reading.js';

const START = Date.UTC(2025, 0, 1, 12, 0, 0, 750);

async function writeInsertModifyRemove(simulator: Simulator, tableName: string): Promise<void> {
  await simulator.port.putItem({ TableName: tableName, Item: { pk: 'a', v: 1 } });
  await simulator.port.updateItem({ TableName: tableName, Key: { pk: 'a' }, UpdateExpression: 'SET v = :v', ExpressionAttributeValues: { ':v': 2 } });
  await simulator.port.deleteItem({ TableName: tableName, Key: { pk: 'a' } });
}

describe('simulator streams: records', () => {
  const expectations: readonly (readonly [StreamViewType, readonly (readonly [unknown, unknown])[]])[] = [
    ['KEYS_ONLY', [[undefined, undefined], [undefined, undefined], [undefined, undefined]]],
    ['NEW_IMAGE', [[{ pk: 'a', v: 1 }, undefined], [{ pk: 'a', v: 2 }, undefined], [undefined, undefined]]],
    ['OLD_IMAGE', [[undefined, undefined], [undefined, { pk: 'a', v: 1 }], [undefined, { pk: 'a', v: 2 }]]],
    ['NEW_AND_OLD_IMAGES', [[{ pk: 'a', v: 1 }, undefined], [{ pk: 'a', v: 2 }, { pk: 'a', v: 1 }], [undefined, { pk: 'a', v: 2 }]]],
  ];
  for (const [viewType, images] of expectations) {
    it(`carries the images a ${viewType} stream promises`, async () => {
      const simulator = testSimulator();
      await createTestTable(simulator, 'view-table', { stream: viewType });
      await writeInsertModifyRemove(simulator, 'view-table');
      const records = await allRecords(simulator, 'view-table');
      expect(records.map((record) => record.eventName)).to.deep.equal(['INSERT', 'MODIFY', 'REMOVE']);
      expect(records.map((record) => [record.dynamodb.NewImage, record.dynamodb.OldImage])).to.deep.equal(images);
      for (const record of records) {
        expect(record.dynamodb.Keys).to.deep.equal({ pk: 'a' });
        expect(record.dynamodb.StreamViewType).to.equal(viewType);
      }
    });
  }

  it('writes the record envelope DynamoDB Streams writes', async () => {
    const simulator = testSimulator({ clock: createManualClock(START), region: 'eu-central-1' });
    await createTestTable(simulator, 'envelope-table', { stream: 'NEW_IMAGE' });
    await simulator.port.putItem({ TableName: 'envelope-table', Item: { pk: 'a' } });
    const [record] = await allRecords(simulator, 'envelope-table');
    expect(record).to.include({ eventName: 'INSERT', eventVersion: '1.1', eventSource: 'aws:dynamodb', awsRegion: 'eu-central-1' });
    expect(record?.eventID).to.match(/^[0-9a-f]{32}$/);
    expect(record?.userIdentity).to.equal(undefined);
    // Epoch seconds on the wire, rounded down to the second.
    expect(record?.dynamodb.ApproximateCreationDateTime?.getTime()).to.equal(START - 750);
  });

  it('numbers records with increasing 21-digit sequence numbers, in commit order across tables', async () => {
    const simulator = testSimulator();
    await createTestTable(simulator, 'first-table', { stream: 'KEYS_ONLY' });
    await createTestTable(simulator, 'second-table', { stream: 'KEYS_ONLY' });
    for (let index = 0; index < 12; index += 1) {
      await simulator.port.putItem({ TableName: index % 3 === 0 ? 'second-table' : 'first-table', Item: { pk: `k${index}` } });
    }
    const records = [...(await allRecords(simulator, 'first-table')), ...(await allRecords(simulator, 'second-table'))];
    for (const record of records) expect(record.dynamodb.SequenceNumber).to.match(/^\d{21,}$/);
    const bySequence = [...records].sort((a, b) => (BigInt(a.dynamodb.SequenceNumber as string) < BigInt(b.dynamodb.SequenceNumber as string) ? -1 : 1));
    expect(bySequence.map((record) => record.dynamodb.Keys?.['pk'])).to.deep.equal(Array.from({ length: 12 }, (_, index) => `k${index}`));
    expect(new Set(records.map((record) => record.dynamodb.SequenceNumber)).size).to.equal(12);
  });

  it('counts SizeBytes as DynamoDB does: the keys plus the images the record carries', async () => {
    const simulator = testSimulator();
    await createTestTable(simulator, 'size-table', { stream: 'NEW_AND_OLD_IMAGES' });
    // Probed on DynamoDB Local: keys {pk: a} (3 bytes) + new image {pk: a, b: 3 bytes} (7) = 10;
    // then keys 3 + new {pk: a, n: 5} (6) + old (7) = 16.
    await simulator.port.putItem({ TableName: 'size-table', Item: { pk: 'a', b: new Uint8Array([0, 1, 2]) } });
    await simulator.port.putItem({ TableName: 'size-table', Item: { pk: 'a', n: 5 } });
    expect((await allRecords(simulator, 'size-table')).map((record) => record.dynamodb.SizeBytes)).to.deep.equal([10, 16]);
  });

  it('marks deletions by the TTL sweep as the service\'s, with the old image', async () => {
    const clock = createManualClock(START);
    const simulator = testSimulator({ clock });
    await createTestTable(simulator, 'ttl-table', { stream: 'NEW_AND_OLD_IMAGES' });
    await simulator.port.updateTimeToLive({ TableName: 'ttl-table', TimeToLiveSpecification: { Enabled: true, AttributeName: 'expires' } });
    const expires = Math.floor(START / 1000) + 60;
    await simulator.port.putItem({ TableName: 'ttl-table', Item: { pk: 'short', expires } });
    await simulator.port.putItem({ TableName: 'ttl-table', Item: { pk: 'long', expires: expires + 3600 } });
    await simulator.port.deleteItem({ TableName: 'ttl-table', Key: { pk: 'long' } });
    clock.advance(120_000);
    expect(simulator.sweepExpiredItems()).to.equal(1);
    const records = await allRecords(simulator, 'ttl-table');
    const ttlRemove = records.at(-1);
    expect(ttlRemove?.eventName).to.equal('REMOVE');
    expect(ttlRemove?.userIdentity).to.deep.equal({ type: 'Service', principalId: 'dynamodb.amazonaws.com' });
    expect(ttlRemove?.dynamodb.OldImage).to.deep.equal({ pk: 'short', expires });
    // A caller's own delete carries no user identity.
    expect(records.filter((record) => record.eventName === 'REMOVE' && record.userIdentity === undefined)).to.have.length(1);
  });

  it('writes nothing for a table without a stream, and nothing for a write that changed nothing', async () => {
    const simulator = testSimulator();
    await createTestTable(simulator, 'quiet-table');
    await createTestTable(simulator, 'loud-table', { stream: 'KEYS_ONLY' });
    await simulator.port.putItem({ TableName: 'quiet-table', Item: { pk: 'a' } });
    await simulator.port.deleteItem({ TableName: 'loud-table', Key: { pk: 'absent' } });
    expect((await simulator.streams.listStreams({})).Streams?.map((stream) => stream.TableName)).to.deep.equal(['loud-table']);
    expect(await allRecords(simulator, 'loud-table')).to.deep.equal([]);
  });
});
