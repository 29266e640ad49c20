/**
 * The wire front as an AWS SDK request handler: an unmodified DynamoDBClient (and DynamoDB Streams
 * client) runs against the simulator without a socket. Binary values survive base64 both ways;
 * errors arrive with DynamoDB's names, messages, items and cancellation reasons.
 */
import {
  BatchGetItemCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  TransactWriteItemsCommand,
  type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import { DescribeStreamCommand, DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand, ListStreamsCommand } from '@aws-sdk/client-dynamodb-streams';
import { expect } from 'chai';
import { Readable } from 'node:stream';
import type { Simulator } from '../../../../adapters/simulator/create-simulator.js';
import { createTestTable, testSimulator } from './support/test-simulator.js';

const credentials = { accessKeyId: 'any-key', secretAccessKey: 'any-secret' };

function clientOf(simulator: Simulator): DynamoDBClient {
  return new DynamoDBClient({ requestHandler: simulator.requestHandler, region: 'us-east-1', credentials, maxAttempts: 1 });
}

async function rejection(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected a rejection');
}

const BINARY_ITEM: Record<string, AttributeValue> = {
  pk: { S: 'binary' },
  sk: { N: '1' },
  blob: { B: new Uint8Array([0, 1, 2, 250, 255]) },
  empty: { B: new Uint8Array([]) },
  blobs: { BS: [new Uint8Array([1]), new Uint8Array([2, 3])] },
  nested: { M: { inner: { L: [{ B: new Uint8Array([9, 8, 7]) }, { S: 'text' }] } } },
};

describe('simulator wire front: SDK request handler', () => {
  let simulator: Simulator;
  let client: DynamoDBClient;

  beforeEach(async () => {
    simulator = testSimulator();
    client = clientOf(simulator);
    await createTestTable(simulator, 'wire-table', { sortKey: true, stream: 'NEW_AND_OLD_IMAGES' });
  });

  it('round-trips binary values, alone, in sets and nested, through PutItem, GetItem, Query and BatchGetItem', async () => {
    await client.send(new PutItemCommand({ TableName: 'wire-table', Item: BINARY_ITEM }));
    const key = { pk: { S: 'binary' }, sk: { N: '1' } };
    const got = await client.send(new GetItemCommand({ TableName: 'wire-table', Key: key, ConsistentRead: true }));
    expect(got.Item).to.deep.equal(BINARY_ITEM);
    const queried = await client.send(new QueryCommand({ TableName: 'wire-table', KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': { S: 'binary' } } }));
    expect(queried.Items).to.deep.equal([BINARY_ITEM]);
    const batch = await client.send(new BatchGetItemCommand({ RequestItems: { 'wire-table': { Keys: [key] } } }));
    expect(batch.Responses?.['wire-table']).to.deep.equal([BINARY_ITEM]);
    // The port sees the very same bytes.
    expect((await simulator.port.getItem({ TableName: 'wire-table', Key: { pk: 'binary', sk: 1 } })).Item?.['blob']).to.deep.equal(new Uint8Array([0, 1, 2, 250, 255]));
  });

  it('accepts binary keys', async () => {
    await simulator.port.createTable({
      TableName: 'binary-keys',
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'B' }],
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
    });
    await client.send(new PutItemCommand({ TableName: 'binary-keys', Item: { id: { B: new Uint8Array([255, 0]) }, v: { S: 'x' } } }));
    const got = await client.send(new GetItemCommand({ TableName: 'binary-keys', Key: { id: { B: new Uint8Array([255, 0]) } } }));
    expect(got.Item?.['v']).to.deep.equal({ S: 'x' });
  });

  it('reports a missing table with DynamoDB\'s error name, message and status', async () => {
    const error = await rejection(client.send(new GetItemCommand({ TableName: 'no-such-table', Key: { pk: { S: 'a' } } })));
    expect(error.name).to.equal('ResourceNotFoundException');
    expect(error.message).to.equal('Requested resource not found');
    expect(error['$fault']).to.equal('client');
    expect((error['$metadata'] as { httpStatusCode: number }).httpStatusCode).to.equal(400);
  });

  it('returns the item of a failed condition when asked to', async () => {
    await client.send(new PutItemCommand({ TableName: 'wire-table', Item: BINARY_ITEM }));
    const error = await rejection(client.send(new PutItemCommand({
      TableName: 'wire-table',
      Item: { pk: { S: 'binary' }, sk: { N: '1' } },
      ConditionExpression: 'attribute_not_exists(pk)',
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    })));
    expect(error.name).to.equal('ConditionalCheckFailedException');
    expect(error.message).to.equal('The conditional request failed');
    expect(error['Item']).to.deep.equal(BINARY_ITEM);
  });

  it('cancels a transaction with its reasons in order, the failed item included', async () => {
    await client.send(new PutItemCommand({ TableName: 'wire-table', Item: BINARY_ITEM }));
    const error = await rejection(client.send(new TransactWriteItemsCommand({
      TransactItems: [
        { Put: { TableName: 'wire-table', Item: { pk: { S: 'other' }, sk: { N: '1' } } } },
        {
          Put: {
            TableName: 'wire-table',
            Item: { pk: { S: 'binary' }, sk: { N: '1' } },
            ConditionExpression: 'attribute_not_exists(pk)',
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
      ],
    })));
    expect(error.name).to.equal('TransactionCanceledException');
    expect(error.message).to.equal('Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]');
    const reasons = error['CancellationReasons'] as { Code: string; Item?: unknown }[];
    expect(reasons.map((reason) => reason.Code)).to.deep.equal(['None', 'ConditionalCheckFailed']);
    expect(reasons[1]?.Item).to.deep.equal(BINARY_ITEM);
    expect((await client.send(new GetItemCommand({ TableName: 'wire-table', Key: { pk: { S: 'other' }, sk: { N: '1' } } }))).Item).to.equal(undefined);
  });

  it('serves DynamoDB Streams to the streams client, binaries included', async () => {
    const streamsClient = new DynamoDBStreamsClient({ requestHandler: simulator.requestHandler, region: 'us-east-1', credentials, maxAttempts: 1 });
    await client.send(new PutItemCommand({ TableName: 'wire-table', Item: BINARY_ITEM }));
    const listed = await streamsClient.send(new ListStreamsCommand({ TableName: 'wire-table' }));
    const streamArn = listed.Streams?.[0]?.StreamArn as string;
    const described = await streamsClient.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    const shardId = described.StreamDescription?.Shards?.[0]?.ShardId as string;
    expect(described.StreamDescription?.CreationRequestDateTime).to.be.instanceOf(Date);
    const iterator = await streamsClient.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' }));
    const page = await streamsClient.send(new GetRecordsCommand({ ShardIterator: iterator.ShardIterator }));
    expect(page.Records?.map((record) => record.eventName)).to.deep.equal(['INSERT']);
    expect(page.Records?.[0]?.dynamodb?.NewImage).to.deep.equal(BINARY_ITEM);
    expect(page.Records?.[0]?.dynamodb?.ApproximateCreationDateTime).to.be.instanceOf(Date);
  });

  it('reads request bodies given as streams, and gives every response a request id', async () => {
    const body = JSON.stringify({ TableName: 'wire-table', Item: { pk: { S: 'streamed' }, sk: { N: '2' }, b: { B: 'AAEC' } } });
    const first = await simulator.requestHandler.handle({ method: 'POST', headers: { 'X-Amz-Target': 'DynamoDB_20120810.PutItem' }, body: Readable.from([Buffer.from(body.slice(0, 10)), body.slice(10)]) });
    expect(first.response.statusCode).to.equal(200);
    const second = await simulator.requestHandler.handle({ method: 'POST', headers: { 'x-amz-target': 'DynamoDB_20120810.GetItem' }, body: JSON.stringify({ TableName: 'wire-table', Key: { pk: { S: 'streamed' }, sk: { N: '2' } } }) });
    expect(JSON.parse(Buffer.from(second.response.body).toString('utf8'))).to.deep.equal({ Item: { pk: { S: 'streamed' }, sk: { N: '2' }, b: { B: 'AAEC' } } });
    expect(first.response.headers['x-amzn-requestid']).to.be.a('string').and.not.equal(second.response.headers['x-amzn-requestid']);
    expect(second.response.headers['content-type']).to.equal('application/x-amz-json-1.0');
  });

  it('rejects when the caller aborted before sending', async () => {
    const error = await rejection(simulator.requestHandler.handle({ headers: { 'x-amz-target': 'DynamoDB_20120810.ListTables' }, body: '{}' }, { abortSignal: { aborted: true } }));
    expect(error.name).to.equal('AbortError');
  });
});
