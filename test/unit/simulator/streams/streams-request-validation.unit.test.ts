/**
 * The DynamoDB Streams operations validate their requests as DynamoDB's own operations do: a
 * member of the wrong JSON type is a SerializationException, and every broken constraint of the
 * Streams service model is listed in one ValidationException.
 */
import { expect } from 'chai';
import type { Simulator } from '../../../../adapters/simulator/create-simulator.js';
import { testSimulator } from '../fronts/support/test-simulator.js';

async function answer(simulator: Simulator, operation: string, request: unknown): Promise<{ readonly status: number; readonly body: unknown }> {
  const { response } = await simulator.requestHandler.handle({ headers: { 'x-amz-target': `DynamoDBStreams_20120810.${operation}` }, body: JSON.stringify(request) });
  return { status: response.statusCode, body: JSON.parse(Buffer.from(response.body).toString('utf8')) };
}

const validation = (message: string): { status: number; body: unknown } => ({ status: 400, body: { __type: 'com.amazon.coral.validate#ValidationException', message } });

describe('simulator streams: request validation', () => {
  let simulator: Simulator;

  beforeEach(() => {
    simulator = testSimulator();
  });

  it('lists every broken constraint of a request at once', async () => {
    expect(await answer(simulator, 'GetShardIterator', { ShardIteratorType: 'NOPE' })).to.deep.equal(validation(
      "3 validation errors detected: Value null at 'streamArn' failed to satisfy constraint: Member must not be null; " +
      "Value null at 'shardId' failed to satisfy constraint: Member must not be null; " +
      "Value 'NOPE' at 'shardIteratorType' failed to satisfy constraint: Member must satisfy enum value set: [TRIM_HORIZON, LATEST, AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER]",
    ));
    expect(await answer(simulator, 'DescribeStream', { StreamArn: 'abc', Limit: 0 })).to.deep.equal(validation(
      "2 validation errors detected: Value 'abc' at 'streamArn' failed to satisfy constraint: Member must have length greater than or equal to 37; " +
      "Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
    ));
  });

  it('holds ListStreams\' table name to the naming rules', async () => {
    expect(await answer(simulator, 'ListStreams', { TableName: 'a;' })).to.deep.equal(validation(
      "2 validation errors detected: Value 'a;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; " +
      "Value 'a;' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3",
    ));
    expect(await answer(simulator, 'ListStreams', { TableName: 'no-such-table' })).to.deep.equal({ status: 200, body: { Streams: [] } });
  });

  it('refuses a member of the wrong JSON type while reading the request', async () => {
    expect(await answer(simulator, 'GetRecords', { ShardIterator: 5 })).to.deep.equal({
      status: 400,
      body: { __type: 'com.amazon.coral.service#SerializationException', Message: 'NUMBER_VALUE cannot be converted to String' },
    });
    expect(await answer(simulator, 'ListStreams', { Limit: '5' })).to.deep.equal({
      status: 400,
      body: { __type: 'com.amazon.coral.service#SerializationException', Message: 'STRING_VALUE cannot be converted to Integer' },
    });
  });
});
