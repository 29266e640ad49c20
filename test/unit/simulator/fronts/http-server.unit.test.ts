/**
 * The wire front as an HTTP server on 127.0.0.1: a real DynamoDBClient pointed at it works as with
 * DynamoDB Local, with any credentials; responses carry DynamoDB's headers (request id, CRC32 of
 * the body); the server stops cleanly.
 */
import { CreateTableCommand, DynamoDBClient, GetItemCommand, ListTablesCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { expect } from 'chai';
import { crc32 } from 'node:zlib';
import type { Simulator } from '../../../../adapters/simulator/create-simulator.js';
import { testSimulator } from './support/test-simulator.js';

describe('simulator wire front: HTTP server', () => {
  let simulator: Simulator;
  let server: { readonly url: string; close(): Promise<void> };

  beforeEach(async () => {
    simulator = testSimulator();
    server = await simulator.listen(0);
  });

  afterEach(async () => {
    await simulator.close();
  });

  it('listens on 127.0.0.1 and serves a DynamoDBClient given its URL, with any credentials', async () => {
    expect(server.url).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
    const client = new DynamoDBClient({ endpoint: server.url, region: 'eu-west-1', credentials: { accessKeyId: 'whatever', secretAccessKey: 'anything' }, maxAttempts: 1 });
    try {
      await client.send(new CreateTableCommand({
        TableName: 'http-table',
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
      }));
      await client.send(new PutItemCommand({ TableName: 'http-table', Item: { pk: { S: 'a' }, b: { B: new Uint8Array([7, 8, 9]) }, n: { N: '007.50' } } }));
      const got = await client.send(new GetItemCommand({ TableName: 'http-table', Key: { pk: { S: 'a' } } }));
      expect(got.Item).to.deep.equal({ pk: { S: 'a' }, b: { B: new Uint8Array([7, 8, 9]) }, n: { N: '7.5' } });
      expect((await client.send(new ListTablesCommand({}))).TableNames).to.deep.equal(['http-table']);
      const error = await client.send(new GetItemCommand({ TableName: 'missing-table', Key: { pk: { S: 'a' } } })).catch((caught: unknown) => caught as Error);
      expect(error).to.have.property('name', 'ResourceNotFoundException');
    } finally {
      client.destroy();
    }
  });

  it('answers with DynamoDB\'s headers and error bodies', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.0',
        'X-Amz-Target': 'DynamoDB_20120810.DescribeTable',
        Authorization: 'AWS4-HMAC-SHA256 Credential=key/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
        'X-Amz-Date': '20260101T000000Z',
      },
      body: JSON.stringify({ TableName: 'missing-table' }),
    });
    const body = Buffer.from(await response.arrayBuffer());
    expect(response.status).to.equal(400);
    expect(response.headers.get('content-type')).to.equal('application/x-amz-json-1.0');
    expect(response.headers.get('x-amzn-requestid')).to.match(/^[A-Z0-9]{52}$/);
    expect(response.headers.get('x-amz-crc32')).to.equal(String(crc32(body)));
    expect(JSON.parse(body.toString('utf8'))).to.deep.equal({ __type: 'com.amazonaws.dynamodb.v20120810#ResourceNotFoundException', message: 'Requested resource not found: Table: missing-table not found' });
  });

  it('answers a GET with DynamoDB\'s health line', async () => {
    const response = await fetch(server.url);
    expect(response.status).to.equal(200);
    expect(await response.text()).to.equal('healthy: dynamodb.us-east-1.amazonaws.com ');
  });

  it('stops listening when closed', async () => {
    await server.close();
    const failure = await fetch(server.url).then(() => undefined, (error: unknown) => error);
    expect(failure).to.be.instanceOf(Error);
  });
});
