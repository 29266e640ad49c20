import { expect } from 'chai';
import { memoryCassetteStore } from '../../../../adapters/record-replay/cassette/cassette-store.js';
import { createRecordReplayPort, createRecordReplayStreamsPort } from '../../../../adapters/record-replay/create-record-replay-port.js';
import type { DynamoDbPort } from '../../../../ports/dynamo-db-port.js';
import type { DynamoDbStreamsPort, GetRecordsOutput } from '../../../../ports/dynamo-db-streams-port.js';
import { fixedSimulator } from './support/fixtures.js';

const TABLE = 'events';

async function createStreamTable(port: DynamoDbPort): Promise<void> {
  await port.createTable({
    TableName: TABLE,
    AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    BillingMode: 'PAY_PER_REQUEST',
    StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
  });
}

/** Reads the whole stream of the table, page by page. */
async function readStream(streams: DynamoDbStreamsPort, limit: number): Promise<GetRecordsOutput[]> {
  const arn = (await streams.listStreams({ TableName: TABLE })).Streams?.[0]?.StreamArn ?? '';
  const shard = (await streams.describeStream({ StreamArn: arn })).StreamDescription?.Shards[0]?.ShardId ?? '';
  let iterator = (await streams.getShardIterator({ StreamArn: arn, ShardId: shard, ShardIteratorType: 'TRIM_HORIZON' })).ShardIterator;
  const pages: GetRecordsOutput[] = [];
  while (iterator !== undefined && pages.length < 20) {
    const page = await streams.getRecords({ ShardIterator: iterator, Limit: limit });
    pages.push(page);
    if ((page.Records ?? []).length === 0) break;
    iterator = page.NextShardIterator;
  }
  return pages;
}

async function writeSome(port: DynamoDbPort): Promise<void> {
  await port.putItem({ TableName: TABLE, Item: { id: 'a', n: 1, tags: new Set(['x']) } });
  await port.updateItem({ TableName: TABLE, Key: { id: 'a' }, UpdateExpression: 'SET n = n + :one', ExpressionAttributeValues: { ':one': 1 } });
  await port.putItem({ TableName: TABLE, Item: { id: 'b', bytes: new Uint8Array([7]) } });
  await port.deleteItem({ TableName: TABLE, Key: { id: 'a' } });
}

describe('record/replay streams port', () => {
  it('replays stream reads exactly: pages, records, images, iterators', async () => {
    const simulator = fixedSimulator();
    await createStreamTable(simulator.port);
    await writeSome(simulator.port);
    const store = memoryCassetteStore();
    const recorder = createRecordReplayStreamsPort({ mode: 'record', cassette: store, target: simulator.streams, normalizers: [] });
    const recordedPages = await readStream(recorder, 3);
    await recorder.close();
    expect(recordedPages.flatMap((page) => page.Records ?? []).map((record) => record.eventName)).to.deep.equal(['INSERT', 'MODIFY', 'INSERT', 'REMOVE']);
    const player = createRecordReplayStreamsPort({ mode: 'replay', cassette: memoryCassetteStore(store.text), normalizers: [] });
    expect(await readStream(player, 3)).to.deep.equal(recordedPages);
    player.assertAllReplayed();
  });

  it('with the default normalizers, replayed iterators and shard ids lead from one request to the next', async () => {
    const record = async (startMs: number): Promise<string> => {
      const simulator = fixedSimulator(startMs);
      await createStreamTable(simulator.port);
      await writeSome(simulator.port);
      const store = memoryCassetteStore();
      const recorder = createRecordReplayStreamsPort({ mode: 'record', cassette: store, target: simulator.streams });
      await readStream(recorder, 2);
      await recorder.close();
      return store.text ?? '';
    };
    const text = await record(Date.UTC(2024, 0, 1));
    expect(text).to.include('"ShardIterator": "{{shardIterator:1}}"');
    expect(await record(Date.UTC(2029, 3, 4))).to.equal(text);
    const player = createRecordReplayStreamsPort({ mode: 'replay', cassette: memoryCassetteStore(text) });
    const pages = await readStream(player, 2);
    expect(pages.flatMap((page) => page.Records ?? []).map((record) => [record.eventName, record.dynamodb.Keys])).to.deep.equal([
      ['INSERT', { id: 'a' }],
      ['MODIFY', { id: 'a' }],
      ['INSERT', { id: 'b' }],
      ['REMOVE', { id: 'a' }],
    ]);
    player.assertAllReplayed();
  });

  it('keeps table writes and stream reads in one order on one cassette', async () => {
    const simulator = fixedSimulator();
    const store = memoryCassetteStore();
    const recorder = createRecordReplayPort({ mode: 'record', cassette: store, target: simulator.port, streamsTarget: simulator.streams });
    const run = async (port: DynamoDbPort & { streams: DynamoDbStreamsPort }): Promise<number[]> => {
      await createStreamTable(port);
      const counts: number[] = [];
      for (const id of ['a', 'b']) {
        await port.putItem({ TableName: TABLE, Item: { id } });
        counts.push((await readStream(port.streams, 10)).flatMap((page) => page.Records ?? []).length);
      }
      return counts;
    };
    expect(await run(recorder)).to.deep.equal([1, 2]);
    await recorder.close();
    const player = createRecordReplayPort({ mode: 'replay', cassette: memoryCassetteStore(store.text) });
    expect(await run(player)).to.deep.equal([1, 2]);
    player.assertAllReplayed();
  });

  it('says so when a streams request must reach a target that was not given', async () => {
    const simulator = fixedSimulator();
    const recorder = createRecordReplayPort({ mode: 'record', cassette: memoryCassetteStore(), target: simulator.port });
    const error: unknown = await recorder.streams.listStreams({}).catch((failure: unknown) => failure);
    expect(error).to.have.property('kind', 'missing-target');
  });
});
