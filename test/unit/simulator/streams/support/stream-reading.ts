/** Reading a table's stream through the streams port, for the streams tests. */
import type { Simulator } from '../../../../../adapters/simulator/create-simulator.js';
import type { ShardIteratorType, StreamRecord } from '../../../../../ports/dynamo-db-streams-port.js';

export interface StreamShard {
  readonly streamArn: string;
  readonly shardId: string;
}

export async function latestShard(simulator: Simulator, tableName: string): Promise<StreamShard> {
  const table = await simulator.port.describeTable({ TableName: tableName });
  const streamArn = table.Table?.LatestStreamArn;
  if (streamArn === undefined) throw new Error(`table ${tableName} has no stream`);
  const description = await simulator.streams.describeStream({ StreamArn: streamArn });
  const shardId = description.StreamDescription?.Shards[0]?.ShardId;
  if (shardId === undefined) throw new Error('the stream has no shard');
  return { streamArn, shardId };
}

export async function iteratorOf(simulator: Simulator, shard: StreamShard, type: ShardIteratorType, sequenceNumber?: string): Promise<string> {
  const { ShardIterator } = await simulator.streams.getShardIterator({
    StreamArn: shard.streamArn,
    ShardId: shard.shardId,
    ShardIteratorType: type,
    ...(sequenceNumber === undefined ? {} : { SequenceNumber: sequenceNumber }),
  });
  if (ShardIterator === undefined) throw new Error('no iterator');
  return ShardIterator;
}

/** Every record from the iterator on, page by page, until a page comes back empty or the shard ends. */
export async function readFrom(simulator: Simulator, iterator: string, limit?: number): Promise<StreamRecord[]> {
  const records: StreamRecord[] = [];
  let next: string | undefined = iterator;
  while (next !== undefined) {
    const page = await simulator.streams.getRecords({ ShardIterator: next, ...(limit === undefined ? {} : { Limit: limit }) });
    records.push(...(page.Records ?? []));
    if ((page.Records ?? []).length === 0) break;
    next = page.NextShardIterator;
  }
  return records;
}

export async function allRecords(simulator: Simulator, tableName: string): Promise<StreamRecord[]> {
  const shard = await latestShard(simulator, tableName);
  return readFrom(simulator, await iteratorOf(simulator, shard, 'TRIM_HORIZON'));
}
