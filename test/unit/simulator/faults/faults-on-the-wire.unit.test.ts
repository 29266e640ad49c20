/**
 * Faults reach clients of the wire protocol too: through the SDK request handler (where the SDK's
 * own retry strategy reacts to them as it would to DynamoDB) and through the HTTP server (where a
 * timeout after commit drops the connection). Streams operations can be faulted like the others.
 */
import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { expect } from 'chai';
import sinon from 'sinon';
import type { Simulator } from '../../../../adapters/simulator/create-simulator.js';
import type { DynamoDbError } from '../../../../ports/dynamo-db-error.js';
import { createTestTable, testSimulator } from '../fronts/support/test-simulator.js';
import { latestShard } from '../streams/support/stream-reading.js';

const credentials = { accessKeyId: 'any', secretAccessKey: 'any' };

async function rejection(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  return promise.then(
    () => { throw new Error('expected a rejection'); },
    (error: unknown) => error as Error & Record<string, unknown>,
  );
}

describe('simulator faults: on the wire', () => {
  let simulator: Simulator;

  const stored = async (pk: string): Promise<unknown> => (await simulator.port.getItem({ TableName: 'wire-fault-table', Key: { pk } })).Item;

  beforeEach(async () => {
    simulator = testSimulator();
    await createTestTable(simulator, 'wire-fault-table', { stream: 'KEYS_ONLY' });
  });

  afterEach(async () => {
    await simulator.close();
  });

  it('throttles SDK calls, which the SDK\'s own retry strategy then retries', async () => {
    simulator.faults.inject({ operation: 'PutItem', fault: { kind: 'throttling' }, times: 1 });
    const retrying = new DynamoDBClient({ requestHandler: simulator.requestHandler, region: 'us-east-1', credentials, maxAttempts: 3 });
    const output = await retrying.send(new PutItemCommand({ TableName: 'wire-fault-table', Item: { pk: { S: 'a' } } }));
    expect(output.$metadata.attempts).to.equal(2);
    simulator.faults.inject({ operation: 'GetItem', fault: { kind: 'internal-error' }, times: 1 });
    const once = new DynamoDBClient({ requestHandler: simulator.requestHandler, region: 'us-east-1', credentials, maxAttempts: 1 });
    const error = await rejection(once.send(new GetItemCommand({ TableName: 'wire-fault-table', Key: { pk: { S: 'a' } } })));
    expect(error.name).to.equal('InternalServerError');
    expect((error['$metadata'] as { httpStatusCode: number }).httpStatusCode).to.equal(500);
  });

  it('rejects with a TimeoutError after applying the write, through the SDK request handler', async () => {
    simulator.faults.inject({ operation: 'PutItem', fault: { kind: 'timeout-after-commit' }, times: 1 });
    const client = new DynamoDBClient({ requestHandler: simulator.requestHandler, region: 'us-east-1', credentials, maxAttempts: 1 });
    const error = await rejection(client.send(new PutItemCommand({ TableName: 'wire-fault-table', Item: { pk: { S: 'landed' } } })));
    expect(error.name).to.equal('TimeoutError');
    expect(await stored('landed')).to.deep.equal({ pk: 'landed' });
  });

  it('rejects with a TimeoutError when injected latency outlasts the SDK\'s request timeout (the call still completes behind it)', async () => {
    const timers = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      simulator.faults.inject({ operation: 'PutItem', fault: { kind: 'latency', ms: 500 } });
      const body = JSON.stringify({ TableName: 'wire-fault-table', Item: { pk: { S: 'late' } } });
      const answer = rejection(simulator.requestHandler.handle({ headers: { 'x-amz-target': 'DynamoDB_20120810.PutItem' }, body }, { requestTimeout: 100 }));
      await timers.tickAsync(100);
      expect((await answer).name).to.equal('TimeoutError');
      expect(await stored('late')).to.equal(undefined);
      await timers.tickAsync(400);
      expect(await stored('late')).to.deep.equal({ pk: 'late' });
    } finally {
      timers.restore();
    }
  });

  it('drops the connection after applying the write, through the HTTP server; answers 503 for an unavailable service', async () => {
    const server = await simulator.listen(0);
    const client = new DynamoDBClient({ endpoint: server.url, region: 'us-east-1', credentials, maxAttempts: 1 });
    try {
      simulator.faults.inject({ operation: 'PutItem', nth: 1, fault: { kind: 'timeout-after-commit' } });
      const dropped = await rejection(client.send(new PutItemCommand({ TableName: 'wire-fault-table', Item: { pk: { S: 'dropped' } } })));
      expect(dropped.message).to.match(/socket hang up|ECONNRESET/);
      expect(await stored('dropped')).to.deep.equal({ pk: 'dropped' });
      simulator.faults.inject({ operation: 'GetItem', fault: { kind: 'service-unavailable' }, times: 1 });
      const unavailable = await rejection(client.send(new GetItemCommand({ TableName: 'wire-fault-table', Key: { pk: { S: 'dropped' } } })));
      expect(unavailable.name).to.equal('ServiceUnavailable');
      expect((unavailable['$metadata'] as { httpStatusCode: number }).httpStatusCode).to.equal(503);
    } finally {
      client.destroy();
    }
  });

  it('faults streams operations by table, through the stream ARN or the shard iterator', async () => {
    const shard = await latestShard(simulator, 'wire-fault-table');
    const { ShardIterator } = await simulator.streams.getShardIterator({ StreamArn: shard.streamArn, ShardId: shard.shardId, ShardIteratorType: 'TRIM_HORIZON' });
    simulator.faults.inject({ operation: ['GetRecords', 'DescribeStream'], table: 'wire-fault-table', fault: { kind: 'throttling', errorName: 'ProvisionedThroughputExceededException' } });
    const records = (await simulator.streams.getRecords({ ShardIterator: ShardIterator as string }).catch((error: unknown) => error)) as DynamoDbError;
    const description = (await simulator.streams.describeStream({ StreamArn: shard.streamArn }).catch((error: unknown) => error)) as DynamoDbError;
    expect([records.errorName, description.errorName]).to.deep.equal(['ProvisionedThroughputExceededException', 'ProvisionedThroughputExceededException']);
    expect(simulator.faults.log.map((entry) => entry.tables)).to.deep.equal([['wire-fault-table'], ['wire-fault-table']]);
  });
});
